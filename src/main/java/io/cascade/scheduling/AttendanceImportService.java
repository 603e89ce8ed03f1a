package io.cascade.scheduling;

import io.cascade.audit.AuditLog;
import io.cascade.scheduling.internal.attendanceimport.AttendanceImportPlan;
import io.cascade.scheduling.internal.attendanceimport.AttendanceImportWriter;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of historical attendance, for organisations moving from spreadsheets or another LMS (CSV, UTF-8, header
 * row; see docs/examples/attendance.csv): who attended which course's class when, and how. A file is checked whole
 * first; only a file without a single problem is applied, in one transaction, so an import never half-happens.
 * Applying checks the file again against the data as it is at that moment, and the same file imported twice changes
 * nothing the second time.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AttendanceImportService {

    private final JdbcClient jdbc;
    private final AttendanceImportWriter writer;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceImportService(JdbcClient jdbc, AttendanceImportWriter writer, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The columns of the file, in this order in the documented example. */
    public static List<String> columns() {
        return AttendanceImportPlan.COLUMNS;
    }

    /** The zone the times of a file are read in unless the admin chooses another: the server's, as for new sessions. */
    public static ZoneId defaultZone() {
        ZoneId zone = ZoneId.systemDefault();
        return zone.getId().contains("/") ? zone : ZoneId.of("Europe/London");
    }

    /**
     * Checks a file and tells what it would change; times in it are read in {@code zone}. {@code progress} receives
     * 0..1 while rows are checked.
     */
    @Transactional(readOnly = true)
    public AttendanceImportPreview preview(byte[] file, ZoneId zone, DoubleConsumer progress) {
        return plan(file, zone, progress).preview();
    }

    /**
     * Applies a file in one transaction and returns what it did, or throws
     * {@link AttendanceImportRejectedException} (with all problems) and changes nothing. New sessions are announced
     * with {@link SchedulingEvent.Scheduled} (the first per course), and each session written to with
     * {@link SchedulingEvent.AttendanceMarked}, inside the transaction.
     */
    @Transactional
    public AttendanceImportPreview apply(byte[] file, ZoneId zone, String fileName) {
        AttendanceImportPlan plan = plan(file, zone, fraction -> { });
        AttendanceImportPreview preview = plan.preview();
        if (!preview.isValid()) {
            throw new AttendanceImportRejectedException(preview);
        }
        AttendanceImportWriter.Written written = writer.write(plan, fileName, callerName(), clock.instant());
        written.firstCreatedByCourse().values()
                .forEach(sessionId -> events.publishEvent(new SchedulingEvent.Scheduled(sessionId)));
        written.sessionIds().forEach(sessionId -> events.publishEvent(new SchedulingEvent.AttendanceMarked(sessionId)));
        var counts = new LinkedHashMap<String, Object>();
        counts.put("rows", preview.rows());
        counts.put("timeZone", zone.getId());
        counts.put("sessionsCreated", preview.sessionsCreated());
        counts.put("sessionsMatched", preview.sessionsMatched());
        counts.put("created", preview.created());
        counts.put("changed", preview.changed());
        counts.put("unchanged", preview.unchanged());
        counts.put("repeated", preview.repeated());
        auditLog.record("Import", fileName, "IMPORT_ATTENDANCE", "Imported attendance from " + fileName + ": "
                + preview.created() + " new, " + preview.changed() + " changed, " + preview.unchanged()
                + " unchanged, " + preview.sessionsCreated() + " sessions created, " + preview.sessionsMatched()
                + " existing sessions", null, counts);
        return preview;
    }

    private AttendanceImportPlan plan(byte[] file, ZoneId zone, DoubleConsumer progress) {
        return AttendanceImportPlan.of(file, AttendanceState.load(jdbc), zone, clock.instant(), progress);
    }

    private static String callerName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
