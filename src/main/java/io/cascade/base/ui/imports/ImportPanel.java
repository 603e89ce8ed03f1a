package io.cascade.base.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import io.cascade.base.imports.ImportCheck;
import io.cascade.base.imports.ImportProblem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The experience every CSV import shares: upload a file, watch it being checked (a progress bar), read every problem
 * with its line, or the counts of what it would change, then confirm, and the file is applied whole or not at all.
 * Checking and applying run in the background as the signed-in user; the page polls while they run, so it needs no
 * push connection.
 *
 * @param <P> what the import's service reports about a file
 */
public class ImportPanel<P extends ImportCheck> extends VerticalLayout {

    /** One figure of a check: "12 new". */
    public record Count(int value, String label) {
    }

    /** What the panel asks of the import behind it. */
    public interface Steps<P extends ImportCheck> {

        /** Checks a file without changing anything; {@code progress} takes 0..1. */
        P check(byte[] file, DoubleConsumer progress);

        /** Applies a file in one transaction and reports what it did. */
        P apply(byte[] file, String fileName);

        /** The new check when {@code apply} refused the file because of its problems (nothing was changed). */
        Optional<P> rejected(RuntimeException failure);

        /** The figures to show for a check, in order. */
        List<Count> counts(P check);

        /** What to say once the file is applied. */
        String appliedMessage(String fileName, P applied);
    }

