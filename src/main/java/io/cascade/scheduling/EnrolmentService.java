package io.cascade.scheduling;

import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditRecord;
import io.cascade.base.i18n.Text;
import io.cascade.catalog.Audience;
import io.cascade.organization.GateMode;
import io.cascade.organization.Level;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsReader;
import io.cascade.scheduling.internal.AttendanceChange;
import io.cascade.scheduling.internal.AttendanceChangeRepository;
import io.cascade.scheduling.internal.ClassSession;
import io.cascade.scheduling.internal.ClassSessionRepository;
import io.cascade.scheduling.internal.Enrolment;
import io.cascade.scheduling.internal.EnrolmentRepository;
import io.cascade.scheduling.internal.SessionQueries;
import io.cascade.scheduling.internal.Waitlist;
import io.cascade.scheduling.internal.SessionQueries.ManagerTraining;
import io.cascade.scheduling.internal.SessionQueries.PersonFacts;
import io.cascade.security.CurrentUser;
import io.cascade.trickledown.TrickleDownRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a class: enrolment with capacity and an ordered waitlist, the managers-first gate, and attendance.
 * <p>
 * Every change to a session's seats first locks the session row ({@code SELECT ... FOR UPDATE}), so concurrent
 * enrolments take turns: seats are counted and taken by one caller at a time, capacity is never exceeded, and
 * waitlist places follow the order in which callers got the lock.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    private static final String ATTENDANCE = "Attendance";
    private static final String ENROLMENT = "Enrolment";
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ClassSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceChangeRepository attendanceChanges;
    private final SessionQueries queries;
    private final SettingsReader settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Waitlist waitlist;
    private final AuditLog auditLog;
    private final Clock clock;

    EnrolmentService(ClassSessionRepository sessions, EnrolmentRepository enrolments,
            AttendanceChangeRepository attendanceChanges, SessionQueries queries, SettingsReader settings,
            CurrentUser currentUser, ApplicationEventPublisher events, Waitlist waitlist, AuditLog auditLog,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendanceChanges = attendanceChanges;
        this.queries = queries;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.waitlist = waitlist;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A trainer enrols a person: a seat while there is one, else the end of the waitlist. Staff whose managers are
     * not trained yet meet the managers-first gate ({@link GateException}); with gate mode WARN a non-blank
     * {@code gateOverride} reason lets them in and is recorded.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public EnrolmentOutcome enrol(long sessionId, long personId, String gateOverride) {
        ClassSession session = lockOpenSession(sessionId);
        EnrolmentOutcome outcome = enrolLocked(session, personId, gateOverride, false);
        auditEnrolments(session, List.of(outcome), "ENROL");
        return outcome;
    }

    /**
     * A trainer enrols a whole department (with its sub-departments): managers first, then staff, each by name,
     * until the seats are gone and then onto the waitlist. The gate is judged once for the department's staff; with
     * a reason it is overridden for all of them.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<EnrolmentOutcome> enrolDepartment(long sessionId, long departmentId, String gateOverride) {
        ClassSession session = lockOpenSession(sessionId);
        List<EnrolmentOutcome> outcomes = new ArrayList<>();
        for (long personId : queries.membersOfSubtree(departmentId)) {
            PersonFacts person = queries.personFacts(personId).orElseThrow();
            if (session.getAudience() == SessionAudience.MANAGERS && person.isStaff()) {
                continue;
            }
            if (session.getAudience() == SessionAudience.STAFF && !person.isStaff()) {
                continue;
            }
            outcomes.add(enrolLocked(session, personId, gateOverride, false));
        }
        auditEnrolments(session, outcomes, "ENROL");
        return outcomes;
    }

    /**
     * An employee enrols themself in a class they may join: of a published course of their track, meant for their
     * department (or one above it, or everybody), and for managers only if they are one. Staff whose managers must
     * go first are refused with a message saying who.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EnrolmentOutcome enrolMe(long sessionId) {
        long me = currentUser.requirePersonId();
        ClassSession session = lockOpenSession(sessionId);
        if (!"PUBLISHED".equals(queries.courseStatus(session.getCourseId()).orElse(""))) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.courseClosed"));
        }
        PersonFacts person = queries.personFacts(me)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.enrolment.meInactive")));
        Audience track = queries.courseAudience(session.getCourseId()).orElse(Audience.ALL);
        if (!track.includes(Level.valueOf(person.level()))) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.otherTrack"));
        }
        if (!queries.isMeantFor(session.getId(), person.departmentId())) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.otherDepartments"));
        }
        EnrolmentOutcome outcome = enrolLocked(session, me, null, true);
        auditEnrolments(session, List.of(outcome), "ENROL_SELF");
        return outcome;
    }

    /**
     * Takes a person out of an upcoming session; a seat that comes free goes to the first on the waitlist, who is
     * told. Refused once the session has started (mark them absent or excused instead) or was cancelled: its roll
     * then stays as it was, and nobody is promoted into a class that is over or off.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN') or @personAccess.isSelf(authentication, #personId)")
    public void withdraw(long sessionId, long personId) {
        ClassSession session = sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        if (session.isCancelled()) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.withdrawCancelled"));
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.withdrawStarted"));
        }
        Enrolment enrolment = enrolments.findBySessionIdAndPersonId(sessionId, personId)
                .filter(existing -> existing.getStatus() != EnrolmentStatus.WITHDRAWN)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.enrolment.notInSession")));
        Map<String, Object> before = auditState(enrolment);
        boolean hadSeat = enrolment.getStatus() == EnrolmentStatus.ENROLLED;
        enrolment.withdraw();
        enrolments.flush();
        List<Long> promoted = hadSeat ? waitlist.fillFreeSeats(session) : List.of();
        if (!hadSeat) {
            waitlist.renumber(sessionId);
        }
        List<AuditRecord> records = new ArrayList<>();
        records.add(new AuditRecord(ENROLMENT, auditId(enrolment), "WITHDRAW", "Withdrew "
                + describe(session, personId) + " (was " + shown(before) + ")", before, auditState(enrolment)));
        records.addAll(promotions(session, promoted));
        auditLog.recordAll(records);
    }

    /** The roll of a session: seated people, then the waitlist in order, then those who withdrew. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<RollCallEntry> rollCall(long sessionId) {
        return queries.rollCall(sessionId);
    }

    /**
     * Marks a person's attendance once the session has started. A change after the session's day (in its own zone)
     * is recorded: who, when, old and new mark.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void markAttendance(long sessionId, long personId, AttendanceStatus attendance, String note) {
        ClassSession session = startedSession(sessionId);
        Enrolment enrolment = enrolments.findBySessionIdAndPersonId(sessionId, personId)
                .filter(existing -> existing.getStatus() == EnrolmentStatus.ENROLLED)
                .orElseThrow(() -> new SessionRejectedException(null,
                        Text.of("scheduling.attendance.onlySeated")));
        if (note != null && note.length() > 500) {
            throw new SessionRejectedException("note", Text.of("scheduling.field.tooLong", 500));
        }
        AuditRecord record = mark(session, enrolment, attendance, note == null || note.isBlank() ? null
                : note.strip());
        events.publishEvent(new SchedulingEvent.AttendanceMarked(sessionId));
        if (record != null) {
            auditLog.recordAll(List.of(record));
        }
    }

    /** Marks everyone seated and not yet marked as PRESENT; marks already given are left alone. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public int markAllPresent(long sessionId) {
        ClassSession session = startedSession(sessionId);
        int marked = 0;
        List<AuditRecord> records = new ArrayList<>();
        for (Enrolment enrolment : enrolments.findBySessionIdAndStatusOrderByWaitlistPositionAsc(sessionId,
                EnrolmentStatus.ENROLLED)) {
            if (enrolment.getAttendance() == null) {
                AuditRecord record = mark(session, enrolment, AttendanceStatus.PRESENT, enrolment.getAttendanceNote());
                if (record != null) {
                    records.add(record);
                }
                marked++;
            }
        }
        if (marked > 0) {
            events.publishEvent(new SchedulingEvent.AttendanceMarked(sessionId));
        }
        if (!records.isEmpty()) {
            auditLog.recordAll(records);
        }
        return marked;
    }

    /**
     * Records someone who came without a seat: they are seated and marked PRESENT. A walk-in is a fact, not a
     * booking, so it may take the room past its booked capacity; a waitlisted walk-in leaves the waitlist.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void addWalkIn(long sessionId, long personId) {
        ClassSession session = startedSession(sessionId);
        sessions.findForUpdate(sessionId);
        if (queries.personFacts(personId).isEmpty()) {
            throw new SessionRejectedException("person", Text.of("scheduling.enrolment.personRequired"));
        }
        var existing = enrolments.findBySessionIdAndPersonId(sessionId, personId);
        if (existing.isPresent() && existing.get().getStatus() == EnrolmentStatus.ENROLLED) {
            throw new SessionRejectedException("person", Text.of("scheduling.attendance.walkInOnRoll"));
        }
        Map<String, Object> before = existing.map(this::auditState).orElse(null);
        Enrolment enrolment = existing.orElseGet(() -> Enrolment.walkIn(sessionId, personId, clock.instant()));
        if (existing.isPresent()) {
            enrolment.promote();
            enrolment.markAttendance(AttendanceStatus.PRESENT, "Walk-in", clock.instant());
        }
        enrolments.saveAndFlush(enrolment);
        waitlist.renumber(session.getId());
        events.publishEvent(new SchedulingEvent.AttendanceMarked(session.getId()));
        auditLog.record(ATTENDANCE, auditId(enrolment), "WALK_IN", "Walk-in: " + describe(session, personId)
                + ", " + shown(before) + " → PRESENT", before, auditState(enrolment));
    }

    /** Attendance marks changed after the session day, most recent first. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<AttendanceChangeItem> attendanceChanges(long sessionId) {
        return queries.attendanceChanges(sessionId);
    }

    /** The audit entries of people who got a seat from the waitlist. */
    private List<AuditRecord> promotions(ClassSession session, List<Long> promoted) {
        return promoted.stream().map(personId -> new AuditRecord(ENROLMENT, auditId(session.getId(), personId),
                "PROMOTE", "Seated from the waitlist: " + describe(session, personId), Map.of("status",
                        EnrolmentStatus.WAITLISTED), Map.of("status", EnrolmentStatus.ENROLLED))).toList();
    }

    /** One entry per person newly enrolled or waitlisted; someone who was in already changed nothing. */
    private void auditEnrolments(ClassSession session, List<EnrolmentOutcome> outcomes, String action) {
        List<AuditRecord> records = outcomes.stream().filter(outcome -> !outcome.alreadyIn())
                .map(outcome -> {
                    Enrolment enrolment = enrolments.findBySessionIdAndPersonId(session.getId(), outcome.personId())
                            .orElseThrow();
                    return new AuditRecord(ENROLMENT, auditId(enrolment), action,
                            (outcome.status() == EnrolmentStatus.WAITLISTED ? "Waitlisted " : "Enrolled ")
                                    + describe(session, outcome.personId())
                                    + (enrolment.getGateOverride() == null ? ""
                                            : "; managers-first gate overridden: " + enrolment.getGateOverride()),
                            null, auditState(enrolment));
                })
                .toList();
        if (!records.isEmpty()) {
            auditLog.recordAll(records);
        }
    }

    private EnrolmentOutcome enrolLocked(ClassSession session, long personId, String gateOverride, boolean self) {
        PersonFacts person = queries.personFacts(personId)
                .orElseThrow(() -> new SessionRejectedException("person", Text.of("scheduling.enrolment.personRequired")));
        var existing = enrolments.findBySessionIdAndPersonId(session.getId(), personId);
        if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.WITHDRAWN) {
            Enrolment in = existing.get();
            return new EnrolmentOutcome(personId, person.name(), in.getStatus(), in.getWaitlistPosition(), true);
        }
        if (session.getAudience() == SessionAudience.MANAGERS && person.isStaff()) {
            throw new SessionRejectedException("person", Text.of("scheduling.enrolment.managersOnly",
                    person.name()));
        }
        String override = person.isStaff() ? passGate(session, person, gateOverride, self) : null;
        long enrolled = enrolments.countBySessionIdAndStatus(session.getId(), EnrolmentStatus.ENROLLED);
        Integer waitlistPosition = enrolled < session.getCapacity() ? null
                : enrolments.lastWaitlistPosition(session.getId()) + 1;
        Instant now = clock.instant();
        Enrolment enrolment;
        if (existing.isPresent()) {
            enrolment = existing.get();
            enrolment.rejoin(waitlistPosition, now);
        } else {
            enrolment = waitlistPosition == null ? Enrolment.enrolled(session.getId(), personId, now)
                    : Enrolment.waitlisted(session.getId(), personId, waitlistPosition, now);
        }
        enrolment.setGateOverride(override, callerName());
        enrolments.saveAndFlush(enrolment);
        events.publishEvent(new SchedulingEvent.Enrolled(session.getId(), personId, enrolment.getStatus()));
        return new EnrolmentOutcome(personId, person.name(), enrolment.getStatus(), waitlistPosition, false);
    }

    /**
     * Managers first: a staff member may join once their department's managers are trained in the course (all of
     * them under the STRICT policy, one under LENIENT). A department without managers cannot be judged and is let
     * through. Returns the override reason to record, or null when the gate is open.
     */
    private String passGate(ClassSession session, PersonFacts person, String gateOverride, boolean self) {
        List<ManagerTraining> managers = queries.managersOf(person.departmentId(), session.getCourseId());
        List<String> untrained = managers.stream().filter(manager -> manager.trainedAt() == null)
                .map(ManagerTraining::name).toList();
        Settings current = settings.current();
        boolean open = TrickleDownRules.isGateOpen(current.trickleDownPolicy(), managers.size(),
                managers.size() - untrained.size());
        if (open) {
            return null;
        }
        // the session's course exists: the session refers to it
        String course = queries.courseTitle(session.getCourseId()).orElseThrow();
        String who = String.join(", ", untrained);
        if (self) {
            // a learner never overrides the gate; in WARN mode a trainer still may, so say whom to ask
            throw new GateException(Text.of(current.gateMode() == GateMode.WARN ? "scheduling.gate.selfAskTrainer"
                    : "scheduling.gate.self", course, who), false, untrained);
        }
        if (current.gateMode() == GateMode.BLOCK) {
            throw new GateException(Text.of("scheduling.gate.blocked", person.name(), course, who), false,
                    untrained);
        }
        if (gateOverride == null || gateOverride.isBlank()) {
            throw new GateException(Text.of("scheduling.gate.overridable", person.name(), course, who), true,
                    untrained);
        }
        String reason = gateOverride.strip();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private ClassSession lockOpenSession(long sessionId) {
        ClassSession session = sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        if (session.isCancelled()) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.sessionCancelled"));
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new SessionRejectedException(null, Text.of("scheduling.enrolment.sessionStarted"));
        }
        return session;
    }

    private ClassSession startedSession(long sessionId) {
        ClassSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        if (session.getStartsAt().isAfter(clock.instant())) {
            throw new SessionRejectedException(null, Text.of("scheduling.attendance.notStarted"));
        }
        return session;
    }

    /** Marks and records a late change; returns the audit entry, or null when nothing changed. */
    private AuditRecord mark(ClassSession session, Enrolment enrolment, AttendanceStatus attendance, String note) {
        AttendanceStatus before = enrolment.getAttendance();
        Map<String, Object> stateBefore = auditState(enrolment);
        boolean changed = before != attendance || !Objects.equals(enrolment.getAttendanceNote(), note);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(session.getTimeZone());
        LocalDate sessionDay = LocalDate.ofInstant(session.getStartsAt(), zone);
        if (LocalDate.ofInstant(now, zone).isAfter(sessionDay) && !Objects.equals(before, attendance)) {
            attendanceChanges.save(new AttendanceChange(enrolment.getId(), callerName(), now, before, attendance));
        }
        enrolment.markAttendance(attendance, note, now);
        enrolments.flush();
        if (!changed) {
            return null;
        }
        return new AuditRecord(ATTENDANCE, auditId(enrolment), "MARK", "Attendance of "
                + describe(session, enrolment.getPersonId()) + ": " + (before == null ? "not marked" : before)
                + " → " + attendance, before == null ? null : stateBefore, auditState(enrolment));
    }

    /** The audit trail names a mark by session and person: "session 12, person 34". */
    private static String auditId(Enrolment enrolment) {
        return auditId(enrolment.getSessionId(), enrolment.getPersonId());
    }

    private static String auditId(long sessionId, long personId) {
        return "session " + sessionId + ", person " + personId;
    }

    private Map<String, Object> auditState(Enrolment enrolment) {
        var state = new LinkedHashMap<String, Object>();
        state.put("sessionId", enrolment.getSessionId());
        state.put("personId", enrolment.getPersonId());
        state.put("status", enrolment.getStatus());
        state.put("attendance", enrolment.getAttendance());
        state.put("note", enrolment.getAttendanceNote());
        state.put("walkIn", enrolment.isWalkIn());
        return state;
    }

    /** "Emma Lindqvist in Service Fundamentals, 2024-03-05 09:00 (Europe/London)" */
    private String describe(ClassSession session, long personId) {
        String zone = session.getTimeZone();
        return queries.personName(personId).orElse("person " + personId) + " in "
                + queries.courseTitle(session.getCourseId()).orElse("course " + session.getCourseId()) + ", "
                + AUDIT_TIME.format(session.getStartsAt().atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }

    private static String shown(Map<String, Object> before) {
        if (before == null) {
            return "not on the roll";
        }
        return String.valueOf(before.get("status")).toLowerCase(Locale.ROOT)
                + (before.get("attendance") == null ? "" : ", " + before.get("attendance"));
    }

    private static String callerName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
