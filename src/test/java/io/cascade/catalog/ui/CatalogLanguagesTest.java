package io.cascade.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RenderedTexts;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseDocumentService;
import io.cascade.catalog.CourseModuleItem;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.ModuleDraft;
import io.cascade.catalog.ModuleKind;
import io.cascade.catalog.NewCourse;
import io.cascade.catalog.QuizOption;
import io.cascade.catalog.QuizQuestionDraft;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/**
 * Every view and dialog of the catalog reads in German, French and Spanish: no key shows where its text is missing
 * ({@code !catalog.…!}), and the page speaks the language asked for, its refusals included.
 */
@CascadeSpringTest
@WithUserDetails("trainer")
class CatalogLanguagesTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;
    @Autowired
    CourseModuleService courseModules;
    @Autowired
    CourseDocumentService documents;

    /**
     * A language and words its pages must show: the catalogue's title and button, the editor's button, a quiz's, and
     * a refusal of the service.
     */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Language.GERMAN, "Kurse", "Neuer Kurs", "Modul hinzufügen", "Frage hinzufügen",
                        "Eine Frage braucht mindestens zwei Antworten"),
                Arguments.of(Language.FRENCH, "Cours", "Nouveau cours", "Ajouter un module", "Ajouter la question",
                        "Une question doit avoir au moins deux réponses"),
                Arguments.of(Language.SPANISH, "Cursos", "Nuevo curso", "Añadir módulo", "Añadir pregunta",
                        "Una pregunta necesita al menos dos respuestas"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyViewOfTheCatalogReadsInTheLanguageOfThePage(Language language, String title, String newCourse,
            String addModule, String addQuestion, String refusal) {
        long course = courses.createCourse(new NewCourse("LANG-" + System.nanoTime() % 10_000_000, "Greeting Guests",
                null, Audience.STAFF, 12, null, null, null)).id();
        courseModules.addModule(course, new ModuleDraft("Why it matters", ModuleKind.TEXT, "Be kind", null, true,
                null, null));
        CourseModuleItem quiz = courseModules.addModule(course, new ModuleDraft("Check", ModuleKind.QUIZ, null, null,
                true, 80, 3));
        courseModules.addQuestion(quiz.id(), new QuizQuestionDraft("Smile?", false,
                List.of(new QuizOption("Yes", true), new QuizOption("No", false))));
        UI.getCurrent().setLocale(language.locale());

        CoursesView list = AopTestUtils.getUltimateTargetObject(navigate(CoursesView.class));
        assertThat(list.getPageTitle()).isEqualTo(title);
        assertThat(list.newCourse.getText()).isEqualTo(newCourse);
        test(list.newCourse).click();
        assertReadsIn(language);
        $(NewCourseDialog.class).single().close();

        CourseEditorView editor = AopTestUtils.getUltimateTargetObject(
                navigate(CourseEditorView.class, Map.of("courseId", String.valueOf(course))));
        assertThat(editor.addModule.getText()).isEqualTo(addModule);
        assertReadsIn(language);

        var dialog = new ModuleDialog(courseModules, documents, course, quiz, () -> { });
        dialog.open();
        roundTrip();
        QuizQuestionsEditor questions = $(QuizQuestionsEditor.class).single();
        assertThat(questions.saveQuestion.getText()).isEqualTo(addQuestion);
        test(questions.prompt).setValue("Greet first?");
        test(questions.answers.getFirst()).setValue("Always");
        test(questions.saveQuestion).click();
        assertThat(questions.optionsError.getText()).as("a refusal of the service, in the page's language")
                .isEqualTo(refusal);
        assertReadsIn(language);
        dialog.close();

        var document = new ModuleDialog(courseModules, documents, course, null, () -> { });
        document.open();
        roundTrip();
        document.kind.setValue(ModuleKind.DOCUMENT);
        assertReadsIn(language);
        document.kind.setValue(ModuleKind.VIDEO);
        assertReadsIn(language);
    }

    private void assertReadsIn(Language language) {
        List<String> texts = RenderedTexts.of(UI.getCurrent(), $(Component.class).all()).stream()
                .filter(Objects::nonNull).toList();
        assertThat(texts).as("texts of the page in %s", language).isNotEmpty()
                .noneMatch(text -> text.contains("!catalog."));
    }
}
