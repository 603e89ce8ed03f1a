package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.learning.LearnerFixtures;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page of learning opens in each language Cascade speaks besides English: no text is a missing key, and a text
 * known to each page reads in that language, not in English.
 */
@CascadeSpringTest
@Transactional
@org.springframework.context.annotation.Import(LearnerFixtures.class)
class LearningInEveryLanguageTest extends SpringBrowserlessTest {

    private static final String CODE = "LANG-TEST-2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LearnerFixtures learner;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    @WithUserDetails("employee")
    void anEmployeesPagesReadInThePagesLanguage(Language language) {
        var fixtures = learner.course();
        certificate(fixtures.personId("employee"), fixtures.courseId);
        speak(language);

        navigate(MyLearningView.class);
        assertReads(language, Map.of(Language.GERMAN, "Meine Kurse", Language.FRENCH, "Mes cours",
                Language.SPANISH, "Mis cursos"), "My courses");

        CoursePlayerView player = navigate(CoursePlayerView.class, fixtures.courseId);
        assertReads(language, Map.of(Language.GERMAN, "Ich habe das gelesen", Language.FRENCH, "J'ai lu ce module",
                Language.SPANISH, "Lo he leído"), "I have read this");
        assertReads(language, Map.of(Language.GERMAN, "Zertifikat herunterladen (PDF)", Language.FRENCH,
                "Télécharger le certificat (PDF)", Language.SPANISH, "Descargar el certificado (PDF)"),
                "Download certificate");

        test(player.moduleButtons.get(1)).click();
        assertReads(language, Map.of(Language.GERMAN, "Antworten absenden", Language.FRENCH, "Envoyer les réponses",
                Language.SPANISH, "Enviar respuestas"), "Submit answers");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> single = find(RadioButtonGroup.class).single();
        single.setValue(1);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> multiple = find(CheckboxGroup.class).single();
        multiple.setValue(Set.of(0, 2));
        test(player.submitQuiz).click();
        assertReads(language, Map.of(Language.GERMAN, "Bestanden mit 50", Language.FRENCH, "Réussi avec 50",
                Language.SPANISH, "Aprobado con un 50"), "Passed with");

        test(player.moduleButtons.get(2)).click();
        assertReads(language, Map.of(Language.GERMAN, "Antwort speichern", Language.FRENCH, "Enregistrer ma réponse",
                Language.SPANISH, "Guardar mi respuesta"), "Save my answer");

        navigate(StoriesView.class);
        assertReads(language, Map.of(Language.GERMAN, "Erfahrungsbericht schreiben", Language.FRENCH,
                "Partager un témoignage", Language.SPANISH, "Compartir un testimonio"), "Tell a story");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    @WithUserDetails("manager")
    void aManagersPagesReadInThePagesLanguage(Language language) {
        story();
        speak(language);

        MyTeamView team = navigate(MyTeamView.class);
        assertReads(language, Map.of(Language.GERMAN, "Vertiefungsquote", Language.FRENCH, "Taux de renforcement",
                Language.SPANISH, "Tasa de refuerzo"), "Champion rate");

        assertThat(test(team.checkIns).size()).as("the demo manager owes check-ins").isPositive();
        test((Button) test(team.checkIns).getCellComponent(0, 4)).click();
        CheckInDialog dialog = find(CheckInDialog.class).single();
        dialog.occurredOn.clear();
        test(dialog.save).click();
        assertReads(language, Map.of(Language.GERMAN, "Coaching-Gespräch", Language.FRENCH, "Entretien de coaching",
                Language.SPANISH, "Conversación de coaching"), "Coaching conversation");
        assertThat(dialog.occurredOn.getErrorMessage()).isEqualTo(Map.of(
                Language.GERMAN, "Geben Sie den Tag des Nachgesprächs ein",
                Language.FRENCH, "Indiquez la date du point de suivi",
                Language.SPANISH, "Indique el día del seguimiento").get(language));
        dialog.close();

        navigate(StoriesView.class);
        assertReads(language, Map.of(Language.GERMAN, "Hervorheben", Language.FRENCH, "Mettre en avant",
                Language.SPANISH, "Destacar"), "Share my story");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    @WithAnonymousUser
    void theCertificateCheckReadsInThePagesLanguage(Language language) {
        long course = jdbc.sql("select min(id) from course").query(Long.class).single();
        long emma = jdbc.sql("select person_id from user_account where username = 'employee'").query(Long.class)
                .single();
        certificate(emma, course);
        speak(language);

        navigate(VerifyCertificateView.class, CODE);
        assertReads(language, Map.of(Language.GERMAN, "Gültiges Zertifikat", Language.FRENCH, "Certificat valide",
                Language.SPANISH, "Certificado válido"), "Valid certificate");

        navigate(VerifyCertificateView.class, "ZZZZ-ZZZZ-ZZZZ");
        assertReads(language, Map.of(Language.GERMAN, "Kein Zertifikat hat diesen Code", Language.FRENCH,
                "Aucun certificat ne porte ce code", Language.SPANISH, "Ningún certificado tiene este código"),
                "No certificate has this code");
    }

    /**
     * Sets the page's language. The page the test opened on was built in English, and Vaadin keeps a view (and its
     * layout) when it is opened again: a page without the layout comes first, so each page is built anew.
     */
    private void speak(Language language) {
        UI.getCurrent().setLocale(language.locale());
        navigate(VerifyCertificateView.class);
    }

    /** What the page shows: no missing key, {@code expected}'s text in the language, and not the English one. */
    private void assertReads(Language language, Map<Language, String> expected, String english) {
        // the view under its layouts, and what sits on the page beside them, such as an open dialog
        Component top = (Component) getCurrentView();
        while (top.getParent().filter(parent -> !(parent instanceof UI)).isPresent()) {
            top = top.getParent().get();
        }
        List<String> texts = texts(top.getElement(), new ArrayList<>());
        Component shown = top;
        UI.getCurrent().getChildren().filter(child -> child != shown)
                .forEach(child -> texts(child.getElement(), texts));
        String page = String.join("\n", texts);
        assertThat(page).doesNotContain("!learning.").doesNotContain("!base.").contains(expected.get(language))
                .doesNotContain(english);
    }

    /** Every text, attribute and property of the element tree: what the browser shows or reads out. */
    private static List<String> texts(Element element, List<String> out) {
        if (element.isTextNode()) {
            out.add(element.getText());
            return out;
        }
        element.getAttributeNames().forEach(name -> out.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> out.add(String.valueOf(element.getProperty(name))));
        element.getChildren().forEach(child -> texts(child, out));
        return out;
    }

    private void certificate(long personId, long courseId) {
        jdbc.sql("""
                insert into certificate (code, person_id, course_id, person_name, course_title, issued_at)
                values (:code, :person, :course, 'Emma Lindqvist', 'Calm on the Phone', :at)""")
                .param("code", CODE).param("person", personId).param("course", courseId)
                .param("at", LocalDateTime.of(2026, 1, 10, 10, 0)).update();
    }

    /** A story by the demo employee, for the manager to feature. */
    private void story() {
        jdbc.sql("""
                insert into service_story (author_id, course_id, department_id, kind, title, what_happened,
                  what_learned, featured, hidden, created_at)
                select p.id, (select min(id) from course), p.department_id, 'SUCCESS', 'A calm caller',
                  'A guest called twice.', 'Listen first.', false, false, current_timestamp
                from person p join user_account a on a.person_id = p.id where a.username = 'employee'""").update();
    }
}
