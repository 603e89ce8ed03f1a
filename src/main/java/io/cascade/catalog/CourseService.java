package io.cascade.catalog;

import static io.cascade.catalog.CatalogRecords.blankToNull;
import static io.cascade.catalog.CatalogRecords.describe;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseDocumentRepository;
import io.cascade.catalog.internal.CourseModule;
import io.cascade.catalog.internal.CourseModuleRepository;
import io.cascade.catalog.internal.CourseRepository;
import io.cascade.catalog.internal.QuizQuestionRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The courses of the catalog: trainers and admins draft and edit them and move them between draft, published and
 * archived, and every change they make is audited. Everyone else signed in reads only what is published: a draft or
 * archived course stays with its authors, and a person reads the courses of their own track only. A course's modules
 * and quizzes are built with {@link CourseModuleService}, their files with {@link CourseDocumentService}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CourseService {

    static final String COURSE = "Course";

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final QuizQuestionRepository questions;
    private final CourseDocumentRepository documents;
    private final CourseAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    CourseService(CourseRepository courses, CourseModuleRepository modules, QuizQuestionRepository questions,
            CourseDocumentRepository documents, CourseAccess access, ApplicationEventPublisher events,
            AuditLog auditLog, Clock clock) {
        this.courses = courses;
        this.modules = modules;
        this.questions = questions;
        this.documents = documents;
        this.access = access;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every course, by title; for anyone but trainers and admins only the published ones. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseSummary> listCourses() {
        return CourseAccess.isAuthor() ? courses.findSummaries(null) : courses.findSummaries(CourseStatus.PUBLISHED);
    }

    /**
     * Courses in one status, by title; e.g. PUBLISHED for what learners can take. Drafts and archived courses are
     * listed for trainers and admins only (empty for anyone else).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CourseSummary> listCourses(CourseStatus status) {
        if (status != CourseStatus.PUBLISHED && !CourseAccess.isAuthor()) {
            return List.of();
        }
        return courses.findSummaries(status);
    }

    /**
     * A course with its modules; empty when it does not exist or the caller may not read it: a draft or archived
     * course for anyone but trainers and admins, or a course of another track for a person.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<CourseDetails> findCourse(long courseId) {
        return courses.findById(courseId).filter(access::mayRead).map(this::toDetails);
    }

    /** Drafts a new course; it is published separately once its modules are in place. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseSummary createCourse(@Valid NewCourse newCourse) {
        String code = newCourse.code().strip();
        if (courses.existsByCodeIgnoreCase(code)) {
            throw new CourseCodeTakenException(code);
        }
        Instant now = clock.instant();
        Course course = new Course(code, newCourse.title().strip(), newCourse.audience(), now);
        course.describe(newCourse.summary(), newCourse.contextText(), newCourse.contentText(),
                newCourse.buyInText(), now);
        course.setRefresherMonths(newCourse.refresherMonths(), now);
        course = courses.saveAndFlush(course);
        auditLog.record(COURSE, course.getId(), "CREATE", "Created course " + describe(course), null,
                snapshot(course));
        return new CourseSummary(course.getId(), course.getCode(), course.getTitle(), course.getAudience(),
                course.getStatus(), course.getRefresherMonths(), 0);
    }

    /**
     * Changes a course's title, track, refresher interval and its context, content and buy-in texts.
     * {@code expectedVersion} is the {@link CourseDetails#version()} the editor opened: when someone saved the course
     * in between (or changed its status), the save is refused with {@link CourseChangedException} and nothing
     * changes. A new refresher interval is announced ({@link CatalogEvent.RefresherIntervalChanged}): it changes how
     * long trainings stay valid.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseDetails updateCourse(long courseId, long expectedVersion, @Valid CourseEdit edit) {
        // the row lock makes the version check and the write one step: a concurrent save waits, then sees our version
        Course course = courses.findForUpdate(courseId)
                .orElseThrow(() -> new CatalogRuleException(null, Text.of("catalog.course.gone")));
        if (course.getVersion() != expectedVersion) {
            throw new CourseChangedException();
        }
        CourseAccess.requireEditable(course);
        Map<String, Object> before = snapshot(course);
        Instant now = clock.instant();
        Integer refresherBefore = course.getRefresherMonths();
        course.edit(edit.title().strip(), edit.audience(), now);
        course.describe(blankToNull(edit.summary()), blankToNull(edit.contextText()),
                blankToNull(edit.contentText()), blankToNull(edit.buyInText()), now);
        course.setRefresherMonths(edit.refresherMonths(), now);
        if (!Objects.equals(refresherBefore, edit.refresherMonths())) {
            // listeners read the course table: write the new interval first
            courses.flush();
            events.publishEvent(new CatalogEvent.RefresherIntervalChanged(courseId, refresherBefore,
                    edit.refresherMonths()));
        }
        courses.flush();
        auditLog.record(COURSE, courseId, "UPDATE", "Edited course " + describe(course), before, snapshot(course));
        return toDetails(course);
    }

    /**
     * Publishes a draft so it can be scheduled and taken. A course is complete enough when it has modules, every
     * quiz has questions and every document module has its file.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseDetails publish(long courseId) {
        Course course = access.course(courseId);
        if (course.getStatus() != CourseStatus.DRAFT) {
            throw new CatalogRuleException(null, Text.of("catalog.course.publishOnlyDraft"));
        }
        List<CourseModule> parts = modules.findByCourseIdOrderByPositionAsc(courseId);
        if (parts.isEmpty()) {
            throw new CatalogRuleException(null, Text.of("catalog.course.publishNeedsModule"));
        }
        for (CourseModule module : parts) {
            if (module.getKind() == ModuleKind.QUIZ
                    && questions.findByModuleIdOrderByPositionAsc(module.getId()).isEmpty()) {
                throw new CatalogRuleException(null, Text.of("catalog.course.publishQuizWithoutQuestions",
                        module.getTitle()));
            }
            if (module.getKind() == ModuleKind.DOCUMENT && documents.findInfoByModuleId(module.getId()).isEmpty()) {
                throw new CatalogRuleException(null, Text.of("catalog.course.publishDocumentWithoutFile",
                        module.getTitle()));
            }
        }
        Map<String, Object> before = snapshot(course);
        course.changeStatus(CourseStatus.PUBLISHED, clock.instant());
        courses.flush();
        auditLog.record(COURSE, course.getId(), "PUBLISH", "Published course " + describe(course), before, snapshot(course));
        return toDetails(course);
    }

    /** Takes a published course back to draft: it can no longer be scheduled; history stays. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseDetails unpublish(long courseId) {
        Course course = access.course(courseId);
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            throw new CatalogRuleException(null, Text.of("catalog.course.unpublishOnlyPublished"));
        }
        Map<String, Object> before = snapshot(course);
        course.changeStatus(CourseStatus.DRAFT, clock.instant());
        courses.flush();
        auditLog.record(COURSE, course.getId(), "UNPUBLISH", "Took course back to draft: " + describe(course), before, snapshot(course));
        return toDetails(course);
    }

    /** Retires a course: it keeps its sessions, attendance and completions but can no longer be edited. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseDetails archive(long courseId) {
        Course course = access.course(courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, Text.of("catalog.course.archivedAlready"));
        }
        Map<String, Object> before = snapshot(course);
        course.changeStatus(CourseStatus.ARCHIVED, clock.instant());
        courses.flush();
        auditLog.record(COURSE, course.getId(), "ARCHIVE", "Archived course " + describe(course), before, snapshot(course));
        return toDetails(course);
    }

    /** Brings an archived course back as a draft. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseDetails restore(long courseId) {
        Course course = access.course(courseId);
        if (course.getStatus() != CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, Text.of("catalog.course.restoreOnlyArchived"));
        }
        Map<String, Object> before = snapshot(course);
        course.changeStatus(CourseStatus.DRAFT, clock.instant());
        courses.flush();
        auditLog.record(COURSE, course.getId(), "RESTORE", "Restored course as a draft: " + describe(course), before, snapshot(course));
        return toDetails(course);
    }

    /** The audited state of a course: everything a trainer edits, and its status. */
    private static Map<String, Object> snapshot(Course course) {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", course.getCode());
        state.put("title", course.getTitle());
        state.put("summary", course.getSummary());
        state.put("audience", course.getAudience());
        state.put("status", course.getStatus());
        state.put("refresherMonths", course.getRefresherMonths());
        state.put("contextText", course.getContextText());
        state.put("contentText", course.getContentText());
        state.put("buyInText", course.getBuyInText());
        state.put("version", course.getVersion());
        return state;
    }

    private CourseDetails toDetails(Course course) {
        return new CourseDetails(course.getId(), course.getVersion(), course.getCode(), course.getTitle(), course.getSummary(),
                course.getAudience(), course.getStatus(), course.getRefresherMonths(), course.getContextText(),
                course.getContentText(), course.getBuyInText(),
                modules.findByCourseIdOrderByPositionAsc(course.getId()).stream()
                        .map(CatalogRecords::toItem)
                        .toList());
    }
}
