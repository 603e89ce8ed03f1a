package io.cascade.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import io.cascade.CascadeSpringTest;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseDocumentService;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.ModuleKind;
import io.cascade.catalog.NewCourse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("trainer")
class CourseEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;
    @Autowired
    CourseDocumentService documents;

    long newCourse() {
        return courses.createCourse(new NewCourse("UI-" + System.nanoTime() % 10_000_000, "Phone Manners", null,
                Audience.STAFF, null, null, null, null)).id();
    }

    CourseEditorView open(long courseId) {
        return AopTestUtils.getUltimateTargetObject(
                navigate(CourseEditorView.class, java.util.Map.of("courseId", String.valueOf(courseId))));
    }

    @Test
    void shouldOpenACourseFromTheCatalogue() {
        CoursesView list = AopTestUtils.getUltimateTargetObject(navigate(CoursesView.class));
        var first = list.grid.getListDataView().getItem(0);

        test(list.grid).clickRow(0);

        assertThat(AopTestUtils.<Object>getUltimateTargetObject(getCurrentView())).isInstanceOf(CourseEditorView.class);
        assertThat(((CourseEditorView) AopTestUtils.getUltimateTargetObject(getCurrentView())).heading.getText()).isEqualTo(first.title());
    }

    @Test
    void shouldDraftANewCourseAndOpenIt() {
        CoursesView list = AopTestUtils.getUltimateTargetObject(navigate(CoursesView.class));
        test(list.newCourse).click();
        NewCourseDialog dialog = $(NewCourseDialog.class).single();
        test(dialog.code).setValue("NEW-" + System.nanoTime() % 10_000_000);
        test(dialog.title).setValue("Warm Welcomes");

        test(dialog.create).click();

        CourseEditorView editor = (CourseEditorView) AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(editor.heading.getText()).isEqualTo("Warm Welcomes");
        assertThat(editor.status.getText()).isEqualTo("Draft");
        assertThat(editor.publish.isVisible()).isTrue();
    }

    @Test
    void shouldRefuseAnEmptyTitleAtTheFieldAndSaveNothing() {
        long id = newCourse();
        CourseEditorView editor = open(id);

        test(editor.title).setValue("");
        test(editor.save).click();

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("A course needs a title");
        assertThat(courses.findCourse(id).orElseThrow().title()).isEqualTo("Phone Manners");
    }

    @Test
    void shouldAddATextModuleShowingASafePreviewThenPublish() {
        long id = newCourse();
        CourseEditorView editor = open(id);

        test(editor.addModule).click();
        ModuleDialog dialog = $(ModuleDialog.class).single();
        test(dialog.title).setValue("Why it matters");
        test(dialog.body).setValue("Be **kind**<script>alert(1)</script>");
        assertThat(dialog.preview.getElement().getChild(1).getOuterHTML()).contains("<strong>kind</strong>")
                .doesNotContain("<script");
        test(dialog.save).click();

        assertThat(editor.modules.getListDataView().getItems()).singleElement()
                .satisfies(module -> assertThat(module.kind()).isEqualTo(ModuleKind.TEXT));
        test(editor.publish).click();
        assertThat(editor.status.getText()).isEqualTo("Published");
        assertThat(courses.findCourse(id).orElseThrow().status()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedByTheServerEvenWhenTheBrowserSendsIt() {
        long id = newCourse();
        CourseEditorView editor = open(id);
        test(editor.addModule).click();
        ModuleDialog dialog = $(ModuleDialog.class).single();
        test(dialog.title).setValue("Handout");
        dialog.kind.setValue(ModuleKind.DOCUMENT);

        // a client that skips the upload's own limit (the browser's check is a courtesy)
        test(dialog.upload).upload("huge.pdf", "application/pdf", new byte[(int) documents.maxDocumentBytes() + 1]);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(dialog.uploadError.getText()).isEqualTo(io.cascade.base.ui.imports.LimitedUpload.tooLarge(
                documents.maxDocumentBytes()));
        test(dialog.upload).upload("handout.pdf", "application/pdf", new byte[] {1, 2, 3});
        session.getService().runPendingAccessTasks(session);
        roundTrip();
        assertThat(dialog.currentFile.getText()).as("a file within the limit still goes through")
                .isEqualTo("Ready to save: handout.pdf (1 KB)");
        assertThat(dialog.uploadError.getText()).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedVideoLinkAtTheField() {
        long id = newCourse();
        CourseEditorView editor = open(id);
        test(editor.addModule).click();
        ModuleDialog dialog = $(ModuleDialog.class).single();
        test(dialog.kind).selectItem("Video");
        test(dialog.title).setValue("Watch this");
        test(dialog.url).setValue("www.youtube.com/watch?v=dQw4w9WgXcQ");

        test(dialog.save).click();

        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(courses.findCourse(id).orElseThrow().modules()).isEmpty();
        assertThat($(Dialog.class).all()).hasSize(1);
        assertThat($(Button.class).all()).isNotEmpty();
    }

    @Test
    void aSaveOverSomeoneElsesChangeShowsTheReloadMessageAboveTheFormAndKeepsTheirs() {
        long id = newCourse();
        CourseEditorView editor = open(id);
        var opened = courses.findCourse(id).orElseThrow();
        courses.updateCourse(id, opened.version(), new io.cascade.catalog.CourseEdit("Phone Manners, Revised",
                null, Audience.STAFF, null, null, null, null));

        test(editor.title).setValue("Phone Manners for Everyone");
        test(editor.save).click();

        assertThat(editor.formError.isVisible()).isTrue();
        assertThat(editor.formError.getText()).contains("Someone else changed this course", "reload");
        assertThat(editor.title.getValue()).as("what I typed is still there").isEqualTo("Phone Manners for Everyone");
        assertThat(courses.findCourse(id).orElseThrow().title()).isEqualTo("Phone Manners, Revised");
    }
}
