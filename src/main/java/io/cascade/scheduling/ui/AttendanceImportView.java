package io.cascade.scheduling.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.cascade.base.ui.imports.ImportPanel;
import io.cascade.base.ui.imports.ImportPanel.Count;
import io.cascade.base.ui.imports.ImportTabs;
import io.cascade.scheduling.AttendanceImportPreview;
import io.cascade.scheduling.AttendanceImportRejectedException;
import io.cascade.scheduling.AttendanceImportService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The second tab of the HR import: historical attendance from spreadsheets or another LMS. Same experience as the
 * people import: checked in the background, every problem with its line, counts before the admin confirms.
 */
@Route(ImportTabs.ATTENDANCE)
@PageTitle("HR import")
@RolesAllowed(Roles.ADMIN)
class AttendanceImportView extends VerticalLayout {

    private static final int MAX_BYTES = 30 * 1024 * 1024;

    final ComboBox<String> timeZone = new ComboBox<>("Times in the file are in");
    final ImportPanel<AttendanceImportPreview> panel;

    /** The chosen zone, read by the background check; changing it checks the file in hand again. */
    private volatile ZoneId zone = AttendanceImportService.defaultZone();

    AttendanceImportView(AttendanceImportService imports,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassName("view");
        addClassName("import-view");
        setSizeFull();

        var intro = new Paragraph("Upload a CSV file (UTF-8, a header row, one person and class per line) to bring "
                + "in who attended which class before Cascade. Rows of the same course and start are one class: an "
                + "existing session of that course at that time, or a new past session marked as imported. Nothing "
                + "changes until you confirm, and a file with any problem is not imported at all.");
        intro.addClassName("view-intro");
        var columns = new Paragraph(new Span("Columns: "),
                new Code(String.join(",", AttendanceImportService.columns())),
                new Span(" — for example "), new Code("HR-1004,SVC-100,2024-03-05 09:00,PRESENT"),
                new Span("; status is PRESENT, LATE, EXCUSED or ABSENT."));
        columns.addClassName("import-columns");

        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        timeZone.setValue(zone.getId());
        timeZone.setWidth("18rem");
        timeZone.setHelperText("Session dates and times are wall-clock times in this zone");

        panel = new ImportPanel<>(new AttendanceSteps(imports), executor,
                "Drop the attendance file here (CSV, at most 30 MB)", MAX_BYTES,
                () -> new RouterLink("See the past sessions", SessionsView.class));
        timeZone.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                timeZone.setValue(change.getOldValue());
            } else {
                zone = ZoneId.of(change.getValue());
                panel.recheck();
            }
        });

        add(new ImportTabs(ImportTabs.ATTENDANCE), intro, columns, timeZone, panel);
        setFlexGrow(1, panel);
    }

    private class AttendanceSteps implements ImportPanel.Steps<AttendanceImportPreview> {

        private final AttendanceImportService imports;

        AttendanceSteps(AttendanceImportService imports) {
            this.imports = imports;
        }

        @Override
        public AttendanceImportPreview check(byte[] file, DoubleConsumer progress) {
            return imports.preview(file, zone, progress);
        }

        @Override
        public AttendanceImportPreview apply(byte[] file, String fileName) {
            return imports.apply(file, zone, fileName);
        }

        @Override
        public Optional<AttendanceImportPreview> rejected(RuntimeException failure) {
            return failure instanceof AttendanceImportRejectedException rejected ? Optional.of(rejected.preview())
                    : Optional.empty();
        }

        @Override
        public List<Count> counts(AttendanceImportPreview preview) {
            List<Count> counts = new ArrayList<>(List.of(new Count(preview.sessionsCreated(), "sessions to create"),
                    new Count(preview.sessionsMatched(), "existing sessions"), new Count(preview.created(), "new"),
                    new Count(preview.changed(), "changed"), new Count(preview.unchanged(), "unchanged")));
            if (preview.repeated() > 0) {
                counts.add(new Count(preview.repeated(), "repeated rows"));
            }
            return counts;
        }

        @Override
        public String appliedMessage(String fileName, AttendanceImportPreview applied) {
            return fileName + " imported: " + applied.created() + " new, " + applied.changed() + " changed, "
                    + applied.unchanged() + " unchanged; " + applied.sessionsCreated() + " sessions created.";
        }
    }
}
