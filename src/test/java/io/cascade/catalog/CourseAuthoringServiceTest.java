package io.cascade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A trainer builds a course: edits it, adds each kind of module, reorders them, writes a quiz, publishes. */
@CascadeSpringTest
@Transactional
@WithMockUser(roles = "TRAINER")
class CourseAuthoringServiceTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    CourseService courses;
    @Autowired
    CourseModuleService courseModules;
    @Autowired
    CourseDocumentService documents;

    long draftCourse() {
        return courses.createCourse(new NewCourse("AUTH-" + System.nanoTime() % 1_000_000 + "-"
                + CODES.incrementAndGet(), "Handling Complaints", null, Audience.STAFF, null, null, null, null)).id();
    }

    static ModuleDraft text(String title) {
        return new ModuleDraft(title, ModuleKind.TEXT, "Listen first.", null, true, null, null);
    }

    @Test
    void shouldEditTheCourseDescriptionAndTrack() {
        long id = draftCourse();

        CourseDetails edited = courses.updateCourse(id, courses.findCourse(id).orElseThrow().version(), new CourseEdit("Handling Complaints Well", "Short",
                Audience.LEADERSHIP, 6, "Why it matters", "What we do", "  "));

        assertThat(edited.title()).isEqualTo("Handling Complaints Well");
        assertThat(edited.audience()).isEqualTo(Audience.LEADERSHIP);
        assertThat(edited.refresherMonths()).isEqualTo(6);
        assertThat(edited.contextText()).isEqualTo("Why it matters");
        assertThat(edited.buyInText()).isNull();
    }

    @Test
    void aCourseEditOverSomeoneElsesSaveIsRefusedAndTheirsIsKept() {
        long id = draftCourse();
        long opened = courses.findCourse(id).orElseThrow().version();
        courses.updateCourse(id, opened, new CourseEdit("Handling Complaints Kindly", null, Audience.STAFF, null,
                null, null, null));

        assertThatThrownBy(() -> courses.updateCourse(id, opened, new CourseEdit("Handling Complaints Fast", null,
                Audience.ALL, null, null, null, null))).isInstanceOf(CourseChangedException.class)
                .hasMessageContaining("Someone else changed this course").hasMessageContaining("reload");
        CourseDetails kept = courses.findCourse(id).orElseThrow();
        assertThat(kept.title()).isEqualTo("Handling Complaints Kindly");
        assertThat(kept.audience()).isEqualTo(Audience.STAFF);
    }

    @Test
    void aCourseEditAfterSomeoneElsePublishedItIsRefused() {
        long id = draftCourse();
        long opened = courses.findCourse(id).orElseThrow().version();
        courseModules.addModule(id, text("Why"));
        courses.publish(id);

        assertThatThrownBy(() -> courses.updateCourse(id, opened, new CourseEdit("Renamed", null, Audience.STAFF,
                null, null, null, null))).isInstanceOf(CourseChangedException.class);
    }

    @Test
    void shouldAddEachKindOfModuleAndKeepThemInOrder() {
        long id = draftCourse();
        courseModules.addModule(id, text("Why"));
        courseModules.addModule(id, new ModuleDraft("Watch", ModuleKind.VIDEO, null, "https://youtu.be/dQw4w9WgXcQ",
                true, null, null));
        courseModules.addModule(id, new ModuleDraft("Handout", ModuleKind.DOCUMENT, null, null, false, null, null),
                new DocumentUpload("handout.pdf", "application/pdf", new byte[] {1, 2, 3}));
        courseModules.addModule(id, new ModuleDraft("Check", ModuleKind.QUIZ, null, null, true, 80, 3));
        courseModules.addModule(id, new ModuleDraft("Think", ModuleKind.REFLECTION, "What do you expect?", null, true,
                null, null));

        CourseDetails course = courses.findCourse(id).orElseThrow();
        assertThat(course.modules()).extracting(CourseModuleItem::kind).containsExactly(ModuleKind.TEXT,
                ModuleKind.VIDEO, ModuleKind.DOCUMENT, ModuleKind.QUIZ, ModuleKind.REFLECTION);
        assertThat(course.modules()).extracting(CourseModuleItem::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(course.modules().get(2).required()).isFalse();
        assertThat(course.modules().get(3).passMark()).isEqualTo(80);
        long handout = course.modules().get(2).id();
        assertThat(documents.documentInfo(handout)).hasValueSatisfying(info -> {
            assertThat(info.fileName()).isEqualTo("handout.pdf");
            assertThat(info.sizeBytes()).isEqualTo(3);
        });
        assertThat(documents.documentFile(handout).orElseThrow().content()).containsExactly(1, 2, 3);
    }

    @Test
    void shouldMoveModulesUpAndDownAndCloseTheGapWhenOneIsRemoved() {
        long id = draftCourse();
        long first = courseModules.addModule(id, text("First")).id();
        long second = courseModules.addModule(id, text("Second")).id();
        long third = courseModules.addModule(id, text("Third")).id();

        courseModules.moveModule(third, -1);
        assertThat(titles(id)).containsExactly("First", "Third", "Second");
        courseModules.moveModule(first, -1);
        assertThat(titles(id)).containsExactly("First", "Third", "Second");
        courseModules.moveModule(first, 1);
        assertThat(titles(id)).containsExactly("Third", "First", "Second");

        courseModules.removeModule(third);
        assertThat(courses.findCourse(id).orElseThrow().modules()).extracting(CourseModuleItem::position)
                .containsExactly(1, 2);
        assertThat(titles(id)).containsExactly("First", "Second");
        assertThat(second).isPositive();
    }

    List<String> titles(long courseId) {
        return courses.findCourse(courseId).orElseThrow().modules().stream().map(CourseModuleItem::title).toList();
    }

    @Test
    void shouldNameTheFieldAtFaultForABadModule() {
        long id = draftCourse();

        assertThatThrownBy(() -> courseModules.addModule(id, new ModuleDraft(" ", ModuleKind.TEXT, "x", null, true,
                null, null))).isInstanceOfSatisfying(CatalogRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> courseModules.addModule(id, new ModuleDraft("Video", ModuleKind.VIDEO, null,
                "youtube.com/watch?v=abc", true, null, null)))
                .isInstanceOfSatisfying(CatalogRuleException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> courseModules.addModule(id, new ModuleDraft("Quiz", ModuleKind.QUIZ, null, null, true,
                0, null))).isInstanceOfSatisfying(CatalogRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("passMark"));
        assertThat(courses.findCourse(id).orElseThrow().modules()).isEmpty();
    }

    @Test
    void shouldRefuseAnOversizedOrForeignDocumentAndSaveNothing() {
        long id = draftCourse();
        var draft = new ModuleDraft("Handout", ModuleKind.DOCUMENT, null, null, true, null, null);
        byte[] tooBig = new byte[(int) documents.maxDocumentBytes() + 1];

        assertThatThrownBy(() -> courseModules.addModule(id, draft, new DocumentUpload("big.pdf", "application/pdf",
                tooBig))).isInstanceOfSatisfying(CatalogRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("the limit is 10.0 MB");
                });
        assertThatThrownBy(() -> courseModules.addModule(id, draft, new DocumentUpload("run.exe",
                "application/octet-stream", new byte[] {1}))).isInstanceOf(CatalogRuleException.class)
                .hasMessageContaining("cannot be uploaded");
    }

    @Test
    void shouldWriteQuizQuestionsWithSingleAndMultipleChoice() {
        long id = draftCourse();
        long quiz = courseModules.addModule(id, new ModuleDraft("Check", ModuleKind.QUIZ, null, null, true, 50, null))
                .id();

        courseModules.addQuestion(quiz, new QuizQuestionDraft("First thing to do?", false, List.of(
                new QuizOption("Greet", true), new QuizOption("Ignore", false), new QuizOption(" ", false))));
        QuizQuestionItem multiple = courseModules.addQuestion(quiz, new QuizQuestionDraft("Good habits?", true, List.of(
                new QuizOption("Eye contact", true), new QuizOption("Name", true), new QuizOption("Phone", false))));

        assertThat(courseModules.quizQuestions(quiz)).extracting(QuizQuestionItem::prompt)
                .containsExactly("First thing to do?", "Good habits?");
        assertThat(courseModules.quizQuestions(quiz).getFirst().options()).hasSize(2);
        assertThat(multiple.options()).filteredOn(QuizOption::correct).hasSize(2);
        assertThatThrownBy(() -> courseModules.addQuestion(quiz, new QuizQuestionDraft("Two right?", false, List.of(
                new QuizOption("A", true), new QuizOption("B", true))))).isInstanceOf(CatalogRuleException.class)
                .hasMessage("Mark exactly one answer as correct");
        assertThatThrownBy(() -> courseModules.addQuestion(quiz, new QuizQuestionDraft("Alone?", false, List.of(
                new QuizOption("A", true))))).hasMessage("A question needs at least two answers");

        courseModules.removeQuestion(courseModules.quizQuestions(quiz).getFirst().id());
        assertThat(courseModules.quizQuestions(quiz)).singleElement()
                .satisfies(question -> assertThat(question.position()).isEqualTo(1));
    }

    @Test
    void shouldPublishOnlyACompleteCourseThenUnpublishArchiveAndRestoreIt() {
        long id = draftCourse();
        assertThatThrownBy(() -> courses.publish(id)).hasMessage("Add at least one module before publishing");
        long quiz = courseModules.addModule(id, new ModuleDraft("Check", ModuleKind.QUIZ, null, null, true, 50, null))
                .id();
        assertThatThrownBy(() -> courses.publish(id)).hasMessageContaining("has no questions yet");
        courseModules.addQuestion(quiz, new QuizQuestionDraft("Smile?", false, List.of(new QuizOption("Yes", true),
                new QuizOption("No", false))));

        assertThat(courses.publish(id).status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(courses.unpublish(id).status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(courses.archive(id).status()).isEqualTo(CourseStatus.ARCHIVED);
        assertThatThrownBy(() -> courseModules.addModule(id, text("Late"))).hasMessageContaining("archived");
        assertThat(courses.restore(id).status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldRefuseAuthoringToEmployees() {
        long course = courses.listCourses().getFirst().id();

        assertThatThrownBy(() -> courseModules.addModule(course, text("Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.archive(course)).isInstanceOf(AccessDeniedException.class);
    }
}
