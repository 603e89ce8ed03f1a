package io.cascade.learning;

import io.cascade.base.i18n.Text;
import io.cascade.catalog.CourseDetails;
import io.cascade.catalog.CourseModuleItem;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.organization.OrganizationService;
import io.cascade.learning.internal.ProgressStore;
import io.cascade.learning.internal.ProgressStore.Completion;
import io.cascade.learning.internal.ProgressStore.DoneModule;
import io.cascade.organization.Level;
import io.cascade.scheduling.EnrolmentOutcome;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.JoinableSession;
import io.cascade.scheduling.PersonSessionItem;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionRejectedException;
import io.cascade.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's own learning. Everything here is about the signed-in person: nobody can
 * ask for someone else's.
 */
@Service
@Transactional(readOnly = true)
public class LearningService {

    private final CurrentUser currentUser;
    private final OrganizationService organization;
    private final CourseService courses;
    private final SchedulingService scheduling;
    private final EnrolmentService enrolment;
    private final ProgressStore progress;
    private final Clock clock;

    LearningService(CurrentUser currentUser, OrganizationService organization, CourseService courses,
            SchedulingService scheduling, EnrolmentService enrolment, ProgressStore progress, Clock clock) {
        this.currentUser = currentUser;
        this.organization = organization;
        this.courses = courses;
        this.scheduling = scheduling;
        this.enrolment = enrolment;
        this.progress = progress;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public MyLearning myLearning() {
        long personId = currentUser.requirePersonId();
        var me = organization.currentPerson(currentUser.require().getUsername()).orElseThrow();
        List<PersonSessionItem> sessions = scheduling.sessionsOf(personId);
        Map<Long, List<Instant>> attended = sessions.stream()
                .filter(s -> !s.cancelled() && s.attendance() != null && s.attendance().countsAsAttended())
                .collect(Collectors.groupingBy(PersonSessionItem::courseId,
                        Collectors.mapping(PersonSessionItem::startsAt, Collectors.toList())));
        Map<Long, Instant> completedAt = progress.completions(personId).stream()
                .collect(Collectors.toMap(Completion::courseId, Completion::completedAt,
                        (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, List<DoneModule>> done = progress.completedModules(personId).stream()
                .collect(Collectors.groupingBy(DoneModule::courseId));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<AssignedCourse> myCourses = courses.listCourses(CourseStatus.PUBLISHED).stream()
                .filter(course -> Tracks.fits(course.audience(), me.level()))
                .map(course -> assigned(course, attended.getOrDefault(course.id(), List.of()),
                        completedAt.get(course.id()), done.getOrDefault(course.id(), List.of()), today))
                .sorted(Comparator.comparing((AssignedCourse course) -> !course.overdue())
                        .thenComparing(AssignedCourse::isComplete)
                        .thenComparing(AssignedCourse::title))
                .toList();
        Instant now = clock.instant();
        List<PersonSessionItem> upcoming = sessions.stream().filter(s -> !s.startsAt().isBefore(now))
                .sorted(Comparator.comparing(PersonSessionItem::startsAt)).toList();
        List<PersonSessionItem> past = sessions.stream().filter(s -> s.startsAt().isBefore(now))
                .sorted(Comparator.comparing(PersonSessionItem::startsAt).reversed()).toList();
        List<CertificateInfo> certificates = progress.certificatesOf(personId).stream()
                .map(CertificateIssuer::info).toList();
        return new MyLearning(me.fullName(), myCourses, upcoming, past, certificates);
    }

    /**
     * The upcoming classes I could join: of the courses of my track, meant for my department or for everybody, not
     * cancelled, and not ones I am in already (nor of a course I hold an upcoming seat in). Soonest first.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<JoinableSession> classesICanJoin() {
        long personId = currentUser.requirePersonId();
        Level level = organization.currentPerson(currentUser.require().getUsername()).orElseThrow().level();
        return scheduling.joinableSessionsOf(personId).stream()
                .filter(session -> Tracks.fits(session.courseAudience(), level))
                .toList();
    }

    /**
     * Joins one of {@link #classesICanJoin()}: a seat, or the end of the waitlist when it is full. Staff whose
     * managers must go first are refused with a {@link io.cascade.scheduling.GateException} that says who.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public EnrolmentOutcome joinClass(long sessionId) {
        boolean open = classesICanJoin().stream().anyMatch(session -> session.sessionId() == sessionId);
        if (!open) {
            throw new SessionRejectedException(null, Text.of("learning.myLearning.join.notOpen"));
        }
        return enrolment.enrolMe(sessionId);
    }

    /** Takes me out of a class I am booked or waitlisted on; my seat goes to the first on the waitlist. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public void leaveClass(long sessionId) {
        enrolment.withdraw(sessionId, currentUser.requirePersonId());
    }

    /**
     * Progress counts the required modules done since the last completion once a refresher is due, and all of them
     * before. The refresher falls due its interval after the later of the last class attended and the last
     * completion.
     */
    private AssignedCourse assigned(CourseSummary course, List<Instant> attended, Instant completedAt,
            List<DoneModule> done, LocalDate today) {
        CourseDetails details = courses.findCourse(course.id()).orElseThrow();
        Instant trainedAt = attended.stream().min(Comparator.naturalOrder()).orElse(null);
        Instant lastTrained = Stream.concat(attended.stream(), Stream.ofNullable(completedAt))
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate dueOn = Refreshers.dueOn(lastTrained, course.refresherMonths());
        boolean overdue = dueOn != null && !today.isBefore(dueOn);
        Instant roundStart = overdue && completedAt != null ? completedAt : Instant.EPOCH;
        Set<Long> required = details.modules().stream().filter(CourseModuleItem::required)
                .map(CourseModuleItem::id).collect(Collectors.toSet());
        int modulesDone = (int) done.stream()
                .filter(module -> required.contains(module.moduleId()) && module.completedAt().isAfter(roundStart))
                .count();
        return new AssignedCourse(course.id(), course.code(), course.title(), course.audience(),
                course.refresherMonths(), trainedAt, completedAt, modulesDone, required.size(), dueOn, overdue);
    }
}
