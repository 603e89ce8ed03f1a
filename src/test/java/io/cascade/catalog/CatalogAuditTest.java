package io.cascade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditTrail;
import io.cascade.audit.AuditTrail.Entry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Every change a trainer makes to a course, its modules, quiz questions and documents is in the audit trail. */
@CascadeSpringTest
@Transactional
@WithMockUser(username = "course-author", roles = "TRAINER")
class CatalogAuditTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    CourseService courses;
    @Autowired
    CourseModuleService courseModules;
    @Autowired
    CourseDocumentService documents;
    @Autowired
    AuditTrail audit;

    long courseId;
    String code;

    @BeforeEach
    void aDraftCourse() {
        code = "AUD-" + System.nanoTime() % 1_000_000 + "-" + CODES.incrementAndGet();
        courseId = courses.createCourse(new NewCourse(code, "Greeting Guests", null, Audience.STAFF, null, null,
                null, null)).id();
    }

    static void byTheAuthor(Entry entry, String action, String summaryPart) {
        assertThat(entry.actor()).isEqualTo("course-author");
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.summary()).contains(summaryPart);
    }

    long textModule(String title) {
        return courseModules.addModule(courseId, new ModuleDraft(title, ModuleKind.TEXT, "Smile.", null, true, null,
                null)).id();
    }

    @Test
    void creatingACourseRecordsWhoCreatedWhichCourse() {
        Entry entry = audit.last("Course", courseId, "CREATE");

        byTheAuthor(entry, "CREATE", code + " Greeting Guests");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void editingACourseRecordsItsStateBeforeAndAfter() {
        long version = courses.findCourse(courseId).orElseThrow().version();

        courses.updateCourse(courseId, version, new CourseEdit("Greeting Guests Warmly", null, Audience.ALL, 12,
                null, null, null));

        Entry entry = audit.last("Course", courseId, "UPDATE");
        byTheAuthor(entry, "UPDATE", "Greeting Guests Warmly");
        assertThat(entry.before()).contains("\"title\":\"Greeting Guests\"", "\"audience\":\"STAFF\"");
        assertThat(entry.after()).contains("\"title\":\"Greeting Guests Warmly\"", "\"refresherMonths\":12");
    }

    @Test
    void publishingACourseIsRecorded() {
        textModule("Why");

        courses.publish(courseId);

        Entry entry = audit.last("Course", courseId, "PUBLISH");
        byTheAuthor(entry, "PUBLISH", code);
        assertThat(entry.before()).contains("\"status\":\"DRAFT\"");
        assertThat(entry.after()).contains("\"status\":\"PUBLISHED\"");
    }

    @Test
    void unpublishingACourseIsRecorded() {
        textModule("Why");
        courses.publish(courseId);

        courses.unpublish(courseId);

        byTheAuthor(audit.last("Course", courseId, "UNPUBLISH"), "UNPUBLISH", code);
    }

    @Test
    void archivingAndRestoringACourseAreRecorded() {
        courses.archive(courseId);
        courses.restore(courseId);

        byTheAuthor(audit.last("Course", courseId, "ARCHIVE"), "ARCHIVE", code);
        Entry restored = audit.last("Course", courseId, "RESTORE");
        byTheAuthor(restored, "RESTORE", code);
        assertThat(restored.after()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void addingAModuleRecordsWhichModuleOfWhichCourse() {
        long module = textModule("Why service matters");

        Entry entry = audit.last("Course module", module, "CREATE");
        byTheAuthor(entry, "CREATE", "\"Why service matters\" to " + code);
        assertThat(entry.after()).contains("\"title\":\"Why service matters\"", "\"kind\":\"TEXT\"");
    }

    @Test
    void editingAModuleRecordsItsStateBeforeAndAfter() {
        long module = textModule("Why");

        courseModules.updateModule(module, new ModuleDraft("Why it matters", ModuleKind.TEXT, "Smile and listen.", null,
                false, null, null));

        Entry entry = audit.last("Course module", module, "UPDATE");
        byTheAuthor(entry, "UPDATE", "\"Why it matters\" of " + code);
        assertThat(entry.before()).contains("\"title\":\"Why\"", "\"required\":true");
        assertThat(entry.after()).contains("\"title\":\"Why it matters\"", "\"required\":false");
    }

    @Test
    void movingAModuleRecordsItsOldAndNewPosition() {
        textModule("First");
        long second = textModule("Second");

        courseModules.moveModule(second, -1);

        Entry entry = audit.last("Course module", second, "MOVE");
        byTheAuthor(entry, "MOVE", "from position 2 to 1");
        assertThat(entry.before()).isEqualTo("{\"position\":2}");
        assertThat(entry.after()).isEqualTo("{\"position\":1}");
    }

    @Test
    void removingAModuleRecordsWhatWasRemoved() {
        long module = textModule("Old news");

        courseModules.removeModule(module);

        Entry entry = audit.last("Course module", module, "REMOVE");
        byTheAuthor(entry, "REMOVE", "\"Old news\" from " + code);
        assertThat(entry.before()).contains("\"title\":\"Old news\"");
        assertThat(entry.after()).isNull();
    }

    @Test
    void uploadingADocumentRecordsTheFileAndTheModule() {
        long module = courseModules.addModule(courseId, new ModuleDraft("Handout", ModuleKind.DOCUMENT, null, null,
                true, null, null)).id();

        documents.uploadDocument(module, "handout.pdf", "application/pdf", new byte[] {1, 2, 3});

        Entry entry = audit.last("Course module", module, "UPLOAD_DOCUMENT");
        byTheAuthor(entry, "UPLOAD_DOCUMENT", "handout.pdf to module \"Handout\" of " + code);
        assertThat(entry.after()).contains("\"fileName\":\"handout.pdf\"", "\"sizeBytes\":3");
    }

    @Test
    void writingEditingAndRemovingQuizQuestionsIsRecorded() {
        long quiz = courseModules.addModule(courseId, new ModuleDraft("Check", ModuleKind.QUIZ, null, null, true, 50,
                null)).id();
        QuizQuestionItem question = courseModules.addQuestion(quiz, new QuizQuestionDraft("First thing to do?", false,
                List.of(new QuizOption("Greet", true), new QuizOption("Ignore", false))));
        courseModules.updateQuestion(question.id(), new QuizQuestionDraft("The first thing to do?", false,
                List.of(new QuizOption("Greet", false), new QuizOption("Smile", true))));
        courseModules.removeQuestion(question.id());

        Entry added = audit.last("Quiz question", question.id(), "CREATE");
        byTheAuthor(added, "CREATE", "quiz \"Check\" of " + code);
        assertThat(added.after()).contains("First thing to do?");
        Entry edited = audit.last("Quiz question", question.id(), "UPDATE");
        byTheAuthor(edited, "UPDATE", "quiz \"Check\"");
        assertThat(edited.before()).contains("\"label\":\"Greet\",\"correct\":true");
        assertThat(edited.after()).contains("\"label\":\"Smile\",\"correct\":true");
        Entry removed = audit.last("Quiz question", question.id(), "REMOVE");
        byTheAuthor(removed, "REMOVE", "quiz \"Check\"");
        assertThat(removed.after()).isNull();
    }
}
