package io.cascade.base.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.server.VaadinSession;
import io.cascade.CascadeSpringTest;
import io.cascade.base.i18n.Language;
import io.cascade.base.imports.ImportCheck;
import io.cascade.base.imports.ImportProblem;
import io.cascade.base.ui.chart.ApexChart;
import io.cascade.base.ui.chart.ChartKind;
import io.cascade.base.ui.chart.ChartOptions;
import io.cascade.base.ui.imports.ImportPanel;
import io.cascade.base.ui.imports.ImportTabs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/** The import panel, the import tabs and the charts read in the page's language, English as it always read. */
@CascadeSpringTest
@WithUserDetails("admin")
class SharedComponentsInEveryLanguageTest extends SpringBrowserlessTest {

    /** What a file says about itself: "bad" files have two problems, the others three good rows. */
    record Check(int rows, List<ImportProblem> problems) implements ImportCheck {
    }

    static class Steps implements ImportPanel.Steps<Check> {

        @Override
        public Check check(byte[] file, DoubleConsumer progress) {
            return new String(file, UTF_8).contains("bad")
                    ? new Check(2, List.of(new ImportProblem(2, "a", "wrong"), new ImportProblem(3, "b", "wrong")))
                    : new Check(3, List.of());
        }

        @Override
        public Check apply(byte[] file, String fileName) {
            return check(file, fraction -> { });
        }

        @Override
        public Optional<Check> rejected(RuntimeException failure) {
            return Optional.empty();
        }

        @Override
        public List<ImportPanel.Count> counts(Check check) {
            return List.of();
        }

        @Override
        public String appliedMessage(String fileName, Check applied) {
            return fileName;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theImportPanelSpeaksThePagesLanguage(Language language) {
        UI.getCurrent().setLocale(language.locale());
        var tabs = new ImportTabs(ImportTabs.PEOPLE);
        var panel = new ImportPanel<>(new Steps(), new SyncTaskExecutor(), "Drop it", 1024, null);
        UI.getCurrent().add(tabs, panel);

        assertThat(tabs.getChildren().map(tab -> ((Tab) tab).getElement().getTextRecursively()).toList())
                .containsExactlyElementsOf(Map.of(
                        Language.ENGLISH, List.of("People and departments", "Attendance history"),
                        Language.GERMAN, List.of("Personen und Abteilungen", "Teilnahmehistorie"),
                        Language.FRENCH, List.of("Personnes et services", "Historique des présences"),
                        Language.SPANISH, List.of("Personas y departamentos", "Historial de asistencia"))
                        .get(language));
        if (language == Language.ENGLISH) {
            assertThat(panel.upload().getI18n()).as("an English page keeps the upload's own texts").isNull();
        } else {
            assertThat(panel.upload().getI18n().getAddFiles().getOne()).isEqualTo(Map.of(
                    Language.GERMAN, "Datei hochladen …", Language.FRENCH, "Charger un fichier…",
                    Language.SPANISH, "Subir archivo…").get(language));
        }

        upload(panel, "people.csv", "bad");
        assertThat(panel.status().getText()).isEqualTo(Map.of(
                Language.ENGLISH, "people.csv has 2 problems. Nothing was imported: fix the file and upload it again.",
                Language.GERMAN, "people.csv hat 2 Probleme. Es wurde nichts importiert: Korrigieren Sie die Datei "
                        + "und laden Sie sie erneut hoch.",
                Language.FRENCH, "people.csv comporte 2 problèmes. Rien n'a été importé\u00a0: corrigez le "
                        + "fichier et chargez-le à nouveau.",
                Language.SPANISH, "people.csv tiene 2 problemas. No se ha importado nada: corrija el archivo y "
                        + "vuelva a subirlo.").get(language));

        upload(panel, "people.csv", "good");
        assertThat(panel.confirm().getText()).isEqualTo(Map.of(Language.ENGLISH, "Import 3 rows",
                Language.GERMAN, "3 Zeilen importieren", Language.FRENCH, "Importer 3 lignes",
                Language.SPANISH, "Importar 3 filas").get(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aChartWithoutDataSaysSoInThePagesLanguage(Language language) {
        UI.getCurrent().setLocale(language.locale());

        var chart = new ApexChart(ChartOptions.of(ChartKind.BAR));

        JsonNode options = (JsonNode) chart.getElement().getPropertyRaw("options");
        assertThat(options.at("/noData/text").asString()).isEqualTo(Map.of(Language.ENGLISH, "No data",
                Language.GERMAN, "Keine Daten", Language.FRENCH, "Aucune donnée", Language.SPANISH, "Sin datos")
                .get(language));
    }

    /** Uploads a file and runs the panel's background check to its end, as the page's polls would. */
    private void upload(ImportPanel<Check> panel, String fileName, String content) {
        test(panel.upload()).upload(fileName, "text/csv", content.getBytes(UTF_8));
        var session = VaadinSession.getCurrent();
        for (int round = 0; round < 3; round++) {
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
    }
}
