package io.cascade.organization.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("HR import")
@Menu(order = 44, icon = "vaadin:upload", title = "HR import")
@RolesAllowed(Roles.ADMIN)
class HrImportView extends VerticalLayout {

    private static final int MAX_BYTES = 30 * 1024 * 1024;

    final ImportPanel<ImportPreview> panel;

    HrImportView(PeopleImportService imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        addClassName("view");
        addClassName("import-view");
        setSizeFull();

        var intro = new Paragraph("Upload a CSV file (UTF-8, a header row, one person per line) to add or update "
                + "people by employee number. Departments in the paths are created when missing. Nothing changes "
                + "until you confirm, and a file with any problem is not imported at all.");
        intro.addClassName("view-intro");
        var columns = new Paragraph(new Span("Columns: "), new Code(String.join(",", PeopleImportService.columns())));
        columns.addClassName("import-columns");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = imports.export();
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            return new DownloadResponse(new ByteArrayInputStream(csv), "people-" + today + ".csv",
                    "text/csv", csv.length);
        }), "Export everyone in this format");
        export.getElement().setAttribute("download", true);

        panel = new ImportPanel<>(new PeopleSteps(imports), executor, "Drop the HR file here (CSV, at most 30 MB)",
                MAX_BYTES, () -> new RouterLink("See the people", PeopleView.class));

        add(new ImportTabs(ImportTabs.PEOPLE), intro, columns, export, panel);
        setFlexGrow(1, panel);
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
            return List.of(new Count(preview.created(), "new"), new Count(preview.changed(), "changed"),
                    new Count(preview.unchanged(), "unchanged"), new Count(preview.deactivated(), "deactivated"),
                    new Count(preview.departmentsCreated(), "new departments"));
        }

        @Override
        public String appliedMessage(String fileName, ImportPreview applied) {
            return fileName + " imported: " + applied.created() + " new, " + applied.changed() + " changed, "
                    + applied.deactivated() + " deactivated.";
        }
    }
}
