package io.cascade.learning;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.learning.TeamMember.CourseStanding;
import io.cascade.learning.TeamOverview.TeamCourse;
import io.cascade.learning.internal.CheckInRepository;
import io.cascade.learning.internal.MessageDays;
import io.cascade.learning.internal.ReinforcementCheckIn;
import io.cascade.learning.internal.TeamQueries;
import io.cascade.learning.internal.TeamQueries.Booking;
import io.cascade.learning.internal.TeamQueries.Training;
import io.cascade.organization.Level;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonListItem;
import io.cascade.organization.SettingsReader;
import io.cascade.security.CurrentUser;
import io.cascade.trickledown.TrainedReport;
import io.cascade.trickledown.TrickleDownRules;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A manager's own team: where each direct report stands in each course, and the reinforcement check-ins the manager
 * owes after a report is trained. Only the signed-in manager's active direct reports are ever visible.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TeamService {

    /** How days read in the audit log, which is kept in English. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CurrentUser currentUser;
    private final OrganizationService organization;
    private final CourseService courses;
    private final TeamQueries queries;
    private final CheckInRepository checkIns;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final SettingsReader settings;

    TeamService(CurrentUser currentUser, OrganizationService organization, CourseService courses,
            TeamQueries queries, CheckInRepository checkIns, Clock clock, ApplicationEventPublisher events,
            AuditLog auditLog, SettingsReader settings) {
        this.settings = settings;
        this.auditLog = auditLog;
        this.events = events;
        this.currentUser = currentUser;
        this.organization = organization;
        this.courses = courses;
        this.queries = queries;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public TeamOverview myTeam() {
        long me = currentUser.requirePersonId();
        int window = settings.current().reinforcementWindow().days();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = clock.instant();

        List<PersonListItem> reports = organization.directReports(me).stream()
                .sorted(Comparator.comparing(PersonListItem::lastName).thenComparing(PersonListItem::firstName))
                .toList();
        List<TeamCourse> teamCourses = courses.listCourses(CourseStatus.PUBLISHED).stream()
                .map(course -> new TeamCourse(course.id(), course.title()))
                .sorted(Comparator.comparing(TeamCourse::title)).toList();
        Map<Long, String> courseTitles = teamCourses.stream()
                .collect(Collectors.toMap(TeamCourse::id, TeamCourse::title));

        List<Long> people = Stream.concat(Stream.of(me), reports.stream().map(PersonListItem::id)).toList();
        Map<Key, Instant> trainedAt = queries.trainings(people).stream()
                .collect(Collectors.toMap(t -> new Key(t.personId(), t.courseId()), Training::trainedAt,
                        (a, b) -> a.isBefore(b) ? a : b));
        Map<Key, Instant> nextClass = queries.nextBookings(people, now).stream()
                .collect(Collectors.toMap(b -> new Key(b.personId(), b.courseId()), Booking::startsAt));
        Map<Key, List<LocalDate>> checkInDays = checkIns.findByManagerId(me).stream()
                .collect(Collectors.groupingBy(c -> new Key(c.getPersonId(), c.getCourseId()),
                        Collectors.mapping(ReinforcementCheckIn::getOccurredOn, Collectors.toList())));

        List<TeamMember> members = new ArrayList<>();
        List<TrainedReport> trainedReports = new ArrayList<>();
        List<CheckInDue> due = new ArrayList<>();
        List<Text> bookedBeforeMe = new ArrayList<>();
        for (PersonListItem report : reports) {
            Map<Long, CourseStanding> standings = new HashMap<>();
            for (TeamCourse course : teamCourses) {
                Key key = new Key(report.id(), course.id());
                List<LocalDate> days = checkInDays.getOrDefault(key, List.of());
                Instant trained = trainedAt.get(key);
                Instant booked = nextClass.get(key);
                if (trained != null || booked != null || !days.isEmpty()) {
                    standings.put(course.id(), new CourseStanding(trained, booked,
                            days.stream().max(Comparator.naturalOrder()).orElse(null)));
                }
                if (trained != null && report.level() == Level.STAFF) {
                    LocalDate trainedOn = trained.atZone(ZoneOffset.UTC).toLocalDate();
                    trainedReports.add(new TrainedReport(report.id(), trainedOn, days));
                    boolean checkedIn = days.stream().anyMatch(day -> !day.isBefore(trainedOn));
                    if (!checkedIn) {
                        LocalDate dueBy = trainedOn.plusDays(window);
                        due.add(new CheckInDue(report.id(), report.fullName(), course.id(), course.title(),
                                trainedOn, dueBy, today.isAfter(dueBy)));
                    }
                }
                Instant mine = trainedAt.get(new Key(me, course.id()));
                if (trained == null && booked != null && (mine == null || !mine.isBefore(booked))) {
                    bookedBeforeMe.add(Text.of("learning.myTeam.bookedBeforeMe", report.fullName(),
                            courseTitles.get(course.id()), MessageDays.of(LocalDate.ofInstant(booked, ZoneOffset.UTC))));
                }
            }
            members.add(new TeamMember(report.id(), report.fullName(), report.level(), report.departmentName(),
                    Map.copyOf(standings)));
        }
        due.sort(Comparator.comparing(CheckInDue::dueBy));
        return new TeamOverview(window, teamCourses, members, TrickleDownRules.championRate(trainedReports, window),
                due, bookedBeforeMe);
    }

    /** Logs a check-in with one of my direct reports after they were trained in the course. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void logCheckIn(@Valid NewCheckIn checkIn) {
        long me = currentUser.requirePersonId();
        PersonListItem report = organization.directReports(me).stream()
                .filter(person -> person.id() == checkIn.personId())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only your own direct reports"));
        Instant trained = queries.trainings(List.of(report.id())).stream()
                .filter(t -> t.courseId() == checkIn.courseId())
                .map(Training::trainedAt)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new CheckInRejectedException("courseId",
                        Text.of("learning.checkIn.rule.notTrained", report.fullName())));
        LocalDate trainedOn = trained.atZone(ZoneOffset.UTC).toLocalDate();
        if (checkIn.occurredOn().isBefore(trainedOn)) {
            throw new CheckInRejectedException("occurredOn", Text.of("learning.checkIn.rule.beforeTraining",
                    report.firstName(), MessageDays.of(trainedOn)));
        }
        String note = checkIn.note() == null || checkIn.note().isBlank() ? null : checkIn.note().strip();
        ReinforcementCheckIn saved = checkIns.saveAndFlush(new ReinforcementCheckIn(me, report.id(),
                checkIn.courseId(), checkIn.occurredOn(), checkIn.kind(), note, clock.instant()));
        var state = new LinkedHashMap<String, Object>();
        state.put("managerId", me);
        state.put("personId", report.id());
        state.put("courseId", checkIn.courseId());
        state.put("occurredOn", checkIn.occurredOn().toString());
        state.put("kind", checkIn.kind());
        state.put("note", note);
        auditLog.record("Check-in", saved.getId(), "CREATE", "Logged a " + checkIn.kind().name()
                .toLowerCase(Locale.ROOT) + " check-in with " + report.fullName() + " on " + DAY.format(
                        checkIn.occurredOn()) + " (course " + checkIn.courseId() + ")", null, state);
        events.publishEvent(new LearningEvent.CheckInLogged(report.id(), checkIn.courseId()));
    }

    private record Key(long personId, long courseId) {
    }
}
