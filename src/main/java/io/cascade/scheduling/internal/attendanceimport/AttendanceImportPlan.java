package io.cascade.scheduling.internal.attendanceimport;

import io.cascade.base.i18n.Text;
import io.cascade.base.imports.CsvFile;
import io.cascade.base.imports.ImportProblem;
import io.cascade.scheduling.AttendanceImportPreview;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.CourseRow;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.EnrolmentRow;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.PersonRow;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.SessionKey;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.SessionRow;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every row of an attendance history file and works out what applying it would change. Rows of the same
 * course and start are one class: an existing session of that course at that start, or a new past session. Reports
 * all problems, not the first one, so an admin fixes the file in one go, each in the current language (the page's, which
 * the view sets for the background check).
 */
public final class AttendanceImportPlan {

    public static final String EMPLOYEE_NUMBER = "employee_number";
    public static final String COURSE_CODE = "course_code";
    public static final String SESSION_START = "session_start";
    public static final String STATUS = "status";
    public static final List<String> COLUMNS = List.of(EMPLOYEE_NUMBER, COURSE_CODE, SESSION_START, STATUS);

    /** 2024-03-05 09:00, also with a T between date and time, and with seconds. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int EARLIEST_YEAR = 1970;

    public enum Kind { CREATED, CHANGED, UNCHANGED }

    /** A person's attendance in a class, ready to write; {@code existing} is their enrolment there, if any. */
    public record Mark(long personId, AttendanceStatus attendance, EnrolmentRow existing, Kind kind) {
    }

    /** The rows of one class: an existing session ({@code sessionId}) or one to create (null). */
    public record SessionGroup(SessionKey key, ZoneId zone, Long sessionId, List<Mark> marks) {

        /** Whether applying writes anything for this class. */
        public boolean touched() {
            return sessionId == null || marks.stream().anyMatch(mark -> mark.kind() != Kind.UNCHANGED);
        }
    }

    private record Seen(int line, AttendanceStatus attendance) {
    }

    private record ValidRow(int line, PersonRow person, CourseRow course, SessionKey key, AttendanceStatus status) {
    }

    private final AttendanceState state;
    private final ZoneId zone;
    private final Instant now;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<SessionGroup> groups = new ArrayList<>();
    private final Set<SessionKey> cancelledReported = new HashSet<>();
    private int rows;
    private int repeated;

    private AttendanceImportPlan(AttendanceState state, ZoneId zone, Instant now) {
        this.state = state;
        this.zone = zone;
        this.now = now;
    }

    /** Reads and checks a file; times in it are wall-clock times in {@code zone}. */
    public static AttendanceImportPlan of(byte[] file, AttendanceState state, ZoneId zone, Instant now,
            DoubleConsumer progress) {
        var plan = new AttendanceImportPlan(state, zone, now);
        CsvFile.Parsed parsed = CsvFile.read(file, COLUMNS);
        plan.problems.addAll(parsed.problems());
        plan.check(parsed.rows(), progress);
        plan.problems.sort(Comparator.comparingInt(ImportProblem::line)
                .thenComparingInt(problem -> problem.column() == null ? -1 : COLUMNS.indexOf(problem.column())));
        return plan;
    }

