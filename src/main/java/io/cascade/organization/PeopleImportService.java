package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditRecord;
import io.cascade.base.imports.CsvCells;
import io.cascade.organization.internal.hrimport.OrganizationState;
import io.cascade.organization.internal.hrimport.PeopleImportPlan;
import io.cascade.organization.internal.hrimport.PeopleImportPlan.Kind;
import io.cascade.organization.internal.hrimport.PeopleImportPlan.PersonChange;
import io.cascade.organization.internal.hrimport.PeopleImportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR import and export of people and departments (CSV, UTF-8, header row; see docs/examples/people.csv). An
 * import is checked whole first; only a file without a single problem is applied, in one transaction, so an import
 * never half-happens. Applying checks the file again against the organisation as it is at that moment.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PeopleImportService {

    private final JdbcTemplate jdbc;
    private final PeopleImportWriter writer;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleImportService(JdbcTemplate jdbc, PeopleImportWriter writer, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.writer = writer;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The columns of the file, in the order the export writes them. */
    public static List<String> columns() {
        return PeopleImportPlan.COLUMNS;
    }

    /** Checks a file and tells what it would change; {@code progress} receives 0..1 while rows are checked. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, DoubleConsumer progress) {
        return PeopleImportPlan.of(file, OrganizationState.load(jdbc), progress).preview();
    }

    /**
     * Applies a file in one transaction and returns what it did, or throws {@link ImportRejectedException} (with all
     * problems) and changes nothing.
     */
    @Transactional
    public ImportPreview apply(byte[] file, String fileName) {
        OrganizationState state = OrganizationState.load(jdbc);
        PeopleImportPlan plan = PeopleImportPlan.of(file, state, fraction -> { });
        ImportPreview preview = plan.preview();
        if (!preview.isValid()) {
            throw new ImportRejectedException(preview);
        }
        Map<String, Long> ids = writer.write(plan, state, clock.instant());
        List<AuditRecord> records = new ArrayList<>();
        records.add(new AuditRecord("Import", fileName, "IMPORT_PEOPLE", "Imported " + fileName + ": "
                + preview.created() + " new, " + preview.changed() + " changed, " + preview.unchanged()
                + " unchanged, " + preview.deactivated() + " deactivated, " + preview.departmentsCreated()
                + " departments created", null, preview));
        for (PersonChange change : plan.changes()) {
            if (change.kind() != Kind.UNCHANGED) {
                records.add(new AuditRecord("Person", ids.get(change.employeeNumber()), "IMPORT_" + change.kind(),
                        change.firstName() + " " + change.lastName() + " (" + change.employeeNumber() + ") from "
                                + fileName, change.existing() == null ? null : before(change), after(change)));
            }
        }
        auditLog.recordAll(records);
        events.publishEvent(new OrganizationEvent.PeopleChanged(departmentsTouched(plan, ids)));
        return preview;
    }

    /** The departments people of the file left or joined, or whose members changed. */
    private Set<Long> departmentsTouched(PeopleImportPlan plan, Map<String, Long> ids) {
        Set<Long> departments = new HashSet<>();
        List<Long> changed = new ArrayList<>();
        for (PersonChange change : plan.changes()) {
            if (change.kind() != Kind.UNCHANGED) {
                changed.add(ids.get(change.employeeNumber()));
                if (change.existing() != null) {
                    departments.add(change.existing().departmentId());
                }
            }
        }
        for (int from = 0; from < changed.size(); from += 1_000) {
            List<Long> chunk = changed.subList(from, Math.min(changed.size(), from + 1_000));
            departments.addAll(jdbc.queryForList("select distinct department_id from person where id in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", Long.class,
                    chunk.toArray()));
        }
        return departments;
    }

    /**
     * Everyone, in the import format: importing the export changes nothing. A cell that a spreadsheet would run (a
     * name beginning with {@code =}, {@code +}, {@code -} or {@code @}) is written as text ({@link CsvCells}).
     */
    @Transactional(readOnly = true)
    public byte[] export() {
        OrganizationState state = OrganizationState.load(jdbc);
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(PeopleImportPlan.COLUMNS.toArray(String[]::new)).get())) {
            var people = new ArrayList<>(state.peopleById().values());
            people.sort(Comparator.comparing(OrganizationState.PersonRow::employeeNumber));
            for (var person : people) {
                var manager = person.reportsToId() == null ? null : state.peopleById().get(person.reportsToId());
                printer.printRecord(Stream.of(person.employeeNumber(), person.firstName(), person.lastName(),
                        person.email(), String.join("/", state.pathNames(person.departmentId())),
                        person.level().name(), manager == null ? "" : manager.employeeNumber(),
                        String.valueOf(person.active())).map(CsvCells::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> before(PersonChange change) {
        var existing = change.existing();
        var state = new LinkedHashMap<String, Object>();
        state.put("firstName", existing.firstName());
        state.put("lastName", existing.lastName());
        state.put("email", existing.email());
        state.put("level", existing.level());
        state.put("departmentId", existing.departmentId());
        state.put("reportsToId", existing.reportsToId());
        state.put("active", existing.active());
        return state;
    }

    private static Map<String, Object> after(PersonChange change) {
        var state = new LinkedHashMap<String, Object>();
        state.put("firstName", change.firstName());
        state.put("lastName", change.lastName());
        state.put("email", change.email());
        state.put("level", change.level());
        state.put("departmentPath", change.departmentKey());
        state.put("manager", change.managerNumber());
        state.put("active", change.active());
        return state;
    }
}
