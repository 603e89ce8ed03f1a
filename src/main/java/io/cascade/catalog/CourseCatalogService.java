package io.cascade.catalog;

import io.cascade.audit.AuditLog;
import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseDocument;
import io.cascade.catalog.internal.CourseDocumentRepository;
import io.cascade.catalog.internal.CourseModule;
import io.cascade.catalog.internal.CourseModuleRepository;
import io.cascade.catalog.internal.CourseRepository;
import io.cascade.catalog.internal.QuizQuestion;
import io.cascade.catalog.internal.QuizQuestionRepository;
import io.cascade.organization.OrganizationService;
import io.cascade.security.CascadeUser;
import io.cascade.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The course catalog: trainers and admins build it, and every change they make is audited. Everyone else signed in
 * reads only what is published: a draft or archived course, its modules and documents stay with its authors, and a
 * person reads the content of the courses of their own track only. Quiz answer keys never leave for learners: they
 * get the questions without the key ({@link #quizPaper(long)}) and the marking of an attempt ({@link #markQuiz}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CourseCatalogService {

    /** Office documents, PDFs, plain text and images: what a trainer hands out, nothing executable. */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx",
            "odt", "odp", "ods", "txt", "png", "jpg", "jpeg");

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final QuizQuestionRepository questions;
    private final CourseDocumentRepository documents;
    private final long maxDocumentBytes;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final OrganizationService organization;
    private final Clock clock;

    static final String COURSE = "Course";
    static final String MODULE = "Course module";
    static final String QUESTION = "Quiz question";

    CourseCatalogService(CourseRepository courses, CourseModuleRepository modules, QuizQuestionRepository questions,
            CourseDocumentRepository documents,
            @Value("${cascade.documents.max-bytes:10485760}") long maxDocumentBytes,
            ApplicationEventPublisher events, AuditLog auditLog, CurrentUser currentUser,
            OrganizationService organization, Clock clock) {
        this.events = events;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.organization = organization;
        this.courses = courses;
        this.modules = modules;
        this.questions = questions;
        this.documents = documents;
        this.maxDocumentBytes = maxDocumentBytes;
        this.clock = clock;
    }

    /** Every course, by title; for anyone but trainers and admins only the published ones. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseSummary> listCourses() {
        return isAuthor() ? courses.findSummaries(null) : courses.findSummaries(CourseStatus.PUBLISHED);
    }

    /**
     * Courses in one status, by title; e.g. PUBLISHED for what learners can take. Drafts and archived courses are
     * listed for trainers and admins only (empty for anyone else).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CourseSummary> listCourses(CourseStatus status) {
        if (status != CourseStatus.PUBLISHED && !isAuthor()) {
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
        return courses.findById(courseId).filter(this::mayRead).map(this::toDetails);
    }

    /** The largest document a trainer may upload, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxDocumentBytes() {
        return maxDocumentBytes;
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
                .orElseThrow(() -> new CatalogRuleException(null, "The course no longer exists"));
        if (course.getVersion() != expectedVersion) {
            throw new CourseChangedException();
        }
        requireEditable(course);
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
        Course course = course(courseId);
        if (course.getStatus() != CourseStatus.DRAFT) {
            throw new CatalogRuleException(null, "Only a draft can be published");
        }
        List<CourseModule> parts = modules.findByCourseIdOrderByPositionAsc(courseId);
        if (parts.isEmpty()) {
            throw new CatalogRuleException(null, "Add at least one module before publishing");
        }
        for (CourseModule module : parts) {
            if (module.getKind() == ModuleKind.QUIZ
                    && questions.findByModuleIdOrderByPositionAsc(module.getId()).isEmpty()) {
                throw new CatalogRuleException(null, "The quiz \"" + module.getTitle() + "\" has no questions yet");
            }
            if (module.getKind() == ModuleKind.DOCUMENT && documents.findInfoByModuleId(module.getId()).isEmpty()) {
                throw new CatalogRuleException(null, "The document \"" + module.getTitle() + "\" has no file yet");
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
        Course course = course(courseId);
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            throw new CatalogRuleException(null, "Only a published course can be unpublished");
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
        Course course = course(courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, "The course is archived already");
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
        Course course = course(courseId);
        if (course.getStatus() != CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, "Only an archived course can be restored");
        }
        Map<String, Object> before = snapshot(course);
        course.changeStatus(CourseStatus.DRAFT, clock.instant());
        courses.flush();
        auditLog.record(COURSE, course.getId(), "RESTORE", "Restored course as a draft: " + describe(course), before, snapshot(course));
        return toDetails(course);
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
        Course course = editableCourse(courseId);
        check(draft);
        int position = modules.findByCourseIdOrderByPositionAsc(courseId).size() + 1;
        CourseModule module = new CourseModule(courseId, position, draft.title().strip(), draft.kind(),
                blankToNull(draft.body()), blankToNull(draft.url()));
        apply(module, draft);
        module = modules.saveAndFlush(module);
        if (file != null) {
            storeDocument(module, file);
        }
        auditLog.record(MODULE, module.getId(), "CREATE", "Added module \"" + module.getTitle() + "\" to "
                + describe(course) + withFile(file), null, toItem(module));
        return toItem(module);
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
        CourseModule module = module(moduleId);
        Course course = editableCourse(module.getCourseId());
        if (draft.kind() != module.getKind()) {
            throw new CatalogRuleException("kind", "The kind of a module cannot change; add a new module instead");
        }
        check(draft);
        CourseModuleItem before = toItem(module);
        module.edit(draft.title().strip(), blankToNull(draft.body()), blankToNull(draft.url()));
        apply(module, draft);
        if (file != null) {
            storeDocument(module, file);
        }
        modules.flush();
        auditLog.record(MODULE, moduleId, "UPDATE", "Edited module \"" + module.getTitle() + "\" of "
                + describe(course) + withFile(file), before, toItem(module));
        return toItem(module);
    }

    /** Removes a module with its questions or file; the modules after it move up. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void removeModule(long moduleId) {
        CourseModule module = module(moduleId);
        Course course = editableCourse(module.getCourseId());
        CourseModuleItem before = toItem(module);
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
        CourseModule module = module(moduleId);
        Course course = editableCourse(module.getCourseId());
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
        return order.stream().map(CourseCatalogService::toItem).toList();
    }

    /** The questions of a quiz module in order, with the answer key: for the authors who write them. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<QuizQuestionItem> quizQuestions(long moduleId) {
        return questions.findByModuleIdOrderByPositionAsc(moduleId).stream()
                .map(CourseCatalogService::toItem).toList();
    }

    /**
     * The questions of a quiz as a learner answers them: prompts and option labels in order, without the answer key.
     * Refused ({@link AccessDeniedException}) for a quiz of a course the caller may not read.
     */
    @PreAuthorize("isAuthenticated()")
    public List<QuizPaperQuestion> quizPaper(long moduleId) {
        readableModule(moduleId);
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
        readableModule(moduleId);
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
        Course course = editableCourse(module.getCourseId());
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
        CourseModule module = module(question.getModuleId());
        Course course = editableCourse(module.getCourseId());
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
        CourseModule module = module(question.getModuleId());
        Course course = editableCourse(module.getCourseId());
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

    /**
     * Stores (or replaces) the file of a DOCUMENT module. Refused with a message naming the limit when the file is
     * empty, larger than {@link #maxDocumentBytes()} or not one of {@link #DOCUMENT_EXTENSIONS}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public DocumentInfo uploadDocument(long moduleId, String fileName, String contentType, byte[] content) {
        CourseModule module = module(moduleId);
        Course course = editableCourse(module.getCourseId());
        DocumentInfo before = documents.findInfoByModuleId(moduleId).orElse(null);
        DocumentInfo stored = storeDocument(module, new DocumentUpload(fileName, contentType, content));
        auditLog.record(MODULE, moduleId, "UPLOAD_DOCUMENT", "Uploaded " + stored.fileName() + " to module \""
                + module.getTitle() + "\" of " + describe(course), before, stored);
        return stored;
    }

    private DocumentInfo storeDocument(CourseModule module, DocumentUpload file) {
        long moduleId = module.getId();
        String fileName = file.fileName();
        String contentType = file.contentType();
        byte[] content = file.content();
        if (module.getKind() != ModuleKind.DOCUMENT) {
            throw new CatalogRuleException("file", "Only a document module takes a file");
        }
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        if (!DOCUMENT_EXTENSIONS.contains(extension)) {
            throw new CatalogRuleException("file", "Files of this type cannot be uploaded; allowed are "
                    + String.join(", ", DOCUMENT_EXTENSIONS.stream().sorted().toList()));
        }
        if (content == null || content.length == 0) {
            throw new CatalogRuleException("file", "The file is empty");
        }
        if (content.length > maxDocumentBytes) {
            throw new CatalogRuleException("file", "The file is " + megabytes(content.length)
                    + "; the limit is " + megabytes(maxDocumentBytes));
        }
        CourseDocument document = documents.findByModuleId(moduleId).orElseGet(() -> new CourseDocument(moduleId));
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        document.replace(name.length() > 255 ? name.substring(name.length() - 255) : name, type, content,
                clock.instant());
        document = documents.save(document);
        return new DocumentInfo(moduleId, document.getFileName(), document.getContentType(), document.getSizeBytes(),
                document.getUploadedAt());
    }

    /** The file name and size of a document module; refused for a module of a course the caller may not read. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentInfo> documentInfo(long moduleId) {
        readableModule(moduleId);
        return documents.findInfoByModuleId(moduleId);
    }

    /** The file of a document module, for download; refused for a module of a course the caller may not read. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentFile> documentFile(long moduleId) {
        readableModule(moduleId);
        return documents.findByModuleId(moduleId)
                .map(document -> new DocumentFile(document.getFileName(), document.getContentType(),
                        document.getContent()));
    }

    private static void check(ModuleDraft draft) {
        if (draft.kind() == null) {
            throw new CatalogRuleException("kind", "Choose the kind of module");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new CatalogRuleException("title", "A module needs a title");
        }
        if (draft.title().strip().length() > 160) {
            throw new CatalogRuleException("title", "At most 160 characters");
        }
        switch (draft.kind()) {
            case TEXT -> requireBody(draft, "Write the text of the module");
            case REFLECTION -> requireBody(draft, "Write the question the learner reflects on");
            case VIDEO -> {
                if (!VideoLinks.isWebAddress(draft.url())) {
                    throw new CatalogRuleException("url", "Enter a web address starting with https://");
                }
                if (draft.url().strip().length() > 1000) {
                    throw new CatalogRuleException("url", "At most 1000 characters");
                }
            }
            case QUIZ -> {
                if (draft.passMark() == null || draft.passMark() < 1 || draft.passMark() > 100) {
                    throw new CatalogRuleException("passMark", "A pass mark is a percentage from 1 to 100");
                }
                if (draft.maxAttempts() != null && draft.maxAttempts() < 1) {
                    throw new CatalogRuleException("maxAttempts", "At least one attempt (empty for unlimited)");
                }
            }
            case DOCUMENT -> {
                // the file is uploaded on its own; the body is an optional description
            }
        }
    }

    private static void requireBody(ModuleDraft draft, String message) {
        if (draft.body() == null || draft.body().isBlank()) {
            throw new CatalogRuleException("body", message);
        }
    }

    private static void check(QuizQuestionDraft draft) {
        if (draft.prompt() == null || draft.prompt().isBlank()) {
            throw new CatalogRuleException("prompt", "Write the question");
        }
        if (draft.prompt().strip().length() > 1000) {
            throw new CatalogRuleException("prompt", "At most 1000 characters");
        }
        List<QuizOption> options = stripped(draft.options());
        if (options.size() < 2) {
            throw new CatalogRuleException("options", "A question needs at least two answers");
        }
        if (options.stream().anyMatch(option -> option.label().length() > 500)) {
            throw new CatalogRuleException("options", "An answer has at most 500 characters");
        }
        long correct = options.stream().filter(QuizOption::correct).count();
        if (draft.multipleChoice() ? correct < 1 : correct != 1) {
            throw new CatalogRuleException("options", draft.multipleChoice()
                    ? "Mark at least one answer as correct" : "Mark exactly one answer as correct");
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

    private Course course(long courseId) {
        return courses.findById(courseId)
                .orElseThrow(() -> new CatalogRuleException(null, "The course no longer exists"));
    }

    private Course editableCourse(long courseId) {
        return requireEditable(course(courseId));
    }

    private static Course requireEditable(Course course) {
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, "An archived course cannot be changed; restore it first");
        }
        return course;
    }

    /** Trainers and admins author the catalog and read all of it. */
    private static boolean isAuthor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_TRAINER") || role.equals("ROLE_ADMIN"));
    }

    /**
     * Whether the caller may read a course's content: authors always; anyone else a published course, and a person
     * only one of their own track.
     */
    private boolean mayRead(Course course) {
        if (isAuthor()) {
            return true;
        }
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            return false;
        }
        return currentUser.get().map(CascadeUser::getUsername).flatMap(organization::currentPerson)
                .map(me -> course.getAudience().includes(me.level()))
                .orElse(true);
    }

    /** The module, when the caller may read its course; otherwise refused as if it were somebody else's file. */
    private CourseModule readableModule(long moduleId) {
        CourseModule module = modules.findById(moduleId)
                .orElseThrow(() -> new AccessDeniedException("This module is not available to you"));
        if (!courses.findById(module.getCourseId()).map(this::mayRead).orElse(false)) {
            throw new AccessDeniedException("This module is not available to you");
        }
        return module;
    }

    /** "SVC-100 The Northwind Service Standard" */
    private static String describe(Course course) {
        return course.getCode() + " " + course.getTitle();
    }

    private static String withFile(DocumentUpload file) {
        return file == null ? "" : " with file " + file.fileName();
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

    private CourseModule module(long moduleId) {
        return modules.findById(moduleId)
                .orElseThrow(() -> new CatalogRuleException(null, "The module no longer exists"));
    }

    private CourseModule quizModule(long moduleId) {
        CourseModule module = module(moduleId);
        if (module.getKind() != ModuleKind.QUIZ) {
            throw new CatalogRuleException(null, "Only a quiz module has questions");
        }
        return module;
    }

    private QuizQuestion question(long questionId) {
        return questions.findById(questionId)
                .orElseThrow(() -> new CatalogRuleException(null, "The question no longer exists"));
    }

    private CourseDetails toDetails(Course course) {
        return new CourseDetails(course.getId(), course.getVersion(), course.getCode(), course.getTitle(), course.getSummary(),
                course.getAudience(), course.getStatus(), course.getRefresherMonths(), course.getContextText(),
                course.getContentText(), course.getBuyInText(),
                modules.findByCourseIdOrderByPositionAsc(course.getId()).stream()
                        .map(CourseCatalogService::toItem)
                        .toList());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static CourseModuleItem toItem(CourseModule module) {
        return new CourseModuleItem(module.getId(), module.getPosition(), module.getTitle(), module.getKind(),
                module.getBody(), module.getUrl(), module.isRequired(), module.getPassMark(),
                module.getMaxAttempts());
    }

    private static QuizQuestionItem toItem(QuizQuestion question) {
        return new QuizQuestionItem(question.getId(), question.getModuleId(), question.getPosition(),
                question.getPrompt(), question.isMultipleChoice(), question.getOptions());
    }
}
