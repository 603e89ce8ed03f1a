package io.cascade.learning;

import io.cascade.base.i18n.Text;
import io.cascade.catalog.CourseDetails;
import io.cascade.catalog.CourseDocumentService;
import io.cascade.catalog.CourseModuleItem;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.DocumentFile;
import io.cascade.catalog.Markdown;
import io.cascade.catalog.ModuleKind;
import io.cascade.catalog.QuizMark;
import io.cascade.catalog.VideoLinks;
import io.cascade.learning.QuizResult.QuestionFeedback;
import io.cascade.learning.internal.ProgressStore;
import io.cascade.learning.internal.ProgressStore.Attempt;
import io.cascade.learning.internal.ProgressStore.ModuleState;
import io.cascade.organization.CurrentPersonSummary;
import io.cascade.organization.OrganizationService;
import io.cascade.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module player: the signed-in employee reads, watches, downloads, takes quizzes and reflects, module by module,
 * in a published course of their track. Progress is stored per module, quizzes are scored here on the server, and
 * the course is completed (with a certificate) as soon as its required modules are done and, if it has classes, a
 * class was attended. Every method works on the caller's own progress only.
 */
@Service
@Transactional
public class CoursePlayerService {

    static final int MAX_REFLECTION_LENGTH = 4000;

