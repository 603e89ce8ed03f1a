package io.cascade.organization.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RenderedTexts;
import io.cascade.organization.PersonListItem;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/**
 * Every page of the organisation module, and its dialogs, in each language Cascade speaks besides English: no key
 * is missing from a bundle, and the page reads in the language (a known label, a level, a refusal, a problem of an
 * HR file).
 */
@CascadeSpringTest
@WithUserDetails("admin")
class OrganizationPagesInEveryLanguageTest extends SpringBrowserlessTest {

    private static final String HEADER = "employee_number,first_name,last_name,email,department_path,level,"
            + "manager_employee_number,active\n";

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void departmentsAndTheirDialogRead(Language language) {
        DepartmentsView view = open(DepartmentsView.class, language);

        assertThat(view.getPageTitle()).isEqualTo(in(language, "Abteilungen", "Services", "Departamentos"));
        test(view.add).click();
        roundTrip();

        assertThat(RenderedTexts.ofCurrentPage()).contains(
                in(language, "Abteilung hinzufügen", "Ajouter un service", "Añadir departamento"),
                in(language, "Einordnen unter", "Rattacher à", "Situar bajo"));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void peopleTheirLevelsAndARefusalRead(Language language) {
        PeopleView view = open(PeopleView.class, language);
        PersonListItem someone = test(view.grid).getRow(0);

        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo(level(language, someone));
        test(view.addPerson).click();
        roundTrip();
        PersonDialog dialog = view.dialog;
        test(dialog.employeeNumber).setValue(someone.employeeNumber());
        test(dialog.firstName).setValue("Dee");
        test(dialog.lastName).setValue("Duplicate");
        test(dialog.email).setValue("dee@test.example");
        dialog.department.setValue(dialog.department.getListDataView().getItem(1));
        test(dialog.save).click();

        assertThat(dialog.employeeNumber.getErrorMessage()).isEqualTo(in(language,
                "Die Personalnummer " + someone.employeeNumber() + " gehört bereits zu " + someone.fullName() + ".",
                "Le matricule " + someone.employeeNumber() + " appartient déjà à " + someone.fullName() + ".",
                "El número de empleado " + someone.employeeNumber() + " ya pertenece a " + someone.fullName() + "."));
        assertThat(RenderedTexts.ofCurrentPage()).contains(in(language, "Person hinzufügen", "Ajouter une personne",
                "Añadir persona"));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void accountsAndTheCreateDialogRead(Language language) {
        AccountsView view = open(AccountsView.class, language);

        test(view.create).click();
        roundTrip();

        assertThat(RenderedTexts.ofCurrentPage()).contains(in(language, "Zugang anlegen", "Créer un accès",
                "Crear acceso"), in(language, "Administration", "Administration", "Administración"));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void hrImportAndItsProblemReportRead(Language language) throws Exception {
        HrImportView view = open(HrImportView.class, language);

        test(view.panel.upload()).upload("people.csv", "text/csv", (HEADER
                + "L-1,Lia,Language,lia@test.example,Languages " + System.nanoTime() + ",CLERK,,true\n")
                .getBytes(UTF_8));
        view.panel.pending().get(60, TimeUnit.SECONDS);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(view.getPageTitle()).isEqualTo(in(language, "HR-Import", "Import RH", "Importación de RR. HH."));
        assertThat(test(view.panel.problems()).getCellText(0, 2)).isEqualTo(in(language,
                "Unbekannte Ebene „CLERK“. Verwenden Sie EXECUTIVE, SENIOR_LEADER, MANAGER, SUPERVISOR oder STAFF.",
                "Niveau inconnu «\u00a0CLERK\u00a0». Utilisez EXECUTIVE, SENIOR_LEADER, MANAGER, SUPERVISOR ou STAFF.",
                "Nivel desconocido «CLERK». Use EXECUTIVE, SENIOR_LEADER, MANAGER, SUPERVISOR o STAFF."));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void settingsRead(Language language) {
        SettingsView view = open(SettingsView.class, language);

        assertThat(view.save.getText()).isEqualTo(in(language, "Einstellungen speichern",
                "Enregistrer les paramètres", "Guardar la configuración"));
        assertThat(RenderedTexts.ofCurrentPage()).contains(in(language, "Sperre „Führungskräfte zuerst“",
                "Verrou «\u00a0managers d'abord\u00a0»", "Bloqueo «responsables primero»"));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void choosingOnesPasswordReads(Language language) {
        ChangePasswordView view = open(ChangePasswordView.class, language);

        assertThat(view.getPageTitle()).isEqualTo(in(language, "Eigenes Passwort wählen · Cascade",
                "Choisir votre mot de passe · Cascade", "Elegir su contraseña · Cascade"));
        assertThat(view.next.getHelperText()).isEqualTo(in(language, "Mindestens 12 Zeichen",
                "Au moins 12 caractères", "Al menos 12 caracteres"));
        assertThat(RenderedTexts.missingKeysOf("organization")).isEmpty();
    }

    /** The view opened in a page whose language is {@code language}; the real view behind method security. */
    private <V extends Component> V open(Class<V> view, Language language) {
        UI.getCurrent().setLocale(language.locale());
        return AopTestUtils.getUltimateTargetObject(navigate(view));
    }

    private static String in(Language language, String german, String french, String spanish) {
        return switch (language) {
            case GERMAN -> german;
            case FRENCH -> french;
            case SPANISH -> spanish;
            case ENGLISH -> throw new IllegalArgumentException("the English texts are the other tests'");
        };
    }

    private static String level(Language language, PersonListItem person) {
        return switch (person.level()) {
            case EXECUTIVE -> in(language, "Geschäftsleitung", "Direction", "Dirección");
            case SENIOR_LEADER -> in(language, "Obere Führungskraft", "Cadre dirigeant", "Alto directivo");
            case MANAGER -> in(language, "Führungskraft", "Manager", "Responsable");
            case SUPERVISOR -> in(language, "Teamleitung", "Superviseur", "Supervisor");
            case STAFF -> in(language, "Mitarbeitende", "Collaborateurs", "Personal");
        };
    }
}
