package io.cascade.catalog;

import static io.cascade.catalog.CatalogRecords.blankToNull;
import static io.cascade.catalog.CatalogRecords.describe;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseDocumentRepository;
import io.cascade.catalog.internal.CourseModule;
import io.cascade.catalog.internal.CourseModuleRepository;
import io.cascade.catalog.internal.QuizQuestion;
import io.cascade.catalog.internal.QuizQuestionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modules of a course, quizzes and their questions included: trainers and admins add, edit, move and remove them
 * while the course is not archived, and every change they make is audited. A course's modules are read with it
 * ({@link CourseService#findCourse(long)}). Quiz answer keys never leave for learners: they get the questions without
 * the key ({@link #quizPaper(long)}) and the marking of an attempt ({@link #markQuiz}), for a course they may read
 * only.
 */
@Service
@Transactional(readOnly = true)
public class CourseModuleService {

    static final String MODULE = "Course module";
    static final String QUESTION = "Quiz question";

    private final CourseModuleRepository modules;
    private final QuizQuestionRepository questions;
    private final CourseDocumentRepository documents;
    private final CourseAccess access;
    private final DocumentStore documentStore;
    private final AuditLog auditLog;

    CourseModuleService(CourseModuleRepository modules, QuizQuestionRepository questions,
            CourseDocumentRepository documents, CourseAccess access, DocumentStore documentStore, AuditLog auditLog) {
        this.modules = modules;
        this.questions = questions;
        this.documents = documents;
        this.access = access;
        this.documentStore = documentStore;
        this.auditLog = auditLog;
    }

    /** Appends a module to a course. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseModuleItem addModule(long courseId, ModuleDraft draft) {
        return addModule(courseId, draft, null);
    }

    /**
     * Appends a module to a course, for a DOCUMENT module with its file ({@code file} may be null otherwise). A file
     * that is refused leaves nothing saved.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseModuleItem addModule(long courseId, ModuleDraft draft, DocumentUpload file) {
        Course course = access.editableCourse(courseId);
        check(draft);
        int position = modules.findByCourseIdOrderByPositionAsc(courseId).size() + 1;
        CourseModule module = new CourseModule(courseId, position, draft.title().strip(), draft.kind(),
                blankToNull(draft.body()), blankToNull(draft.url()));
        apply(module, draft);
        module = modules.saveAndFlush(module);
        if (file != null) {
            documentStore.store(module, file);
        }
        auditLog.record(MODULE, module.getId(), "CREATE", "Added module \"" + module.getTitle() + "\" to "
                + describe(course) + withFile(file), null, CatalogRecords.toItem(module));
        return CatalogRecords.toItem(module);
    }

    /** Changes a module; its kind stays what it was created as. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseModuleItem updateModule(long moduleId, ModuleDraft draft) {
        return updateModule(moduleId, draft, null);
    }

    /** Changes a module and, for a DOCUMENT module, replaces its file when {@code file} is given. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseModuleItem updateModule(long moduleId, ModuleDraft draft, DocumentUpload file) {
        CourseModule module = access.module(moduleId);
        Course course = access.editableCourse(module.getCourseId());
        if (draft.kind() != module.getKind()) {
            throw new CatalogRuleException("kind", Text.of("catalog.module.kindFixed"));
        }
        check(draft);
        CourseModuleItem before = CatalogRecords.toItem(module);
        module.edit(draft.title().strip(), blankToNull(draft.body()), blankToNull(draft.url()));
        apply(module, draft);
        if (file != null) {
            documentStore.store(module, file);
        }
        modules.flush();
        auditLog.record(MODULE, moduleId, "UPDATE", "Edited module \"" + module.getTitle() + "\" of "
                + describe(course) + withFile(file), before, CatalogRecords.toItem(module));
        return CatalogRecords.toItem(module);
    }

    /** Removes a module with its questions or file; the modules after it move up. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void removeModule(long moduleId) {
        CourseModule module = access.module(moduleId);
        Course course = access.editableCourse(module.getCourseId());
        CourseModuleItem before = CatalogRecords.toItem(module);
        questions.deleteAll(questions.findByModuleIdOrderByPositionAsc(moduleId));
        documents.deleteByModuleId(moduleId);
        modules.delete(module);
        modules.flush();
        renumber(modules.findByCourseIdOrderByPositionAsc(module.getCourseId()));
        auditLog.record(MODULE, moduleId, "REMOVE", "Removed module \"" + before.title() + "\" from "
                + describe(course), before, null);
    }

    /** Moves a module up ({@code offset} -1) or down (+1); at either end nothing changes. Returns the new order. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<CourseModuleItem> moveModule(long moduleId, int offset) {
        CourseModule module = access.module(moduleId);
        Course course = access.editableCourse(module.getCourseId());
        List<CourseModule> order = new ArrayList<>(modules.findByCourseIdOrderByPositionAsc(module.getCourseId()));
        int from = order.indexOf(module);
        int to = Math.clamp(from + (long) offset, 0, order.size() - 1);
        order.add(to, order.remove(from));
        renumber(order);
        if (from != to) {
            modules.flush();
            auditLog.record(MODULE, moduleId, "MOVE", "Moved module \"" + module.getTitle() + "\" of "
                    + describe(course) + " from position " + (from + 1) + " to " + (to + 1),
                    Map.of("position", from + 1), Map.of("position", to + 1));
        }
        return order.stream().map(CatalogRecords::toItem).toList();
    }

    /** The questions of a quiz module in order, with the answer key: for the authors who write them. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<QuizQuestionItem> quizQuestions(long moduleId) {
        return questions.findByModuleIdOrderByPositionAsc(moduleId).stream()
                .map(CourseModuleService::toItem).toList();
    }

    /**
     * The questions of a quiz as a learner answers them: prompts and option labels in order, without the answer key.
     * Refused ({@link AccessDeniedException}) for a quiz of a course the caller may not read.
     */
    @PreAuthorize("isAuthenticated()")
    public List<QuizPaperQuestion> quizPaper(long moduleId) {
        access.readableModule(moduleId);
        return questions.findByModuleIdOrderByPositionAsc(moduleId).stream()
                .map(question -> new QuizPaperQuestion(question.getId(), question.getPosition(),
                        question.getPrompt(), question.isMultipleChoice(),
                        question.getOptions().stream().map(QuizOption::label).toList()))
                .toList();
    }

    /**
     * Marks a submitted quiz: for each question in order, whether the chosen option indexes ({@code answers} by
     * question id; a question left out is wrong) are exactly the right ones. Only right or wrong leaves, never which
     * options were right; the learning module records the attempt and keeps its limit. Refused for a quiz of a
     * course the caller may not read.
     */
    @PreAuthorize("isAuthenticated()")
    public List<QuizMark> markQuiz(long moduleId, Map<Long, Set<Integer>> answers) {
        access.readableModule(moduleId);
        return questions.findByModuleIdOrderByPositionAsc(moduleId).stream()
                .map(question -> {
                    List<QuizOption> options = question.getOptions();
                    Set<Integer> correct = IntStream.range(0, options.size()).filter(i -> options.get(i).correct())
                            .boxed().collect(Collectors.toCollection(TreeSet::new));
                    Set<Integer> chosen = new TreeSet<>(answers.getOrDefault(question.getId(), Set.of()));
                    return new QuizMark(question.getId(), question.getPrompt(), chosen.equals(correct));
                })
                .toList();
    }

    /** Appends a question to a quiz module. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public QuizQuestionItem addQuestion(long moduleId, QuizQuestionDraft draft) {
        CourseModule module = quizModule(moduleId);
        Course course = access.editableCourse(module.getCourseId());
        check(draft);
        QuizQuestion question = new QuizQuestion(moduleId,
                questions.findByModuleIdOrderByPositionAsc(moduleId).size() + 1);
        question.edit(draft.prompt().strip(), draft.multipleChoice(), stripped(draft.options()));
        QuizQuestionItem saved = toItem(questions.saveAndFlush(question));
        auditLog.record(QUESTION, saved.id(), "CREATE", "Added question " + saved.position() + " to quiz \""
                + module.getTitle() + "\" of " + describe(course), null, saved);
        return saved;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public QuizQuestionItem updateQuestion(long questionId, QuizQuestionDraft draft) {
        QuizQuestion question = question(questionId);
        CourseModule module = access.module(question.getModuleId());
        Course course = access.editableCourse(module.getCourseId());
        check(draft);
        QuizQuestionItem before = toItem(question);
        question.edit(draft.prompt().strip(), draft.multipleChoice(), stripped(draft.options()));
        questions.flush();
        QuizQuestionItem after = toItem(question);
        auditLog.record(QUESTION, questionId, "UPDATE", "Edited question " + after.position() + " of quiz \""
                + module.getTitle() + "\" of " + describe(course), before, after);
        return after;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void removeQuestion(long questionId) {
        QuizQuestion question = question(questionId);
        CourseModule module = access.module(question.getModuleId());
        Course course = access.editableCourse(module.getCourseId());
        QuizQuestionItem before = toItem(question);
        auditLog.record(QUESTION, questionId, "REMOVE", "Removed question " + before.position() + " from quiz \""
                + module.getTitle() + "\" of " + describe(course), before, null);
        questions.delete(question);
        questions.flush();
        int position = 1;
        for (QuizQuestion rest : questions.findByModuleIdOrderByPositionAsc(question.getModuleId())) {
            rest.moveTo(position++);
        }
    }

    private static void check(ModuleDraft draft) {
        if (draft.kind() == null) {
            throw new CatalogRuleException("kind", Text.of("catalog.module.kindRequired"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new CatalogRuleException("title", Text.of("catalog.module.titleRequired"));
        }
        if (draft.title().strip().length() > 160) {
            throw new CatalogRuleException("title", Text.of("catalog.field.tooLong", 160));
        }
        switch (draft.kind()) {
            case TEXT -> requireBody(draft, Text.of("catalog.module.textRequired"));
            case REFLECTION -> requireBody(draft, Text.of("catalog.module.reflectionRequired"));
            case VIDEO -> {
                if (!VideoLinks.isWebAddress(draft.url())) {
                    throw new CatalogRuleException("url", Text.of("catalog.module.urlInvalid"));
                }
                if (draft.url().strip().length() > 1000) {
                    throw new CatalogRuleException("url", Text.of("catalog.field.tooLong", 1000));
                }
            }
            case QUIZ -> {
                if (draft.passMark() == null || draft.passMark() < 1 || draft.passMark() > 100) {
                    throw new CatalogRuleException("passMark", Text.of("catalog.module.passMarkRange"));
                }
                if (draft.maxAttempts() != null && draft.maxAttempts() < 1) {
                    throw new CatalogRuleException("maxAttempts", Text.of("catalog.module.maxAttemptsMin"));
                }
            }
            case DOCUMENT -> {
                // the file is uploaded on its own; the body is an optional description
            }
        }
    }

    private static void requireBody(ModuleDraft draft, Text message) {
        if (draft.body() == null || draft.body().isBlank()) {
            throw new CatalogRuleException("body", message);
        }
    }

    private static void check(QuizQuestionDraft draft) {
        if (draft.prompt() == null || draft.prompt().isBlank()) {
            throw new CatalogRuleException("prompt", Text.of("catalog.question.promptRequired"));
        }
        if (draft.prompt().strip().length() > 1000) {
            throw new CatalogRuleException("prompt", Text.of("catalog.field.tooLong", 1000));
        }
        List<QuizOption> options = stripped(draft.options());
        if (options.size() < 2) {
            throw new CatalogRuleException("options", Text.of("catalog.question.twoAnswers"));
        }
        if (options.stream().anyMatch(option -> option.label().length() > 500)) {
            throw new CatalogRuleException("options", Text.of("catalog.question.answerTooLong", 500));
        }
        long correct = options.stream().filter(QuizOption::correct).count();
        if (draft.multipleChoice() ? correct < 1 : correct != 1) {
            throw new CatalogRuleException("options", Text.of(draft.multipleChoice()
                    ? "catalog.question.markOneOrMore" : "catalog.question.markExactlyOne"));
        }
    }

    /** Options without blank labels, labels stripped. */
    private static List<QuizOption> stripped(List<QuizOption> options) {
        return options.stream()
                .filter(option -> option.label() != null && !option.label().isBlank())
                .map(option -> new QuizOption(option.label().strip(), option.correct()))
                .toList();
    }

    private static void apply(CourseModule module, ModuleDraft draft) {
        module.setRequired(draft.required());
        if (draft.kind() == ModuleKind.QUIZ) {
            module.setQuizRules(draft.passMark(), draft.maxAttempts());
        }
    }

    private static void renumber(List<CourseModule> order) {
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i + 1);
        }
    }

    private static String withFile(DocumentUpload file) {
        return file == null ? "" : " with file " + file.fileName();
    }

    private CourseModule quizModule(long moduleId) {
        CourseModule module = access.module(moduleId);
        if (module.getKind() != ModuleKind.QUIZ) {
            throw new CatalogRuleException(null, Text.of("catalog.question.onlyQuiz"));
        }
        return module;
    }

    private QuizQuestion question(long questionId) {
        return questions.findById(questionId)
                .orElseThrow(() -> new CatalogRuleException(null, Text.of("catalog.question.gone")));
    }

    private static QuizQuestionItem toItem(QuizQuestion question) {
        return new QuizQuestionItem(question.getId(), question.getModuleId(), question.getPosition(),
                question.getPrompt(), question.isMultipleChoice(), question.getOptions());
    }
}
