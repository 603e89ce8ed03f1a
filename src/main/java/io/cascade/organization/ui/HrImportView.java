package io.cascade.organization.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.cascade.organization.ImportPreview;
import io.cascade.organization.ImportProblem;
import io.cascade.organization.ImportRejectedException;
import io.cascade.organization.PeopleImportService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The HR import of people and departments. An uploaded file is checked in the background with a progress bar; the
 * admin sees every problem with its line, or what the import would change, and confirms. The page polls the server
 * while work runs, so it needs no push connection.
 */
@Route("admin/import")
@PageTitle("HR import")
@Menu(order = 44, icon = "vaadin:upload", title = "HR import")
@RolesAllowed(Roles.ADMIN)
class HrImportView extends VerticalLayout {

    private static final int MAX_BYTES = 30 * 1024 * 1024;
    private static final int POLL_MILLIS = 300;

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Div summary = new Div();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Button confirm = new Button("Import");
    final Button discard = new Button("Choose another file");
    final Div done = new Div();

    /** The background work under way, if any, so tests can wait for it. */
    volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private final PeopleImportService imports;
    private final TaskExecutor executor;
    private byte[] file;
    private String fileName;

    HrImportView(PeopleImportService imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
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
            return new DownloadResponse(new ByteArrayInputStream(csv), "people-" + LocalDate.now() + ".csv",
                    "text/csv", csv.length);
        }), "Export everyone in this format");
        export.getElement().setAttribute("download", true);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span("Drop the HR file here (CSV, at most 30 MB)"));
        upload.addFileRejectedListener(e -> showStatus(e.getErrorMessage(), "error"));

        progress.setVisible(false);
        status.addClassName("import-status");
        summary.addClassName("import-summary");
        summary.setVisible(false);

        problems.addColumn(problem -> problem.line() == 0 ? "File" : String.valueOf(problem.line()))
                .setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setHeader("Column")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        problems.setWidthFull();
        problems.setMinHeight("12rem");

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> apply());
        discard.addClickListener(e -> reset());
        var actions = new HorizontalLayout(confirm, discard);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        confirm.setVisible(false);
        discard.setVisible(false);
        done.addClassName("import-done");
        done.setVisible(false);

        add(intro, columns, export, upload, progress, status, summary, actions, done, problems);
        setFlexGrow(1, problems);
    }

    private void received(String name, byte[] bytes) {
        reset();
        this.file = bytes;
        this.fileName = name;
        showStatus("Checking " + name + "…", null);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        background(ui, () -> {
            ImportPreview preview = imports.preview(bytes, fraction -> ui.access(() -> progress.setValue(fraction)));
            ui.access(() -> showPreview(preview));
        }, ui2 -> ui2.access(() -> showStatus("The file could not be checked. Try again.", "error")));
    }

    private void showPreview(ImportPreview preview) {
        progress.setVisible(false);
        summary.removeAll();
        summary.add(count(preview.rows(), "rows"), count(preview.created(), "new"),
                count(preview.changed(), "changed"), count(preview.unchanged(), "unchanged"),
                count(preview.deactivated(), "deactivated"), count(preview.departmentsCreated(), "new departments"));
        summary.setVisible(preview.rows() > 0);
        if (preview.isValid()) {
            showStatus(fileName + " is ready to import. Check the numbers, then confirm.", "success");
            confirm.setText("Import " + preview.rows() + (preview.rows() == 1 ? " row" : " rows"));
            confirm.setVisible(true);
            problems.setVisible(false);
        } else {
            int count = preview.problems().size();
            showStatus(fileName + " has " + (count == 1 ? "1 problem" : count + " problems")
                    + ". Nothing was imported: fix the file and upload it again.", "error");
            problems.setItems(preview.problems());
            problems.setVisible(true);
        }
        discard.setVisible(true);
    }

    private void apply() {
        confirm.setEnabled(false);
        discard.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        showStatus("Importing " + fileName + "…", null);
        UI ui = UI.getCurrent();
        byte[] bytes = file;
        String name = fileName;
        background(ui, () -> {
            try {
                ImportPreview applied = imports.apply(bytes, name);
                ui.access(() -> imported(applied));
            } catch (ImportRejectedException rejected) {
                // the organisation changed since the check: show the new problems
                ui.access(() -> {
                    confirm.setVisible(false);
                    discard.setEnabled(true);
                    showPreview(rejected.preview());
                });
            }
        }, ui2 -> ui2.access(() -> {
            discard.setEnabled(true);
            showStatus("The import failed and nothing was changed. Try again.", "error");
        }));
    }

    private void imported(ImportPreview applied) {
        progress.setVisible(false);
        confirm.setVisible(false);
        discard.setEnabled(true);
        discard.setText("Import another file");
        showStatus(fileName + " imported: " + applied.created() + " new, " + applied.changed() + " changed, "
                + applied.deactivated() + " deactivated.", "success");
        done.removeAll();
        done.add(new RouterLink("See the people", PeopleView.class));
        done.setVisible(true);
        file = null;
    }

    /** Runs work off the request thread as the signed-in admin, polling the page until it ends. */
    private void background(UI ui, Runnable work, Consumer<UI> onFailure) {
        ui.setPollInterval(POLL_MILLIS);
        var context = SecurityContextHolder.getContext();
        var future = new CompletableFuture<Void>();
        pending = future;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                onFailure.accept(ui);
            } finally {
                ui.access(() -> ui.setPollInterval(-1));
                future.complete(null);
            }
        }, context));
    }

    private void reset() {
        file = null;
        progress.setVisible(false);
        summary.setVisible(false);
        problems.setVisible(false);
        confirm.setVisible(false);
        confirm.setEnabled(true);
        discard.setVisible(false);
        discard.setEnabled(true);
        discard.setText("Choose another file");
        done.setVisible(false);
        status.setText("");
        upload.clearFileList();
    }

    private void showStatus(String text, String tone) {
        status.setText(text);
        status.getElement().setAttribute("theme", tone == null ? "" : tone);
    }

    private static Div count(int value, String label) {
        var number = new Span(String.format("%,d", value));
        number.addClassName("import-count-value");
        var div = new Div(number, new Span(label));
        div.addClassName("import-count");
        return div;
    }
}
