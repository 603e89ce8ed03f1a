package io.cascade.scheduling;

import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditRecord;
import io.cascade.base.i18n.Text;
import io.cascade.scheduling.internal.ClassSession;
import io.cascade.scheduling.internal.ClassSessionRepository;
import io.cascade.scheduling.internal.SessionQueries;
import io.cascade.scheduling.internal.Waitlist;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class sessions: scheduling, rescheduling and cancelling them, the agenda, and double-booking warnings. Every
 * change is audited with the session's state before and after.
 */
@Service
@Transactional(readOnly = true)
public class SchedulingService {

    /** The longest a single session may last: a full training day. */
    public static final int MAX_DURATION_MINUTES = 12 * 60;
    /** The most sessions one recurring series creates. */
    public static final int MAX_SERIES = 52;
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SessionQueries queries;
    private final ClassSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Waitlist waitlist;
    private final Clock clock;
    private final AuditLog auditLog;

    static final String SESSION = "Class session";

    SchedulingService(SessionQueries queries, ClassSessionRepository sessions, ApplicationEventPublisher events,
            Waitlist waitlist, Clock clock, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.queries = queries;
        this.sessions = sessions;
        this.events = events;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    /** Sessions from now on, soonest first, cancelled ones included (flagged). The pageable's sort is ignored. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionListItem> upcomingSessions(Pageable pageable) {
        return queries.startingFrom(clock.instant(), pageable);
    }

    /** Sessions that have started, most recent first. The pageable's sort is ignored. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionListItem> pastSessions(Pageable pageable) {
        return queries.startedBefore(clock.instant(), pageable);
    }

    /** The sessions a person is enrolled or waitlisted in; anyone may see their own. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN') or @personAccess.isSelf(authentication, #personId)")
    public List<PersonSessionItem> sessionsOf(long personId) {
        return queries.ofPerson(personId);
    }

    /**
     * The upcoming classes a person may ask to join (see {@link JoinableSession}), soonest first, in one statement;
     * anyone may see their own. Joining goes through {@link EnrolmentService#enrolMe(long)} and its gate.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN') or @personAccess.isSelf(authentication, #personId)")
    public List<JoinableSession> joinableSessionsOf(long personId) {
        return queries.joinableBy(personId, clock.instant());
    }

    /** Sessions starting within the filter's window, soonest first, cancelled ones included (flagged). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionListItem> agenda(AgendaFilter filter) {
        return queries.agenda(filter);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<SessionDetails> findSession(long sessionId) {
        return sessions.findById(sessionId).map(this::toDetails);
    }

    /** People who can give a class: active people with a trainer account. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonOption> trainers() {
        return queries.trainers();
    }

    /** Schedules one session of a published course, starting in the future. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public SessionDetails scheduleSession(SessionDraft draft) {
        return scheduleSeries(draft, 1, 1).getFirst();
    }

    /**
     * Schedules a recurring series: {@code occurrences} individual sessions, {@code weeksApart} weeks apart at the
     * same wall-clock time in the session's zone (so a series keeps its hour across daylight-saving changes).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionDetails> scheduleSeries(SessionDraft draft, int occurrences, int weeksApart) {
        if (occurrences < 1 || occurrences > MAX_SERIES) {
            throw new SessionRejectedException("occurrences", Text.of("scheduling.session.seriesRange", MAX_SERIES));
        }
        if (weeksApart < 1) {
            throw new SessionRejectedException("weeksApart", Text.of("scheduling.session.weeksApartMin"));
        }
        check(draft, 0);
        checkCourseOpen(draft.courseId());
        if (!startOf(draft).isAfter(clock.instant())) {
            throw new SessionRejectedException("start", Text.of("scheduling.session.startInFuture"));
        }
        Instant now = clock.instant();
        List<SessionDetails> created = new ArrayList<>();
        for (int i = 0; i < occurrences; i++) {
            Instant start = draft.start().plusWeeks((long) i * weeksApart).atZone(ZoneId.of(draft.timeZone()))
                    .toInstant();
            ClassSession session = new ClassSession(draft.courseId(), start, draft.durationMinutes(),
                    draft.timeZone(), draft.capacity(), draft.audience(), now);
            applyDetails(session, draft);
            sessions.saveAndFlush(session);
            created.add(toDetails(session));
        }
        auditLog.recordAll(created.stream().map(details -> new AuditRecord(SESSION, details.id(), "SCHEDULE",
                "Scheduled " + describe(details) + (occurrences > 1 ? " (series of " + occurrences + ")" : ""),
                null, details)).toList());
        events.publishEvent(new SchedulingEvent.Scheduled(created.getFirst().id()));
        return created;
    }

    /**
     * Saves a trainer's changes. {@code expectedVersion} is the version the trainer opened: when someone saved in
     * between, the save is refused with {@link SessionChangedException}. The capacity may not drop below the people
     * already enrolled. A changed time or place is announced as a reschedule.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public SessionDetails updateSession(long sessionId, long expectedVersion, SessionDraft draft) {
        ClassSession session = sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        if (session.getVersion() != expectedVersion) {
            throw new SessionChangedException();
        }
        if (session.isCancelled()) {
            throw new SessionRejectedException(null, Text.of("scheduling.session.cancelledFixed"));
        }
        long enrolled = queries.seatCounts(sessionId)[0];
        check(draft, enrolled);
        if (!Objects.equals(draft.courseId(), session.getCourseId())) {
            checkCourseOpen(draft.courseId());
        }
        Instant start = startOf(draft);
        boolean moved = !start.equals(session.getStartsAt()) || draft.durationMinutes() != session.getDurationMinutes()
                || !Objects.equals(blankToNull(draft.location()), session.getLocation())
                || !Objects.equals(blankToNull(draft.onlineUrl()), session.getOnlineUrl());
        if (moved && !start.equals(session.getStartsAt()) && !start.isAfter(clock.instant())) {
            throw new SessionRejectedException("start", Text.of("scheduling.session.moveToFuture"));
        }
        boolean moreSeats = draft.capacity() > session.getCapacity();
        SessionDetails before = toDetails(session);
        session.plan(draft.courseId(), start, draft.durationMinutes(), draft.timeZone(), draft.capacity(),
                draft.audience());
        applyDetails(session, draft);
        sessions.flush();
        List<Long> promoted = moreSeats ? waitlist.fillFreeSeats(session) : List.of();
        if (moved) {
            events.publishEvent(new SchedulingEvent.Rescheduled(sessionId));
        }
        SessionDetails after = toDetails(session);
        List<AuditRecord> records = new ArrayList<>();
        records.add(new AuditRecord(SESSION, sessionId, moved ? "RESCHEDULE" : "UPDATE",
                (moved ? "Rescheduled " + describe(before) + " to " + when(after) : "Edited " + describe(after)),
                before, after));
        for (long personId : promoted) {
            records.add(new AuditRecord("Enrolment", "session " + sessionId + ", person " + personId, "PROMOTE",
                    "Seated from the waitlist (more seats): " + queries.personName(personId).orElse("person "
                            + personId) + " in " + describe(after), null, null));
        }
        auditLog.recordAll(records);
        return after;
    }

    /** Cancels a session with a reason; its enrolments and attendance are kept and it shows as cancelled. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public SessionDetails cancelSession(long sessionId, String reason) {
        ClassSession session = sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        if (session.isCancelled()) {
            throw new SessionRejectedException(null, Text.of("scheduling.session.cancelledAlready"));
        }
        if (reason == null || reason.isBlank()) {
            throw new SessionRejectedException("reason", Text.of("scheduling.session.cancelReasonRequired"));
        }
        if (reason.strip().length() > 500) {
            throw new SessionRejectedException("reason", Text.of("scheduling.field.tooLong", 500));
        }
        SessionDetails before = toDetails(session);
        session.cancel(reason.strip(), clock.instant());
        sessions.flush();
        events.publishEvent(new SchedulingEvent.Cancelled(sessionId, reason.strip()));
        SessionDetails after = toDetails(session);
        auditLog.record(SESSION, sessionId, "CANCEL", "Cancelled " + describe(before) + ": " + reason.strip(),
                before, after);
        return after;
    }

    /** Double bookings of a saved session: its trainer or its attendees in another overlapping session. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionConflict> conflicts(long sessionId) {
        ClassSession session = sessions.findById(sessionId).orElseThrow();
        List<SessionConflict> conflicts = new ArrayList<>();
        if (session.getTrainerId() != null && !session.isCancelled()) {
            conflicts.addAll(queries.trainerConflicts(session.getTrainerId(), session.getStartsAt(),
                    session.getStartsAt().plusSeconds(60L * session.getDurationMinutes()), sessionId));
        }
        if (!session.isCancelled()) {
            conflicts.addAll(queries.attendeeConflicts(sessionId));
        }
        return conflicts;
    }

    /** Whether the trainer of a planned session (not yet saved, or saved as {@code sessionId}) is booked elsewhere. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<SessionConflict> trainerConflicts(SessionDraft draft, Long sessionId) {
        if (draft.trainerId() == null || draft.start() == null || draft.durationMinutes() <= 0 || !isZone(
                draft.timeZone())) {
            return List.of();
        }
        Instant start = startOf(draft);
        return queries.trainerConflicts(draft.trainerId(), start, start.plusSeconds(60L * draft.durationMinutes()),
                sessionId);
    }

    private void check(SessionDraft draft, long enrolled) {
        if (draft.courseId() == null) {
            throw new SessionRejectedException("courseId", Text.of("scheduling.session.courseRequired"));
        }
        if (draft.start() == null) {
            throw new SessionRejectedException("start", Text.of("scheduling.session.startRequired"));
        }
        if (draft.durationMinutes() <= 0) {
            throw new SessionRejectedException("durationMinutes", Text.of("scheduling.session.durationMin"));
        }
        if (draft.durationMinutes() > MAX_DURATION_MINUTES) {
            throw new SessionRejectedException("durationMinutes", Text.of("scheduling.session.durationMax"));
        }
        if (!isZone(draft.timeZone())) {
            throw new SessionRejectedException("timeZone", Text.of("scheduling.session.timeZoneRequired"));
        }
        if (blankToNull(draft.location()) == null && blankToNull(draft.onlineUrl()) == null) {
            throw new SessionRejectedException("location", Text.of("scheduling.session.placeRequired"));
        }
        if (draft.location() != null && draft.location().strip().length() > 200) {
            throw new SessionRejectedException("location", Text.of("scheduling.field.tooLong", 200));
        }
        if (blankToNull(draft.onlineUrl()) != null && !isWebAddress(draft.onlineUrl())) {
            throw new SessionRejectedException("onlineUrl", Text.of("scheduling.session.onlineUrlInvalid"));
        }
        if (draft.capacity() < 1) {
            throw new SessionRejectedException("capacity", Text.of("scheduling.session.capacityMin"));
        }
        if (draft.capacity() < enrolled) {
            throw new SessionRejectedException("capacity", Text.of("scheduling.session.capacityBelowEnrolled",
                    enrolled));
        }
        if (draft.audience() == null) {
            throw new SessionRejectedException("audience", Text.of("scheduling.session.audienceRequired"));
        }
        if (draft.notes() != null && draft.notes().length() > 2000) {
            throw new SessionRejectedException("notes", Text.of("scheduling.field.tooLong", 2000));
        }
    }

    private void checkCourseOpen(long courseId) {
        String status = queries.courseStatus(courseId)
                .orElseThrow(() -> new SessionRejectedException("courseId", Text.of("scheduling.session.courseGone")));
        if (!"PUBLISHED".equals(status)) {
            throw new SessionRejectedException("courseId", Text.of("scheduling.session.courseNotPublished"));
        }
    }

    /** An absolute http(s) address with a dotted host: what a calendar and a browser can open. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getHost().contains(".") && text.strip().length() <= 1000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        try {
            return zone != null && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Instant startOf(SessionDraft draft) {
        return draft.start().atZone(ZoneId.of(draft.timeZone())).toInstant();
    }

    private static void applyDetails(ClassSession session, SessionDraft draft) {
        session.setLocation(blankToNull(draft.location()) == null ? null : draft.location().strip());
        session.setOnlineUrl(blankToNull(draft.onlineUrl()) == null ? null : draft.onlineUrl().strip());
        session.setTrainerId(draft.trainerId());
        session.setDepartmentIds(draft.departmentIds());
        session.setNotes(blankToNull(draft.notes()));
    }

    private SessionDetails toDetails(ClassSession session) {
        long[] seats = session.getId() == null ? new long[2] : queries.seatCounts(session.getId());
        return new SessionDetails(session.getId(), session.getVersion(), session.getCourseId(),
                queries.courseTitle(session.getCourseId()).orElse(""), session.getStartsAt(),
                session.getDurationMinutes(), session.getTimeZone(), session.getLocation(), session.getOnlineUrl(),
                session.getCapacity(), session.getTrainerId(),
                session.getTrainerId() == null ? null : queries.personName(session.getTrainerId()).orElse(null),
                session.getDepartmentIds(), session.getAudience(), session.getNotes(), seats[0], seats[1],
                session.getCancelledAt(), session.getCancelReason());
    }

    /** "Service Fundamentals, 2025-03-05 09:00 (Europe/London)" */
    private static String describe(SessionDetails session) {
        return session.courseTitle() + ", " + when(session);
    }

    private static String when(SessionDetails session) {
        return AUDIT_TIME.format(session.localStart()) + " (" + session.timeZone() + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