    private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);
    private static final int POLL_MILLIS = 300;

    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div summary = new Div();
    private final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    private final Button confirm = new Button(getTranslation("base.import.confirm"));
    private final Button discard = new Button(getTranslation("base.import.discard"));
    private final Div done = new Div();

    private final Steps<P> steps;
    private final TaskExecutor executor;
    private final Supplier<Component> afterImport;
    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    /** The file in hand: a temporary file this panel owns, deleted when it is forgotten. */
    private File file;
    private String fileName;
    /** Counts the files (and re-checks) handed in, so the result of an earlier check never shows for a later one. */
    private int generation;
    /** Background tasks under way; the page polls while there is one. Changed under the session lock only. */
    private int running;

    /**
     * @param dropLabel   what the upload area says, e.g. "Drop the HR file here (CSV, at most 30 MB)"
     * @param maxBytes    the largest file accepted
     * @param afterImport what to offer once a file is applied (a link to the result), or null
     */
    public ImportPanel(Steps<P> steps, TaskExecutor executor, String dropLabel, int maxBytes,
            Supplier<Component> afterImport) {
        this.steps = steps;
        this.executor = executor;
        this.afterImport = afterImport;
        addClassName("import-panel");
        setPadding(false);
        setWidthFull();

        // the size is checked on the server too; the file waits on disk, not in the session, until it is applied
        upload = new Upload(LimitedUpload.toTempFile(maxBytes, this::received, message -> {
            reset();
            showStatus(getTranslation("base.import.tooLarge", LimitedUpload.size(maxBytes)), "error");
        }));
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setDropLabel(new Span(dropLabel));
        upload.addFileRejectedListener(e -> showStatus(e.getErrorMessage(), "error"));

        progress.setVisible(false);
        status.addClassName("import-status");
        summary.addClassName("import-summary");
        summary.setVisible(false);

        String wholeFile = getTranslation("base.import.problems.wholeFile");
        problems.addColumn(problem -> problem.line() == 0 ? wholeFile : String.valueOf(problem.line()))
                .setHeader(getTranslation("base.import.problems.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("base.import.problems.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::localizedMessage).setHeader(getTranslation("base.import.problems.problem"))
                .setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addClassName("import-problems");
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

        add(upload, progress, status, summary, actions, done, problems);
        setFlexGrow(1, problems);
    }

    public Upload upload() {
        return upload;
    }

    public ProgressBar progress() {
        return progress;
    }

    public Span status() {
        return status;
    }

    public Div summary() {
        return summary;
    }

    public Grid<ImportProblem> problems() {
        return problems;
    }

    public Button confirm() {
        return confirm;
    }

    public Button discard() {
        return discard;
    }

    /** The background work under way, if any, so tests can wait for it. */
    public CompletableFuture<Void> pending() {
        return pending;
    }

    /** Checks the file in hand again (e.g. after an option that changes its meaning); nothing when there is none. */
    public void recheck() {
        if (file != null && confirm.isEnabled()) {
            received(fileName, file);
        }
    }

    /** Forgets the file and everything shown about it. */
    public void reset() {
        forgetFile();
        clear();
    }

    private void clear() {
        generation++;
        progress.setVisible(false);
        summary.setVisible(false);
        problems.setVisible(false);
        confirm.setVisible(false);
        confirm.setEnabled(true);
        discard.setVisible(false);
        discard.setEnabled(true);
        discard.setText(getTranslation("base.import.discard"));
        done.setVisible(false);
        status.setText("");
        upload.clearFileList();
    }

    private void forgetFile() {
        if (file != null && !file.delete() && file.exists()) {
            log.warn("Could not delete the uploaded file {}", file);
        }
        file = null;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        forgetFile();
    }

    private static byte[] read(File file) {
        try {
            return Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void received(String name, File received) {
        if (received != file) {
            forgetFile();
        }
        clear();
        this.file = received;
        this.fileName = name;
        showStatus(getTranslation("base.import.checking", name), null);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        int current = generation;
        background(ui, () -> {
            P check = steps.check(read(received), fraction -> ui.access(() -> {
                if (current == generation) {
                    progress.setValue(fraction);
                }
            }));
            ui.access(() -> {
                if (current == generation) {
                    showCheck(check);
                }
            });
        }, failed -> failed.access(() -> {
            if (current == generation) {
                progress.setVisible(false);
                showStatus(getTranslation("base.import.checkFailed"), "error");
            }
        }));
    }

    private void showCheck(P check) {
        progress.setVisible(false);
        summary.removeAll();
        summary.add(count(new Count(check.rows(), getTranslation("base.import.count.rows", check.rows()))));
        steps.counts(check).forEach(count -> summary.add(count(count)));
        // what a file with problems would do is not worth reading: its report comes first
        summary.setVisible(check.isValid());
        if (check.isValid()) {
            showStatus(getTranslation("base.import.ready", fileName), "success");
            confirm.setText(getTranslation("base.import.confirmRows", check.rows()));
            confirm.setVisible(true);
            problems.setVisible(false);
        } else {
            int count = check.problems().size();
            showStatus(getTranslation("base.import.invalid", fileName, count), "error");
            problems.setItems(check.problems());
            problems.setVisible(true);
        }
        discard.setVisible(true);
    }

    private void apply() {
        confirm.setEnabled(false);
        discard.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        showStatus(getTranslation("base.import.importing", fileName), null);
        UI ui = UI.getCurrent();
        File applying = file;
        String name = fileName;
        background(ui, () -> {
            try {
                P applied = steps.apply(read(applying), name);
                ui.access(() -> applied(applied));
            } catch (RuntimeException failure) {
                // the data changed since the check: show the new problems
                P rejected = steps.rejected(failure).orElseThrow(() -> failure);
                ui.access(() -> {
                    confirm.setVisible(false);
                    confirm.setEnabled(true);
                    discard.setEnabled(true);
                    showCheck(rejected);
                });
            }
        }, failed -> failed.access(() -> {
            progress.setVisible(false);
            discard.setEnabled(true);
            showStatus(getTranslation("base.import.failed"), "error");
        }));
    }

    private void applied(P applied) {
        progress.setVisible(false);
        confirm.setVisible(false);
        discard.setEnabled(true);
        discard.setText(getTranslation("base.import.another"));
        showStatus(steps.appliedMessage(fileName, applied), "success");
        done.removeAll();
        if (afterImport != null) {
            done.add(afterImport.get());
            done.setVisible(true);
        }
        forgetFile();
    }

    /** Runs work off the request thread as the signed-in user, polling the page until it ends. */
    private void background(UI ui, Runnable work, Consumer<UI> onFailure) {
        running++;
        ui.setPollInterval(POLL_MILLIS);
        var context = SecurityContextHolder.getContext();
        var future = new CompletableFuture<Void>();
        pending = future;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("An import failed in the background", e);
                onFailure.accept(ui);
            } finally {
                ui.access(() -> {
                    if (--running == 0) {
                        ui.setPollInterval(-1);
                    }
                });
                future.complete(null);
            }
        }, context));
    }

    private void showStatus(String text, String tone) {
        status.setText(text);
        status.getElement().setAttribute("theme", tone == null ? "" : tone);
    }

    private Div count(Count count) {
        var number = new Span(NumberFormat.getIntegerInstance(getLocale()).format(count.value()));
        number.addClassName("import-count-value");
        var div = new Div(number, new Span(count.label()));
        div.addClassName("import-count");
        return div;
    }
}