    public AttendanceImportPreview preview() {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int newSessions = 0;
        for (SessionGroup group : groups) {
            if (group.sessionId() == null) {
                newSessions++;
            }
            for (Mark mark : group.marks()) {
                switch (mark.kind()) {
                    case CREATED -> created++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
        return new AttendanceImportPreview(rows, problems, newSessions, groups.size() - newSessions, created,
                changed, unchanged, repeated);
    }

    /** The classes to write, in the order the file first names them; empty when the file has problems. */
    public List<SessionGroup> groups() {
        return groups;
    }

    private void check(List<CsvFile.Row> fileRows, DoubleConsumer progress) {
        rows = fileRows.size();
        List<ValidRow> valid = new ArrayList<>();
        Set<Long> coursesReported = new HashSet<>();
        int done = 0;
        for (CsvFile.Row row : fileRows) {
            ValidRow checked = checkRow(row, coursesReported);
            if (checked != null) {
                valid.add(checked);
            }
            if (++done % 500 == 0) {
                progress.accept(0.9 * done / rows);
            }
        }
        state.loadSessionsOf(valid.stream().map(row -> row.course().id()).distinct().toList());
        Map<SessionKey, Long> sessionIds = matchSessions(valid);
        state.loadEnrolmentsOf(sessionIds.values().stream().filter(id -> id != null).distinct().toList());
        Map<SessionKey, Map<Long, Seen>> seen = new LinkedHashMap<>();
        Map<SessionKey, List<Mark>> marks = new LinkedHashMap<>();
        for (ValidRow row : valid) {
            if (!sessionIds.containsKey(row.key())) {
                continue;
            }
            Map<Long, Seen> inClass = seen.computeIfAbsent(row.key(), key -> new HashMap<>());
            Seen before = inClass.putIfAbsent(row.person().id(), new Seen(row.line(), row.status()));
            if (before != null) {
                if (before.attendance() == row.status()) {
                    repeated++;
                } else {
                    problem(row.line(), EMPLOYEE_NUMBER, Text.of("scheduling.attendanceImport.problem.twice",
                            row.person().employeeNumber(), String.valueOf(before.line()), before.attendance().name()));
                }
                continue;
            }
            Long sessionId = sessionIds.get(row.key());
            EnrolmentRow existing = sessionId == null ? null : state.enrolment(sessionId, row.person().id());
            marks.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(new Mark(row.person().id(), row.status(),
                    existing, kind(existing, row.status())));
        }
        if (rows == 0 && problems.isEmpty()) {
            problem(0, null, Text.of("scheduling.attendanceImport.problem.noRows"));
        }
        if (problems.isEmpty()) {
            marks.forEach((key, list) -> groups.add(new SessionGroup(key, zone, sessionIds.get(key), list)));
        }
        progress.accept(1.0);
    }

    /**
     * The session each class goes to: the first not cancelled session of the course at that start, or null for a
     * new one. A class whose only sessions are cancelled is a problem (their attendance would never count), reported
     * on its first row; it gets no entry.
     */
    private Map<SessionKey, Long> matchSessions(List<ValidRow> valid) {
        Map<SessionKey, Long> ids = new HashMap<>();
        for (ValidRow row : valid) {
            if (ids.containsKey(row.key())) {
                continue;
            }
            List<SessionRow> sessions = state.sessions(row.key());
            var open = sessions.stream().filter(session -> !session.cancelled())
                    .min(Comparator.comparingLong(SessionRow::id));
            if (open.isPresent()) {
                ids.put(row.key(), open.get().id());
            } else if (sessions.isEmpty()) {
                ids.put(row.key(), null);
            } else if (!cancelledReported.contains(row.key())) {
                cancelledReported.add(row.key());
                problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.cancelled",
                        row.course().code(), shown(row.key().startsAt())));
            }
        }
        return ids;
    }

    private static Kind kind(EnrolmentRow existing, AttendanceStatus status) {
        if (existing == null) {
            return Kind.CREATED;
        }
        return existing.status() == EnrolmentStatus.ENROLLED && existing.attendance() == status ? Kind.UNCHANGED
                : Kind.CHANGED;
    }

    private ValidRow checkRow(CsvFile.Row row, Set<Long> coursesReported) {
        int before = problems.size();
        PersonRow person = person(row);
        CourseRow course = course(row, coursesReported);
        Instant start = start(row);
        AttendanceStatus status = status(row);
        if (problems.size() > before || person == null || course == null || start == null || status == null) {
            return null;
        }
        return new ValidRow(row.line(), person, course, new SessionKey(course.id(), start), status);
    }

    private PersonRow person(CsvFile.Row row) {
        String number = row.get(EMPLOYEE_NUMBER);
        if (number.isEmpty()) {
            problem(row.line(), EMPLOYEE_NUMBER, Text.of("scheduling.attendanceImport.problem.employeeRequired"));
            return null;
        }
        PersonRow person = state.person(number);
        if (person == null) {
            problem(row.line(), EMPLOYEE_NUMBER, Text.of("scheduling.attendanceImport.problem.employeeUnknown",
                    shorten(number)));
        }
        return person;
    }

    private CourseRow course(CsvFile.Row row, Set<Long> coursesReported) {
        String code = row.get(COURSE_CODE);
        if (code.isEmpty()) {
            problem(row.line(), COURSE_CODE, Text.of("scheduling.attendanceImport.problem.courseRequired"));
            return null;
        }
        CourseRow course = state.course(code);
        if (course == null) {
            problem(row.line(), COURSE_CODE, Text.of("scheduling.attendanceImport.problem.courseUnknown", shorten(code)));
            return null;
        }
        if ("DRAFT".equals(course.status())) {
            problem(row.line(), COURSE_CODE, Text.of("scheduling.attendanceImport.problem.courseDraft", course.code(),
                    course.title()));
            return null;
        }
        if (!course.hasSessions() && course.completions() > 0) {
            // one problem per course, not one per row: the file may have thousands of its rows
            if (coursesReported.add(course.id())) {
                problem(row.line(), COURSE_CODE, Text.of("scheduling.attendanceImport.problem.courseTrainedByModules",
                        course.code(), course.completions()));
            }
            return null;
        }
        return course;
    }

    private Instant start(CsvFile.Row row) {
        String text = row.get(SESSION_START);
        if (text.isEmpty()) {
            problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.startRequired"));
            return null;
        }
        Matcher matcher = DATE_TIME.matcher(text);
        LocalDateTime local;
        try {
            if (!matcher.matches()) {
                throw new DateTimeException(text);
            }
            local = LocalDateTime.of(LocalDate.parse(matcher.group(1)), LocalTime.parse(matcher.group(2)));
        } catch (DateTimeException e) {
            problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.startUnreadable",
                    shorten(text)));
            return null;
        }
        if (local.getYear() < EARLIEST_YEAR) {
            problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.startTooEarly", shorten(text),
                    String.valueOf(EARLIEST_YEAR)));
            return null;
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.startSkipped",
                    shorten(text), zone.getId()));
            return null;
        }
        Instant start = local.atZone(zone).toInstant();
        if (start.isAfter(now)) {
            problem(row.line(), SESSION_START, Text.of("scheduling.attendanceImport.problem.startInFuture",
                    shorten(text)));
            return null;
        }
        return start;
    }

    private AttendanceStatus status(CsvFile.Row row) {
        String value = row.get(STATUS);
        try {
            return AttendanceStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(row.line(), STATUS, value.isEmpty() ? Text.of("scheduling.attendanceImport.problem.statusRequired")
                    : Text.of("scheduling.attendanceImport.problem.statusUnknown", shorten(value)));
            return null;
        }
    }

    private String shown(Instant instant) {
        return SHOWN.format(instant.atZone(zone));
    }

    private void problem(int line, String column, Text message) {
        problems.add(new ImportProblem(line, column, message.inCurrentLanguage()));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
