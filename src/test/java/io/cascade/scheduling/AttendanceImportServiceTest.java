package io.cascade.scheduling;

import static io.cascade.scheduling.AttendanceImportFiles.HEADER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.base.imports.ImportProblem;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.NewCourse;
import io.cascade.scheduling.internal.ClassSession;
import io.cascade.scheduling.internal.Enrolment;
import io.cascade.scheduling.internal.EnrolmentRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@RecordApplicationEvents
@WithMockUser(username = "attendance-importer", roles = "ADMIN")
class AttendanceImportServiceTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    AttendanceImportService imports;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    EnrolmentRepository enrolments;
    @Autowired
    CourseService courses;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    /** A class session as the database holds it. */
    record Row(long id, Instant startsAt, int durationMinutes, String timeZone, String location, int capacity,
            boolean imported) {
    }

    @Test
    void shouldCreateOnePastSessionPerCourseAndStartWithEveryoneEnrolledAndMarked() {
        long course = fixtures.freshCourse();
        String code = code(course);
        List<String> people = employeeNumbers(3);
        String file = HEADER
                + people.get(0) + "," + code + ",2024-03-05 09:00,PRESENT\n"
                + people.get(1) + "," + code.toLowerCase() + ",2024-03-05T09:00,late\n"
                + people.get(2) + "," + code + ",2024-03-05 09:00,ABSENT\n"
                + people.get(0) + "," + code + ",2024-03-12 14:30:00,EXCUSED\n";

        AttendanceImportPreview preview = imports.preview(bytes(file), LONDON, fraction -> { });
        assertThat(preview.problems()).isEmpty();
        assertThat(preview).extracting(AttendanceImportPreview::rows, AttendanceImportPreview::sessionsCreated,
                AttendanceImportPreview::sessionsMatched, AttendanceImportPreview::created,
                AttendanceImportPreview::changed, AttendanceImportPreview::unchanged).containsExactly(4, 2, 0, 4, 0, 0);

        imports.apply(bytes(file), LONDON, "history.csv");

        List<Row> sessions = sessionsOf(course);
        assertThat(sessions).extracting(Row::startsAt, Row::capacity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2024-03-05T09:00:00Z"), 3),
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2024-03-12T14:30:00Z"), 1));
        assertThat(sessions).allSatisfy(session -> {
            assertThat(session.imported()).isTrue();
            assertThat(session.location()).isEqualTo("Imported");
            assertThat(session.timeZone()).isEqualTo("Europe/London");
            assertThat(session.durationMinutes()).isEqualTo(60);
        });
        assertThat(enrolment.rollCall(sessions.getFirst().id()))
                .extracting(entry -> personNumber(entry.personId()), RollCallEntry::status, RollCallEntry::attendance)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(people.get(0), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple(people.get(1), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple(people.get(2), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.ABSENT));
        assertThat(events.stream(SchedulingEvent.AttendanceMarked.class).map(SchedulingEvent::sessionId))
                .containsExactlyInAnyOrderElementsOf(sessions.stream().map(Row::id).toList());
        assertThat(auditLog.search(new AuditQuery("attendance-importer", "Import", "history.csv", null, null), 0, 5))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("IMPORT_ATTENDANCE");
                    assertThat(entry.summary()).isEqualTo("Imported attendance from history.csv: 4 new, 0 changed, "
                            + "0 unchanged, 2 sessions created, 0 existing sessions");
                    assertThat(entry.after()).contains("\"timeZone\":\"Europe/London\"");
                });
    }

    @Test
    void shouldReadTheTimesInTheChosenZone() {
        long course = fixtures.freshCourse();
        String file = HEADER + employeeNumbers(1).getFirst() + "," + code(course) + ",2024-07-01 09:00,PRESENT\n";

        imports.apply(bytes(file), ZoneId.of("America/New_York"), "new-york.csv");

        assertThat(sessionsOf(course)).extracting(Row::startsAt, Row::timeZone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Instant.parse("2024-07-01T13:00:00Z"),
                        "America/New_York"));
    }

    @Test
    void shouldUseTheExistingSessionAtThatStartAndChangeOnlyWhatDiffers() {
        long course = fixtures.freshCourse();
        Instant start = Instant.parse("2023-11-14T10:00:00Z");
        ClassSession session = fixtures.pastSession(course, start, SessionAudience.MIXED);
        List<Long> ids = fixtures.activePeople(4);
        enrolments.save(Enrolment.enrolled(session.getId(), ids.get(0), start)).markAttendance(AttendanceStatus.ABSENT,
                "No show", start);
        enrolments.save(Enrolment.enrolled(session.getId(), ids.get(1), start)).markAttendance(
                AttendanceStatus.PRESENT, null, start);
        enrolments.save(Enrolment.waitlisted(session.getId(), ids.get(2), 1, start));
        enrolments.flush();
        String code = code(course);
        String file = HEADER
                + personNumber(ids.get(0)) + "," + code + ",2023-11-14 10:00,EXCUSED\n"
                + personNumber(ids.get(1)) + "," + code + ",2023-11-14 10:00,PRESENT\n"
                + personNumber(ids.get(2)) + "," + code + ",2023-11-14 10:00,PRESENT\n"
                + personNumber(ids.get(3)) + "," + code + ",2023-11-14 10:00,LATE\n";

        AttendanceImportPreview preview = imports.preview(bytes(file), ZoneOffset.UTC, fraction -> { });
        assertThat(preview).extracting(AttendanceImportPreview::sessionsCreated,
                AttendanceImportPreview::sessionsMatched, AttendanceImportPreview::created,
                AttendanceImportPreview::changed, AttendanceImportPreview::unchanged).containsExactly(0, 1, 1, 2, 1);

        imports.apply(bytes(file), ZoneOffset.UTC, "existing.csv");

        assertThat(sessionsOf(course)).extracting(Row::id).containsExactly(session.getId());
        assertThat(enrolment.rollCall(session.getId()))
                .extracting(RollCallEntry::personId, RollCallEntry::status, RollCallEntry::attendance)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ids.get(0), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.EXCUSED),
                        org.assertj.core.groups.Tuple.tuple(ids.get(1), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple(ids.get(2), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple(ids.get(3), EnrolmentStatus.ENROLLED,
                                AttendanceStatus.LATE));
        assertThat(enrolment.attendanceChanges(session.getId()))
                .extracting(AttendanceChangeItem::changedBy, AttendanceChangeItem::from, AttendanceChangeItem::to)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("attendance-importer", AttendanceStatus.ABSENT,
                                AttendanceStatus.EXCUSED),
                        org.assertj.core.groups.Tuple.tuple("attendance-importer", null, AttendanceStatus.PRESENT));
        assertThat(events.stream(SchedulingEvent.AttendanceMarked.class).map(SchedulingEvent::sessionId))
                .containsExactly(session.getId());
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        long course = fixtures.freshCourse();
        byte[] file = AttendanceImportFiles.history(30, employeeNumbers(10), List.of(code(course)),
                LocalDateTime.of(2022, 1, 10, 9, 0));
        imports.apply(file, LONDON, "again.csv");
        List<Row> sessions = sessionsOf(course);
        long marks = marksIn(course);
        events.clear();

        AttendanceImportPreview again = imports.apply(file, LONDON, "again.csv");

        assertThat(again).extracting(AttendanceImportPreview::sessionsCreated, AttendanceImportPreview::sessionsMatched,
                AttendanceImportPreview::created, AttendanceImportPreview::changed, AttendanceImportPreview::unchanged)
                .containsExactly(0, 3, 0, 0, 30);
        assertThat(sessionsOf(course)).isEqualTo(sessions);
        assertThat(marksIn(course)).isEqualTo(marks).isEqualTo(30);
        assertThat(events.stream(SchedulingEvent.AttendanceMarked.class)).isEmpty();
    }

    @Test
    void shouldReportEveryProblemWithItsLineAndReasonAndImportNothing() {
        long course = fixtures.freshCourse();
        String code = code(course);
        long draft = courses.createCourse(new NewCourse("DR-" + System.nanoTime() % 100_000_000, "Draft Course",
                null, Audience.ALL, null, null, null, null)).id();
        fixtures.entityManager.flush();
        List<String> people = employeeNumbers(3);
        String p1 = people.get(0);
        String p2 = people.get(1);
        String file = HEADER
                + p1 + "," + code + ",2024-03-05 09:00,PRESENT\n"
                + "NOBODY-42," + code + ",2024-03-05 09:00,PRESENT\n"
                + p2 + ",NO-SUCH-COURSE,2024-03-05 09:00,PRESENT\n"
                + p2 + "," + code(draft) + ",2024-03-05 09:00,PRESENT\n"
                + p2 + "," + code + ",5 March 2024,PRESENT\n"
                + p2 + "," + code + ",2024-02-30 09:00,PRESENT\n"
                + p2 + "," + code + ",2099-01-01 09:00,PRESENT\n"
                + p2 + "," + code + ",2024-03-31 01:30,PRESENT\n"
                + p2 + "," + code + ",2024-03-05 09:00,ATTENDED\n"
                + p1 + "," + code + ",2024-03-05 09:00,ABSENT\n"
                + p2 + "," + code + ",,\n"
                + p2 + "," + code + "\n";

        AttendanceImportPreview preview = imports.preview(bytes(file), LONDON, fraction -> { });

        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactly(
                "Line 3, employee_number: Unknown employee number NOBODY-42: import the people first (HR import).",
                "Line 4, course_code: Unknown course code NO-SUCH-COURSE.",
                "Line 5, course_code: Course " + code(draft) + " (Draft Course) is a draft: publish it before "
                        + "importing its classes.",
                "Line 6, session_start: \"5 March 2024\" is not a date and time like 2024-03-05 09:00 "
                        + "(year-month-day hours:minutes).",
                "Line 7, session_start: \"2024-02-30 09:00\" is not a date and time like 2024-03-05 09:00 "
                        + "(year-month-day hours:minutes).",
                "Line 8, session_start: 2099-01-01 09:00 is in the future: only classes that took place can be "
                        + "imported.",
                "Line 9, session_start: 2024-03-31 01:30 does not exist in Europe/London (the clocks went forward "
                        + "then).",
                "Line 10, status: Unknown status \"ATTENDED\". Use one of PRESENT, LATE, EXCUSED, ABSENT.",
                "Line 11, employee_number: " + p1 + " is in this class already, on line 2 as PRESENT: one status "
                        + "per person and class.",
                "Line 12, session_start: Enter when the class started, like 2024-03-05 09:00.",
                "Line 12, status: Enter the status. Use one of PRESENT, LATE, EXCUSED, ABSENT.",
                "Line 13: Expected 4 values, found 2. Put values containing commas in double quotes.");
        assertThat(preview.isValid()).isFalse();
        assertThatThrownBy(() -> imports.apply(bytes(file), LONDON, "bad.csv"))
                .isInstanceOf(AttendanceImportRejectedException.class);
        assertThat(sessionsOf(course)).isEmpty();
        assertThat(events.stream(SchedulingEvent.AttendanceMarked.class)).isEmpty();
    }

    @Test
    void shouldExplainAFileThatIsNotAnAttendanceFile() {
        assertThat(imports.preview(bytes("employee_number,course,when\nE1,SVC-100,2024-01-01 09:00\n"), LONDON,
                fraction -> { }).problems()).extracting(ImportProblem::toString).containsExactly(
                        "Line 1: Missing column(s): course_code, session_start, status. Unknown or repeated column(s): "
                                + "course, when. The header must be: employee_number,course_code,session_start,status");
        assertThat(imports.preview(HEADER.concat("E0001,SVC-100,2024-01-01 09:00,PRÉSENT\n")
                .getBytes(StandardCharsets.ISO_8859_1), LONDON, fraction -> { }).problems())
                .extracting(ImportProblem::toString).containsExactly("Line 2: The file is not UTF-8 text (an invalid "
                        + "byte at line 2). Save it as \"CSV UTF-8\" and try again.");
        assertThat(imports.preview(bytes(HEADER), LONDON, fraction -> { }).problems())
                .extracting(ImportProblem::toString).containsExactly("File: The file has a header but no attendance.");
    }

    @Test
    void shouldRefuseACourseWhoseTrainingIsCompletedWithoutClassesOncePerCourse() {
        long course = fixtures.freshCourse();
        List<Long> ids = fixtures.activePeople(3);
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) values (:p, :c, :at)")
                .param("p", ids.get(0)).param("c", course).param("at", LocalDateTime.of(2023, 5, 1, 12, 0)).update();
        String code = code(course);
        String file = HEADER
                + personNumber(ids.get(1)) + "," + code + ",2024-03-05 09:00,PRESENT\n"
                + personNumber(ids.get(2)) + "," + code + ",2024-03-05 09:00,PRESENT\n";

        assertThat(imports.preview(bytes(file), LONDON, fraction -> { }).problems())
                .extracting(ImportProblem::toString).containsExactly("Line 2, course_code: Course " + code
                        + " has no classes in Cascade: 1 person is trained in it by completing its modules, and a "
                        + "class would stop those completions counting. Leave out the rows of this course (this "
                        + "line and any later ones).");
    }

    @Test
    void shouldRefuseAClassThatIsCancelledInCascade() {
        long course = fixtures.freshCourse();
        ClassSession session = fixtures.pastSession(course, Instant.parse("2023-06-01T08:00:00Z"),
                SessionAudience.MIXED);
        session.cancel("Snow", Instant.parse("2023-05-31T08:00:00Z"));
        fixtures.sessions.saveAndFlush(session);
        String file = HEADER + employeeNumbers(1).getFirst() + "," + code(course) + ",2023-06-01 08:00,PRESENT\n";

        assertThat(imports.preview(bytes(file), ZoneOffset.UTC, fraction -> { }).problems())
                .extracting(ImportProblem::toString).containsExactly("Line 2, session_start: The class of "
                        + code(course) + " at 2023-06-01 08:00 is cancelled in Cascade, so its attendance would "
                        + "never count. Remove its rows or correct the time.");
    }

    @Test
    void shouldImportNothingWhenOnlyOneRowOfManyIsWrong() {
        long course = fixtures.freshCourse();
        var file = new String(AttendanceImportFiles.history(200, employeeNumbers(20), List.of(code(course)),
                LocalDateTime.of(2021, 2, 1, 9, 0)), UTF_8) + "NOBODY-1," + code(course) + ",2021-02-01 09:00,LATE\n";

        assertThatThrownBy(() -> imports.apply(bytes(file), LONDON, "mixed.csv"))
                .isInstanceOfSatisfying(AttendanceImportRejectedException.class, e -> assertThat(
                        e.preview().problems()).extracting(ImportProblem::line).containsExactly(202));
        assertThat(sessionsOf(course)).isEmpty();
        assertThat(auditLog.search(new AuditQuery("attendance-importer", "Import", "mixed.csv", null, null), 0, 5))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "a-trainer", roles = "TRAINER")
    void shouldLetOnlyAnAdminImportAttendance() {
        assertThatThrownBy(() -> imports.preview(bytes(HEADER), LONDON, fraction -> { }))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.apply(bytes(HEADER), LONDON, "x.csv"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void shouldImportTwentyThousandRowsInOneTransaction() {
        long first = fixtures.freshCourse();
        long second = fixtures.freshCourse();
        byte[] file = AttendanceImportFiles.history(20_000, employeeNumbers(100), List.of(code(first), code(second)),
                LocalDateTime.of(2015, 1, 5, 9, 0));
        long started = System.nanoTime();

        AttendanceImportPreview preview = imports.preview(file, LONDON, fraction -> { });
        AttendanceImportPreview applied = imports.apply(file, LONDON, "big.csv");

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("20,000 attendance rows checked and imported in %d ms%n", millis);
        assertThat(preview.problems()).isEmpty();
        assertThat(applied).extracting(AttendanceImportPreview::sessionsCreated, AttendanceImportPreview::created)
                .containsExactly(200, 20_000);
        assertThat(marksIn(first) + marksIn(second)).isEqualTo(20_000);
        assertThat(events.stream(SchedulingEvent.AttendanceMarked.class)).hasSize(200);
    }

    @Test
    void shouldAcceptTheDocumentedExampleAndExplainTheBrokenOne() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("docs/examples/attendance.csv"));
        byte[] broken = Files.readAllBytes(Path.of("docs/examples/attendance-with-errors.csv"));

        AttendanceImportPreview preview = imports.preview(example, LONDON, fraction -> { });
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).isPositive();
        assertThat(imports.preview(broken, LONDON, fraction -> { }).problems()).extracting(ImportProblem::line)
                .containsExactly(3, 4, 5, 6, 7);
    }

    private List<Row> sessionsOf(long courseId) {
        return jdbc.sql("select id, starts_at, duration_minutes, time_zone, location, capacity, imported "
                + "from class_session where course_id = :id order by starts_at").param("id", courseId)
                .query((rs, n) -> new Row(rs.getLong("id"),
                        rs.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getInt("duration_minutes"), rs.getString("time_zone"), rs.getString("location"),
                        rs.getInt("capacity"), rs.getBoolean("imported")))
                .list();
    }

    private long marksIn(long courseId) {
        return jdbc.sql("select count(*) from enrolment e join class_session s on s.id = e.session_id "
                + "where s.course_id = :id and e.attendance is not null").param("id", courseId).query(Long.class)
                .single();
    }

    private List<String> employeeNumbers(int count) {
        return jdbc.sql("select employee_number from person where active = true order by id limit :n")
                .param("n", count).query(String.class).list();
    }

    private String personNumber(long personId) {
        return jdbc.sql("select employee_number from person where id = :id").param("id", personId)
                .query(String.class).single();
    }

    private String code(long courseId) {
        return jdbc.sql("select code from course where id = :id").param("id", courseId).query(String.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

}
