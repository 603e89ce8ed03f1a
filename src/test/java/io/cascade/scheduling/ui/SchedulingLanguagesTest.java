package io.cascade.scheduling.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RenderedTexts;
import io.cascade.base.imports.ImportProblem;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionAudience;
import io.cascade.scheduling.SessionDetails;
import io.cascade.scheduling.SessionDraft;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/**
 * Every view, panel and dialog of scheduling reads in German, French and Spanish: no key shows where its text is
 * missing ({@code !scheduling.…!}), and the page speaks the language asked for, its validation and the problems of an
 * import checked in the background included.
 */
@CascadeSpringTest
@WithUserDetails("trainer")
class SchedulingLanguagesTest extends SpringBrowserlessTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    JdbcClient jdbc;

    /** Words each language's pages must show, as a reader of that language expects them. */
    record Words(String sessionsTitle, String week, String placeRequired, String cancelSession, String markAllPresent,
            String managersTrained, String gateTitle) {
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Language.GERMAN, new Words("Schulungstermine", "Woche",
                        "Geben Sie einen Ort, einen Online-Link oder beides an", "Termin absagen…",
                        "Alle als anwesend eintragen", "Führungskräfte geschult", "Führungskräfte zuerst")),
                Arguments.of(Language.FRENCH, new Words("Sessions", "Semaine",
                        "Indiquez un lieu, un lien en ligne ou les deux", "Annuler la session…",
                        "Marquer tout le monde présent", "Managers formés", "Managers d'abord")),
                Arguments.of(Language.SPANISH, new Words("Sesiones", "Semana",
                        "Indique un lugar, un enlace en línea o ambos", "Cancelar sesión…",
                        "Marcar a todos como presentes", "Responsables formados", "Responsables primero")));
    }

    static Stream<Arguments> importProblems() {
        return Stream.of(Arguments.of(Language.GERMAN, "Geben Sie die Personalnummer ein."),
                Arguments.of(Language.FRENCH, "Saisissez le matricule."),
                Arguments.of(Language.SPANISH, "Introduzca el número de empleado."));
    }

    long publishedCourse() {
        return jdbc.sql("select id from course where code = 'SVC-100'").query(Long.class).single();
    }

    SessionDetails scheduleInDays(int days) {
        LocalDateTime start = LocalDateTime.now(ZoneId.systemDefault()).plusDays(days).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(System.nanoTime() % 50);
        return scheduling.scheduleSession(new SessionDraft(publishedCourse(), start, 60,
                ZoneId.systemDefault().getId().contains("/") ? ZoneId.systemDefault().getId() : "Europe/London",
                "Language Room", null, 5, 5L, Set.of(), SessionAudience.MIXED, null));
    }

    SessionEditorView editor(String id) {
        return AopTestUtils.getUltimateTargetObject(navigate(SessionEditorView.class, Map.of("sessionId", id)));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyViewOfSchedulingReadsInTheLanguageOfThePage(Language language, Words words) {
        SessionDetails upcoming = scheduleInDays(20);
        SessionDetails started = scheduleInDays(25);
        long attendee = jdbc.sql("select min(id) from person where active = true").query(Long.class).single();
        enrolment.enrol(started.id(), attendee, "test");
        jdbc.sql("update class_session set starts_at = :past where id = :id")
                .param("past", LocalDateTime.now(ZoneId.of("UTC")).minus(Duration.ofMinutes(20)))
                .param("id", started.id()).update();
        UI.getCurrent().setLocale(language.locale());

        SessionsView sessions = AopTestUtils.getUltimateTargetObject(navigate(SessionsView.class));
        assertThat(sessions.getPageTitle()).isEqualTo(words.sessionsTitle());
        assertThat(sessions.week.getLabel()).isEqualTo(words.week());
        assertReadsIn(language);
        for (var tab : List.of(sessions.month, sessions.upcoming, sessions.past)) {
            sessions.tabs.setSelectedTab(tab);
            assertReadsIn(language);
        }

        SessionEditorView planned = editor("new");
        test(planned.location).setValue("");
        test(planned.save).click();
        assertThat(planned.location.getErrorMessage()).isEqualTo(words.placeRequired());
        assertReadsIn(language);

        SessionEditorView future = editor(String.valueOf(upcoming.id()));
        assertThat(future.cancelSession.getText()).isEqualTo(words.cancelSession());
        assertReadsIn(language);
        test(future.cancelSession).click();
        assertReadsIn(language);
        $(CancelSessionDialog.class).single().close();

        editor(String.valueOf(started.id()));
        RollCallPanel roll = $(RollCallPanel.class).single();
        assertThat(roll.markAllPresent.getText()).isEqualTo(words.markAllPresent());
        test(roll.markAllPresent).click();
        assertReadsIn(language);

        var gate = new GateOverrideDialog("…", reason -> { });
        gate.open();
        roundTrip();
        assertThat(gate.getHeaderTitle()).isEqualTo(words.gateTitle());
        test(gate.override).click();
        assertReadsIn(language);
        gate.close();

        UI.getCurrent().navigate("rollout", QueryParameters.of("course", String.valueOf(publishedCourse())));
        RolloutView rollout = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(rollout.departments.getColumns().get(1).getHeaderText()).isEqualTo(words.managersTrained());
        assertReadsIn(language);
    }

    @ParameterizedTest
    @MethodSource("importProblems")
    @WithUserDetails("admin")
    void theProblemsOfAnAttendanceFileReadInTheLanguageOfThePage(Language language, String problem)
            throws Exception {
        UI.getCurrent().setLocale(language.locale());
        AttendanceImportView view = AopTestUtils.getUltimateTargetObject(navigate(AttendanceImportView.class));
        assertReadsIn(language);

        test(view.panel.upload()).upload("history.csv", "text/csv",
                "employee_number,course_code,session_start,status\n,SVC-100,2024-03-05 09:00,PRESENT\n"
                        .getBytes(UTF_8));
        view.panel.pending().get(60, TimeUnit.SECONDS);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(test(view.panel.problems()).getRow(0)).extracting(ImportProblem::message).isEqualTo(problem);
        assertReadsIn(language);
    }

    private void assertReadsIn(Language language) {
        List<String> texts = RenderedTexts.of(UI.getCurrent(), $(Component.class).all()).stream()
                .filter(Objects::nonNull).toList();
        assertThat(texts).as("texts of the page in %s", language).isNotEmpty()
                .noneMatch(text -> text.contains("!scheduling."));
    }
}
