package io.cascade.scheduling.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
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
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;

/**
 * The second tab of the HR import: historical attendance from spreadsheets or another LMS. Same experience as the
 * people import: checked in the background, every problem with its line (in the page's language), counts before the
 * admin confirms.
 */
@Route(ImportTabs.ATTENDANCE)
@RolesAllowed(Roles.ADMIN)
class AttendanceImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 30 * 1024 * 1024;

    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("scheduling.attendanceImport.timeZone"));
    final ImportPanel<AttendanceImportPreview> panel;

    /** The chosen zone, read by the background check; changing it checks the file in hand again. */
    private volatile ZoneId zone = AttendanceImportService.defaultZone();

    AttendanceImportView(AttendanceImportService imports,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassName("view");
        addClassName("import-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("scheduling.attendanceImport.intro"));
        intro.addClassName("view-intro");
        var columns = withCode("scheduling.attendanceImport.columns",
                String.join(",", AttendanceImportService.columns()), "HR-1004,SVC-100,2024-03-05 09:00,PRESENT");
        columns.addClassName("import-columns");

        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        timeZone.setValue(zone.getId());
        timeZone.setWidth("18rem");
        timeZone.setHelperText(getTranslation("scheduling.attendanceImport.timeZone.helper"));

        panel = new ImportPanel<>(new AttendanceSteps(imports, getLocale()), executor,
                getTranslation("scheduling.attendanceImport.drop", MAX_BYTES / (1024 * 1024)), MAX_BYTES,
                () -> new RouterLink(getTranslation("scheduling.attendanceImport.pastSessions"), SessionsView.class));
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

    @Override
    public String getPageTitle() {
        return getTranslation("scheduling.attendanceImport.title");
    }

    /** A translated sentence with code samples in it: its {0}, {1}, ... show {@code samples} as code. */
    private Paragraph withCode(String key, String... samples) {
        Object[] marks = new Object[samples.length];
        for (int i = 0; i < samples.length; i++) {
            marks[i] = "\0" + i + "\0";
        }
        var paragraph = new Paragraph();
        String[] parts = getTranslation(key, marks).split("\0", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                paragraph.add(new Code(samples[Integer.parseInt(parts[i])]));
            } else if (!parts[i].isEmpty()) {
                paragraph.add(new Span(parts[i]));
            }
        }
        return paragraph;
    }

    private class AttendanceSteps implements ImportPanel.Steps<AttendanceImportPreview> {

        private final AttendanceImportService imports;
        /** The page's language, for the problems the background check words. */
        private final Locale locale;

        AttendanceSteps(AttendanceImportService imports, Locale locale) {
            this.imports = imports;
            this.locale = locale;
        }

        @Override
        public AttendanceImportPreview check(byte[] file, DoubleConsumer progress) {
            return inPageLanguage(() -> imports.preview(file, zone, progress));
        }

        @Override
        public AttendanceImportPreview apply(byte[] file, String fileName) {
            return inPageLanguage(() -> imports.apply(file, zone, fileName));
        }

        /** Runs a step off the request thread with Spring's locale set to the page's, then clears it again. */
        private AttendanceImportPreview inPageLanguage(Supplier<AttendanceImportPreview> step) {
            LocaleContextHolder.setLocale(locale);
            try {
                return step.get();
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }

        @Override
        public Optional<AttendanceImportPreview> rejected(RuntimeException failure) {
            return failure instanceof AttendanceImportRejectedException rejected ? Optional.of(rejected.preview())
                    : Optional.empty();
        }

        @Override
        public List<Count> counts(AttendanceImportPreview preview) {
            List<Count> counts = new ArrayList<>(List.of(
                    count(preview.sessionsCreated(), "scheduling.attendanceImport.count.sessionsToCreate"),
                    count(preview.sessionsMatched(), "scheduling.attendanceImport.count.existingSessions"),
                    count(preview.created(), "scheduling.attendanceImport.count.created"),
                    count(preview.changed(), "scheduling.attendanceImport.count.changed"),
                    count(preview.unchanged(), "scheduling.attendanceImport.count.unchanged")));
            if (preview.repeated() > 0) {
                counts.add(count(preview.repeated(), "scheduling.attendanceImport.count.repeated"));
            }
            return counts;
        }

        /** A figure with its caption, which agrees with the figure in languages that say it so. */
        private Count count(int value, String key) {
            return new Count(value, getTranslation(key, value));
        }

        @Override
        public String appliedMessage(String fileName, AttendanceImportPreview applied) {
            return getTranslation("scheduling.attendanceImport.applied", fileName, applied.created(), applied.changed(),
                    applied.unchanged(), applied.sessionsCreated());
        }
    }
}
