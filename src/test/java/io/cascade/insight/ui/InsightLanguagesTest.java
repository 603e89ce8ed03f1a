package io.cascade.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.catalog.CourseService;
import io.cascade.insight.OrderViolation;
import io.cascade.organization.OrganizationService;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/**
 * The dashboard and its drill-down in every language Cascade speaks besides English: no text misses its key, and
 * the page reads in its language, down to the words the browser puts into the cells' tooltips.
 */
@CascadeSpringTest
class InsightLanguagesTest extends SpringBrowserlessTest {

    /** A label of each page, in each language. */
    private static final Map<Language, String> OUT_OF_ORDER_CARD = Map.of(
            Language.GERMAN, "Abteilungen außer der Reihe",
            Language.FRENCH, "Services hors séquence",
            Language.SPANISH, "Departamentos fuera de orden");
    private static final Map<Language, String> BACK_TO_THE_DASHBOARD = Map.of(
            Language.GERMAN, "Zurück zum Dashboard",
            Language.FRENCH, "Retour au tableau de bord",
            Language.SPANISH, "Volver al panel");
    private static final Map<Language, String> TITLE = Map.of(
            Language.GERMAN, "Dashboard",
            Language.FRENCH, "Tableau de bord",
            Language.SPANISH, "Panel");
    private static final Map<Language, String> OUT_OF_ORDER = Map.of(
            Language.GERMAN, "Außer der Reihe",
            Language.FRENCH, "Hors séquence",
            Language.SPANISH, "Fuera de orden");

    @Autowired
    OrganizationService organization;

    @Autowired
    CourseService courses;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    @WithUserDetails("executive")
    void shouldShowTheDashboardInThePagesLanguage(Language language) {
        UI.getCurrent().setLocale(language.locale());
        // the executive landed on the dashboard in English: a page in another language is a new one
        navigate("my-learning", com.vaadin.flow.component.Component.class);
        DashboardView dashboard = AopTestUtils.getUltimateTargetObject(navigate(DashboardView.class));

        String shown = everythingShown(UI.getCurrent().getElement());
        assertThat(shown).doesNotContain("!insight.").contains(OUT_OF_ORDER_CARD.get(language),
                OUT_OF_ORDER.get(language));
        assertThat(dashboard.getPageTitle()).isEqualTo(TITLE.get(language));
        assertThat(dashboard.leadershipCoverage.getValue()).as("a percentage as the language writes it")
                .matches("\\d+[\\u00a0\\u202f]%");
        assertThat(dashboard.leadershipCoverage.getHint()).doesNotContain(" of ", "!");
        assertThat(dashboard.trainedChart.getOptions().series()).extracting(series -> series.name())
                .isNotEmpty().doesNotContain("Executives", "Senior leaders", "Supervisors", "Staff");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    @WithUserDetails("executive")
    void shouldShowTheDrillDownInThePagesLanguage(Language language) {
        long customerCare = organization.departmentTree().stream()
                .filter(department -> department.name().equals("Customer Care")).findFirst().orElseThrow().id();
        long standard = courses.listCourses().stream().filter(course -> course.code().equals("SVC-100"))
                .findFirst().orElseThrow().id();
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().navigate("dashboard/department/" + customerCare,
                QueryParameters.fromString("course=" + standard + "&from=2020-01-01"));
        DepartmentDrillDownView drillDown = (DepartmentDrillDownView) AopTestUtils.getUltimateTargetObject(
                getCurrentView());

        String shown = everythingShown(UI.getCurrent().getElement());
        assertThat(shown).doesNotContain("!insight.").contains(BACK_TO_THE_DASHBOARD.get(language),
                OUT_OF_ORDER.get(language));
        assertThat(drillDown.staffTitle.getText()).doesNotStartWith("Staff:");
    }

    @Test
    void shouldWriteTheCellsTooltipsInThePagesLanguageAsScriptText() {
        String german = DashboardView.heatStripTemplate(Locale.GERMAN);
        assertThat(german).contains("\", Führungskräfte \" + (cell.n[0]) + \" von \"",
                "\" vor einer Führungskraft\"", "\"out-of-order\":\"Außer der Reihe\"").doesNotContain("!insight.");

        // English reads as the journey expects: "SVC-100: Out of order, managers 1 of 2, staff 3 of 4, 2 before a manager"
        assertThat(DashboardView.heatStripTemplate(Locale.UK)).contains("(\"\" + (item.codes[i]) + \": \" + ("
                + StatusLook.labelsAsScript(Locale.UK) + "[cell.s]) + \", managers \" + (cell.n[0]) + \" of \" + "
                + "(cell.n[1]) + \", staff \" + (cell.n[2]) + \" of \" + (cell.n[3]) + \", \" + (cell.n[4]) + "
                + "\" before a manager\")");
    }

    @Test
    void shouldKeepQuotesAndBackticksOfATranslationInsideAScriptString() {
        assertThat(BrowserText.literal("Say \"hi\" `${alert(1)}` \\ </span>"))
                .isEqualTo("\"Say \\\"hi\\\" `${alert(1)}` \\\\ </span>\"");
        assertThat(BrowserText.expression(Locale.FRENCH, "insight.dashboard.tree.focus", "item.name"))
                .isEqualTo("(\"Afficher \" + (item.name) + \" seul\")");
    }

    @Test
    void shouldWriteAViolationAndTheMonthsInTheReadersLanguage() {
        UI.getCurrent().setLocale(Language.GERMAN.locale());
        var violation = new OrderViolation(1, "Service", 2, "Empfang", 3, "Ann", Instant.parse("2025-03-04T09:00:00Z"),
                4L, "Ben", Instant.parse("2025-03-08T09:00:00Z"));

        assertThat(DepartmentDrillDownView.sentence(violation))
                .isEqualTo("Mitarbeiter:in Ann am 4. März 2025 geschult, Führungskraft Ben erst am 8. März 2025.");

        var trend = new io.cascade.insight.TrainingTrend(java.util.List.of(java.time.YearMonth.of(2026, 3)),
                Map.of(io.cascade.organization.Level.MANAGER, java.util.List.of(2)), java.util.List.of(0));
        assertThat(DashboardCharts.trainedPerMonth(trend, Locale.GERMAN).categories()).containsExactly("März 2026");
        assertThat(DashboardCharts.trainedPerMonth(trend, Locale.UK).categories()).containsExactly("Mar 2026");
        assertThat(DashboardCharts.trainedPerMonth(trend, Locale.GERMAN).series().getFirst().name())
                .isEqualTo("Führungskräfte");
    }

    /** Every text, attribute and property of the page's elements, overlays and tooltips included. */
    private static String everythingShown(Element element) {
        var shown = new StringBuilder();
        collect(element, shown);
        return shown.toString();
    }

    private static void collect(Element element, StringBuilder shown) {
        if (element.isTextNode()) {
            shown.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(name -> shown.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> {
            Serializable value = element.getPropertyRaw(name);
            if (value != null) {
                shown.append(value).append('\n');
            }
        });
        element.getChildren().forEach(child -> collect(child, shown));
        VirtualChildrenList virtual = element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .orElse(null);
        if (virtual != null) {
            virtual.forEachChild(node -> collect(Element.get(node), shown));
        }
    }
}
