package io.cascade.organization.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cascade.base.ui.imports.ImportPanel;
import io.cascade.base.ui.imports.ImportPanel.Count;
import io.cascade.base.ui.imports.ImportTabs;
import io.cascade.organization.ImportPreview;
import io.cascade.organization.ImportRejectedException;
import io.cascade.organization.PeopleImportService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The HR import of people and departments. An uploaded file is checked in the background with a progress bar; the
 * admin sees every problem with its line, or what the import would change, and confirms. The second tab imports
 * attendance history.
 */
@Route("admin/import")
@Menu(order = 44, icon = "vaadin:upload", title = "organization.menu.hrImport")
@RolesAllowed(Roles.ADMIN)
class HrImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 30 * 1024 * 1024;

    final ImportPanel<ImportPreview> panel;

    HrImportView(PeopleImportService imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        addClassName("view");
        addClassName("import-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("organization.hrImport.intro"));
        intro.addClassName("view-intro");
        // the column names are the file's, in every language
        var columns = new Paragraph(new Span(getTranslation("organization.hrImport.columns") + " "),
                new Code(String.join(",", PeopleImportService.columns())));
        columns.addClassName("import-columns");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = imports.export();
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            return new DownloadResponse(new ByteArrayInputStream(csv), "people-" + today + ".csv",
                    "text/csv", csv.length);
        }), getTranslation("organization.hrImport.export"));
        export.getElement().setAttribute("download", true);

        panel = new ImportPanel<>(new PeopleSteps(imports), executor, getTranslation("organization.hrImport.drop"),
                MAX_BYTES, () -> new RouterLink(getTranslation("organization.hrImport.seePeople"), PeopleView.class));

        add(new ImportTabs(ImportTabs.PEOPLE), intro, columns, export, panel);
        setFlexGrow(1, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.hrImport.title");
    }

    private record PeopleSteps(PeopleImportService imports) implements ImportPanel.Steps<ImportPreview> {

        @Override
        public ImportPreview check(byte[] file, DoubleConsumer progress) {
            return imports.preview(file, progress);
        }

        @Override
        public ImportPreview apply(byte[] file, String fileName) {
            return imports.apply(file, fileName);
        }

        @Override
        public Optional<ImportPreview> rejected(RuntimeException failure) {
            return failure instanceof ImportRejectedException rejected ? Optional.of(rejected.preview())
                    : Optional.empty();
        }

        @Override
        public List<Count> counts(ImportPreview preview) {
            return List.of(count(preview.created(), "created"), count(preview.changed(), "changed"),
                    count(preview.unchanged(), "unchanged"), count(preview.deactivated(), "deactivated"),
                    count(preview.departmentsCreated(), "departmentsCreated"));
        }

        /** A figure with its label, which may take the number's plural ({@code organization.hrImport.count.*}). */
        private static Count count(int value, String what) {
            return new Count(value, I18NProvider.translate("organization.hrImport.count." + what, value));
        }

        @Override
        public String appliedMessage(String fileName, ImportPreview applied) {
            return I18NProvider.translate("organization.hrImport.applied", fileName, applied.created(),
                    applied.changed(), applied.deactivated());
        }
    }
}