    private final CurrentUser currentUser;
    private final OrganizationService organization;
    private final CourseService courses;
    private final CourseModuleService courseModules;
    private final CourseDocumentService documents;
    private final ProgressStore store;
    private final CertificateIssuer certificates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CoursePlayerService(CurrentUser currentUser, OrganizationService organization, CourseService courses,
            CourseModuleService courseModules, CourseDocumentService documents, ProgressStore store,
            CertificateIssuer certificates, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.currentUser = currentUser;
        this.organization = organization;
        this.courses = courses;
        this.courseModules = courseModules;
        this.documents = documents;
        this.store = store;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Opens a course of my track where I left it; completes it first if a class I attended was the last step. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public CoursePlayer open(long courseId) {
        CurrentPersonSummary me = me();
        CourseDetails course = assignedCourse(me, courseId);
        completeIfDone(me, course);
        return player(me, course);
    }

    /** Remembers the module I am on, so that I resume there next time. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public void openModule(long courseId, long moduleId) {
        CurrentPersonSummary me = me();
        module(assignedCourse(me, courseId), moduleId);
        store.opened(me.personId(), courseId, moduleId, clock.instant());
    }

    /** Marks a text, video or document module as read, watched or downloaded. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public CoursePlayer markDone(long courseId, long moduleId) {
        CurrentPersonSummary me = me();
        CourseDetails course = assignedCourse(me, courseId);
        CourseModuleItem module = module(course, moduleId);
        if (module.kind() == ModuleKind.QUIZ || module.kind() == ModuleKind.REFLECTION) {
            throw new LearningRuleException(Text.of(module.kind() == ModuleKind.QUIZ
                    ? "learning.player.rule.quizDoneWhenPassed" : "learning.player.rule.reflectionDoneWhenAnswered"));
        }
        store.completed(me.personId(), courseId, moduleId, clock.instant(), round(me, course).start());
        completeIfDone(me, course);
        return player(me, course);
    }

    /**
     * Scores a quiz attempt. {@code answers} maps each question id to the indexes of the options I chose; a
     * question left out counts as wrong. Refused once the quiz is passed or its attempts are used up.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public QuizResult submitQuiz(long courseId, long moduleId, Map<Long, Set<Integer>> answers) {
        CurrentPersonSummary me = me();
        CourseDetails course = assignedCourse(me, courseId);
        CourseModuleItem module = module(course, moduleId);
        if (module.kind() != ModuleKind.QUIZ) {
            throw new LearningRuleException(Text.of("learning.player.rule.notAQuiz"));
        }
        Round round = round(me, course);
        List<Attempt> attempts = attemptsInRound(me.personId(), moduleId, round);
        Integer maxAttempts = module.maxAttempts();
        if (attempts.stream().anyMatch(Attempt::passed)) {
            throw new LearningRuleException(Text.of("learning.player.rule.quizPassed"));
        }
        if (maxAttempts != null && attempts.size() >= maxAttempts) {
            throw new LearningRuleException(Text.of("learning.player.rule.attemptsUsed", maxAttempts));
        }
        // the catalog marks the attempt: the answer key never leaves it for a learner
        List<QuizMark> marks = courseModules.markQuiz(moduleId, answers);
        if (marks.isEmpty()) {
            throw new LearningRuleException(Text.of("learning.player.rule.noQuestions"));
        }
        List<QuestionFeedback> feedback = new ArrayList<>();
        StringBuilder given = new StringBuilder();
        for (QuizMark mark : marks) {
            Set<Integer> chosen = new TreeSet<>(answers.getOrDefault(mark.questionId(), Set.of()));
            feedback.add(new QuestionFeedback(mark.questionId(), mark.prompt(), mark.correct()));
            given.append(mark.questionId()).append(':').append(chosen.stream().map(String::valueOf)
                    .collect(Collectors.joining(","))).append(';');
        }
        long right = feedback.stream().filter(QuestionFeedback::correct).count();
        int score = (int) Math.round(100.0 * right / marks.size());
        int passMark = module.passMark() == null ? 100 : module.passMark();
        boolean passed = score >= passMark;
        Instant now = clock.instant();
        int number = store.attempts(me.personId(), moduleId).size() + 1;
        store.saveAttempt(me.personId(), new Attempt(moduleId, number, score, passed, now),
                given.length() > 4000 ? given.substring(0, 4000) : given.toString());
        CertificateInfo certificate = null;
        if (passed) {
            store.completed(me.personId(), courseId, moduleId, now, round.start());
            certificate = completeIfDone(me, course);
        }
        Integer left = maxAttempts == null ? null : Math.max(0, maxAttempts - attempts.size() - 1);
        return new QuizResult(score, passMark, passed, left, feedback, certificate);
    }

    /** Saves (or replaces) my answer to a reflection prompt; answering completes the module. Plain text only. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public CoursePlayer saveReflection(long courseId, long moduleId, String answer) {
        CurrentPersonSummary me = me();
        CourseDetails course = assignedCourse(me, courseId);
        CourseModuleItem module = module(course, moduleId);
        if (module.kind() != ModuleKind.REFLECTION) {
            throw new LearningRuleException(Text.of("learning.player.rule.notAReflection"));
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new LearningRuleException(Text.of("learning.player.rule.answerFirst"));
        }
        if (text.length() > MAX_REFLECTION_LENGTH) {
            throw new LearningRuleException(
                    Text.of("learning.player.rule.answerTooLong", MAX_REFLECTION_LENGTH));
        }
        Instant now = clock.instant();
        store.saveReflection(me.personId(), moduleId, text, now);
        store.completed(me.personId(), courseId, moduleId, now, round(me, course).start());
        completeIfDone(me, course);
        return player(me, course);
    }

    /** The file of a document module of a course of mine, for download. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional(readOnly = true)
    public DocumentFile document(long courseId, long moduleId) {
        CourseModuleItem module = module(assignedCourse(me(), courseId), moduleId);
        if (module.kind() != ModuleKind.DOCUMENT) {
            throw new LearningRuleException(Text.of("learning.player.rule.noFile"));
        }
        return documents.documentFile(moduleId)
                .orElseThrow(() -> new LearningRuleException(Text.of("learning.player.rule.fileNotAvailable")));
    }

    private CourseDetails assignedCourse(CurrentPersonSummary me, long courseId) {
        CourseDetails course = courses.findCourse(courseId)
                .filter(found -> found.status() == CourseStatus.PUBLISHED)
                .orElse(null);
        boolean otherTrack = course == null
                ? courses.listCourses(CourseStatus.PUBLISHED).stream().anyMatch(published -> published.id() == courseId)
                : !Tracks.fits(course.audience(), me.level());
        if (otherTrack) {
            // published, but for the other track: the catalog does not hand its content to this learner
            throw new AccessDeniedException("This course is not part of your track");
        }
        if (course == null) {
            throw new LearningRuleException(Text.of("learning.player.rule.courseNotAvailable"));
        }
        return course;
    }

    private static CourseModuleItem module(CourseDetails course, long moduleId) {
        return course.modules().stream().filter(module -> module.id() == moduleId).findFirst()
                .orElseThrow(() -> new LearningRuleException(Text.of("learning.player.rule.notInCourse")));
    }

    private CurrentPersonSummary me() {
        return organization.currentPerson(currentUser.require().getUsername())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a person"));
    }

    /**
     * The round of the course I am in. After a completion the course is complete until the refresher falls due;
     * from then on a new round starts and only what I do after the last completion counts.
     */
    private Round round(CurrentPersonSummary me, CourseDetails course) {
        Instant last = store.completions(me.personId()).stream()
                .filter(completion -> completion.courseId() == course.id())
                .map(ProgressStore.Completion::completedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate dueOn = Refreshers.dueOn(last, course.refresherMonths());
        boolean dueAgain = dueOn != null && !LocalDate.now(clock.withZone(ZoneOffset.UTC)).isBefore(dueOn);
        return new Round(dueAgain ? last : Instant.EPOCH, last != null && !dueAgain, dueOn);
    }

    private record Round(Instant start, boolean complete, LocalDate refresherDueOn) {

        boolean counts(Instant at) {
            return at != null && at.isAfter(start);
        }
    }

    private List<Attempt> attemptsInRound(long personId, long moduleId, Round round) {
        return store.attempts(personId, moduleId).stream().filter(a -> round.counts(a.submittedAt())).toList();
    }

    /** Completes the course when everything it takes is done; returns the new certificate, or null. */
    private CertificateInfo completeIfDone(CurrentPersonSummary me, CourseDetails course) {
        Round round = round(me, course);
        if (round.complete()) {
            return null;
        }
        Set<Long> done = store.moduleStates(me.personId(), course.id()).stream()
                .filter(state -> round.counts(state.completedAt()))
                .map(ModuleState::moduleId).collect(Collectors.toSet());
        List<CourseModuleItem> required = course.modules().stream().filter(CourseModuleItem::required).toList();
        boolean hasClasses = store.hasClasses(course.id());
        if (required.isEmpty() && !hasClasses) {
            return null;
        }
        boolean modulesDone = required.stream().allMatch(module -> done.contains(module.id()));
        boolean classDone = !hasClasses || store.attendedAt(me.personId(), course.id()).filter(round::counts)
                .isPresent();
        if (!modulesDone || !classDone) {
            return null;
        }
        Instant now = clock.instant();
        store.saveCompletion(me.personId(), course.id(), now);
        events.publishEvent(new LearningEvent.CourseCompleted(me.personId(), course.id()));
        return certificates.issue(me.personId(), me.fullName(), course.id(), course.title(), now);
    }

    private CoursePlayer player(CurrentPersonSummary me, CourseDetails course) {
        Round round = round(me, course);
        Map<Long, ModuleState> states = store.moduleStates(me.personId(), course.id()).stream()
                .collect(Collectors.toMap(ModuleState::moduleId, Function.identity()));
        List<PlayerModule> modules = course.modules().stream()
                .map(module -> playerModule(me, module, states.get(module.id()), round)).toList();
        Long resume = states.values().stream()
                .filter(state -> modules.stream().anyMatch(m -> m.id() == state.moduleId()))
                .max(Comparator.comparing(ModuleState::lastOpenedAt))
                .map(ModuleState::moduleId)
                .orElseGet(() -> modules.stream().filter(m -> !m.done()).findFirst()
                        .or(() -> modules.stream().findFirst()).map(PlayerModule::id).orElse(null));
        boolean hasClasses = store.hasClasses(course.id());
        boolean attended = store.attendedAt(me.personId(), course.id()).filter(round::counts).isPresent();
        CertificateInfo certificate = certificates.latest(me.personId(), course.id()).orElse(null);
        return new CoursePlayer(course.id(), course.code(), course.title(), course.summary(), modules, resume,
                hasClasses, attended, round.complete(), certificate, round.refresherDueOn());
    }

    private PlayerModule playerModule(CurrentPersonSummary me, CourseModuleItem module, ModuleState state,
            Round round) {
        boolean done = state != null && round.counts(state.completedAt());
        String bodyHtml = module.body() == null ? null : Markdown.toSafeHtml(module.body());
        String videoEmbed = module.kind() == ModuleKind.VIDEO ? VideoLinks.embedUrl(module.url()).orElse(null) : null;
        String documentName = module.kind() == ModuleKind.DOCUMENT
                ? documents.documentInfo(module.id()).map(info -> info.fileName()).orElse(null) : null;
        QuizState quiz = module.kind() == ModuleKind.QUIZ ? quizState(me, module, round) : null;
        String reflection = module.kind() == ModuleKind.REFLECTION
                ? store.reflection(me.personId(), module.id()).orElse(null) : null;
        return new PlayerModule(module.id(), module.position(), module.title(), module.kind(), module.required(),
                done, bodyHtml, module.kind() == ModuleKind.VIDEO ? module.url() : null, videoEmbed, documentName,
                quiz, reflection);
    }

    /** The quiz without its answers: only the option labels leave the server. */
    private QuizState quizState(CurrentPersonSummary me, CourseModuleItem module, Round round) {
        List<Attempt> attempts = attemptsInRound(me.personId(), module.id(), round);
        List<QuizState.Question> questions = courseModules.quizPaper(module.id()).stream()
                .map(question -> new QuizState.Question(question.id(), question.prompt(), question.multipleChoice(),
                        question.options()))
                .toList();
        return new QuizState(module.passMark() == null ? 100 : module.passMark(), module.maxAttempts(),
                attempts.size(), attempts.stream().map(Attempt::scorePercent).max(Comparator.naturalOrder())
                        .orElse(null),
                attempts.stream().anyMatch(Attempt::passed), questions);
    }
}
