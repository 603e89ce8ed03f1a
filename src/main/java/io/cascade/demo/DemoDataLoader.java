package io.cascade.demo;

import io.cascade.insight.TrickleDownLedger;
import io.cascade.demo.DemoCourses.CourseSpec;
import io.cascade.demo.DemoCourses.ModuleSpec;
import io.cascade.demo.DemoOrganization.Dept;
import io.cascade.demo.DemoOrganization.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Northwind demo organisation on start when {@code cascade.demo.enabled=true}. Idempotent: if the
 * company department already exists nothing is added. It writes the tables directly with SQL (the schema is the
 * contract), so it needs no module's internals; everything goes in one transaction. Session dates are relative to
 * today, so past classes stay past and upcoming ones upcoming whenever the demo is loaded.
 */
@Component
@ConditionalOnBooleanProperty("cascade.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    /** Password of the per-person demo accounts (first.last); the five named demo logins use their own name. */
    static final String PERSON_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String HEAD_OFFICE = "Head Office, Training Room 1";
    private static final String GRAND_HOTEL = "Grand Hotel, Conference Room B";
    private static final String MEETING_LINK = "https://meet.northwind.example/cascade/";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TrickleDownLedger ledger;

    DemoDataLoader(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PasswordEncoder passwordEncoder,
            TransactionTemplate transactions, TrickleDownLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        boolean loaded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (isLoaded()) {
                return false;
            }
            new Load(new DemoOrganization(), clock.instant()).run();
            // the demo is written in plain SQL, past the services the ledger follows
            ledger.rebuild();
            return true;
        }));
        if (loaded) {
            log.info("Demo organisation '{}' loaded in {} ms", DemoOrganization.COMPANY,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } else {
            log.info("Demo organisation '{}' already present; nothing loaded", DemoOrganization.COMPANY);
        }
    }

    boolean isLoaded() {
        return jdbc.sql("select count(*) from department where name = ? and parent_id is null")
                .param(DemoOrganization.COMPANY)
                .query(Long.class)
                .single() > 0;
    }

    /** One loading run; holds the ids it has created. */
    private final class Load {

        private final DemoOrganization org;
        private final Instant now;
        private final LocalDateTime createdAt;
        private final LocalDate today;
        private final Random random = new Random(7_2024L);
        private final Map<String, Long> courseIds = new HashMap<>();
        private final Map<String, EnrolmentRow> enrolments = new LinkedHashMap<>();
        private final List<Object[]> checkIns = new ArrayList<>();

        Load(DemoOrganization org, Instant now) {
            this.org = org;
            this.now = now;
            this.createdAt = utc(now);
            this.today = LocalDate.ofInstant(now, ZONE);
        }

        void run() {
            insertDepartments();
            insertPeople();
            insertAccounts();
            insertCourses();
            insertSessions();
            insertEnrolments();
            insertCheckIns();
            insertStoriesAndAGateOverride();
            jdbc.sql("update app_setting set value = ? where name = 'organisation.name' and value = 'Cascade'")
                    .param(DemoOrganization.COMPANY)
                    .update();
        }

        private void insertDepartments() {
            for (Dept dept : org.departments.values()) {
                dept.id = insert("insert into department (name, parent_id, tree_path, depth, created_at) "
                        + "values (?, ?, '/', ?, ?)", dept.name, dept.parent == null ? null : dept.parent.id,
                        dept.depth(), createdAt);
                dept.path = (dept.parent == null ? "/" : dept.parent.path) + dept.id + "/";
                jdbc.sql("update department set tree_path = ? where id = ?").params(dept.path, dept.id).update();
            }
        }

        private void insertPeople() {
            jdbcTemplate.batchUpdate("insert into person (employee_number, first_name, last_name, email, level, "
                    + "department_id, created_at) values (?, ?, ?, ?, ?, ?, ?)", org.people.stream()
                    .map(member -> new Object[] {member.employeeNumber, member.firstName, member.lastName,
                        member.email(), member.level, member.dept.id, createdAt})
                    .toList());
            Map<String, Long> ids = new HashMap<>();
            jdbc.sql("select id, employee_number from person where email like ?")
                    .param("%@" + DemoOrganization.EMAIL_DOMAIN)
                    .query(rs -> {
                        ids.put(rs.getString("employee_number"), rs.getLong("id"));
                    });
            org.people.forEach(member -> member.id = ids.get(member.employeeNumber));
            jdbcTemplate.batchUpdate("update person set reports_to_id = ? where id = ?", org.people.stream()
                    .filter(member -> member.reportsTo != null)
                    .map(member -> new Object[] {member.reportsTo.id, member.id})
                    .toList());
        }

        private void insertAccounts() {
            Set<String> taken = new HashSet<>(jdbc.sql("select lower(username) from user_account")
                    .query(String.class).list());
            Map<String, List<String>> roles = new LinkedHashMap<>();
            List<Object[]> accounts = new ArrayList<>();
            addAccount(taken, roles, accounts, "admin", passwordEncoder.encode("admin"), null, "ADMIN");
            addAccount(taken, roles, accounts, "trainer", passwordEncoder.encode("trainer"), org.leadTrainer,
                    "TRAINER", "EMPLOYEE");
            addAccount(taken, roles, accounts, "executive", passwordEncoder.encode("executive"), org.ceo,
                    "EXECUTIVE", "EMPLOYEE");
            addAccount(taken, roles, accounts, "manager", passwordEncoder.encode("manager"),
                    org.frontOfficeManager, "EMPLOYEE");
            addAccount(taken, roles, accounts, "employee", passwordEncoder.encode("employee"),
                    org.frontOfficeEmployee, "EMPLOYEE");
            Set<Member> withAccount = Set.of(org.leadTrainer, org.ceo, org.frontOfficeManager,
                    org.frontOfficeEmployee);
            // one hash for all per-person accounts: bcrypt per row would make the load take seconds
            String personHash = passwordEncoder.encode(PERSON_PASSWORD);
            for (Member member : org.people) {
                if (!withAccount.contains(member)) {
                    addAccount(taken, roles, accounts, member.username(), personHash, member, "EMPLOYEE");
                }
            }
            jdbcTemplate.batchUpdate("insert into user_account (username, password_hash, person_id, created_at) "
                    + "values (?, ?, ?, ?)", accounts);
            List<Object[]> accountRoles = new ArrayList<>();
            // roles holds only the usernames just inserted
            jdbc.sql("select id, username from user_account").query(rs -> {
                long id = rs.getLong("id");
                roles.getOrDefault(rs.getString("username"), List.of())
                        .forEach(role -> accountRoles.add(new Object[] {id, role}));
            });
            jdbcTemplate.batchUpdate("insert into user_account_role (account_id, role) values (?, ?)",
                    accountRoles);
        }

        private void addAccount(Set<String> taken, Map<String, List<String>> roles,
                List<Object[]> accounts, String username, String hash, Member person, String... accountRoles) {
            if (!taken.add(username)) {
                log.warn("Demo account {} not created: the username is taken", username);
                return;
            }
            roles.put(username, List.of(accountRoles));
            accounts.add(new Object[] {username, hash, person == null ? null : person.id, createdAt});
        }

        private void insertCourses() {
            List<Object[]> modules = new ArrayList<>();
            for (CourseSpec course : DemoCourses.ALL) {
                long id = insert("insert into course (code, title, summary, audience, refresher_months, status, "
                        + "context_text, content_text, buy_in_text, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?)", course.code(), course.title(),
                        course.summary(), course.audience(), course.refresherMonths(), course.context(),
                        course.content(), course.buyIn(), createdAt, createdAt);
                courseIds.put(course.code(), id);
                int position = 1;
                for (ModuleSpec module : course.modules()) {
                    modules.add(new Object[] {id, position++, module.title(), module.kind(), module.body(),
                        module.url(), module.passMark(), module.maxAttempts()});
                }
            }
            jdbcTemplate.batchUpdate("insert into course_module (course_id, position, title, kind, body, url, "
                    + "pass_mark, max_attempts) values (?, ?, ?, ?, ?, ?, ?, ?)", modules);
            insertQuizQuestions();
        }

        /** Every demo quiz gets the same questions on the service promises, so it can be taken and passed. */
        private void insertQuizQuestions() {
            List<Long> quizzes = jdbc.sql("select id from course_module where kind = 'QUIZ'").query(Long.class).list();
            List<Object[]> options = new ArrayList<>();
            for (long quiz : quizzes) {
                int position = 1;
                for (DemoQuizzes.Question question : DemoQuizzes.SERVICE_QUESTIONS) {
                    long id = insert("insert into quiz_question (module_id, position, prompt, multiple_choice) "
                            + "values (?, ?, ?, ?)", quiz, position++, question.prompt(), question.multipleChoice());
                    for (int option = 0; option < question.options().size(); option++) {
                        options.add(new Object[] {id, option, question.options().get(option),
                            question.correct().contains(option)});
                    }
                }
            }
            jdbcTemplate.batchUpdate("insert into quiz_option (question_id, position, label, correct) "
                    + "values (?, ?, ?, ?)", options);
        }

        /**
         * The rollout of the Service Standard is arranged so that every trickle-down status occurs: Front Office,
         * its Night Shift, Housekeeping, Flagship Store and the Phone Team trained managers first (IN_ORDER);
         * Customer Care's staff went before its manager, the Chat Team before its supervisor, and Technical
         * Support trained everyone together (OUT_OF_ORDER); Food and Beverage trained only managers
         * (READY_FOR_STAFF), Billing Enquiries some (MANAGERS_IN_PROGRESS); Returns and Repairs has no managers
         * (NO_MANAGERS); the rest have not started.
         */
        private void insertSessions() {
            String standard = DemoCourses.SERVICE_STANDARD;
            Member priya = org.leadTrainer;
            Member tom = org.trainer;
            Dept frontOffice = org.department("Front Office");
            Dept nightShift = org.department("Front Office Night Shift");
            Dept housekeeping = org.department("Housekeeping");
            Dept foodAndBeverage = org.department("Food and Beverage");
            Dept guestRelations = org.department("Guest Relations");
            Dept customerCare = org.department("Customer Care");
            Dept phoneTeam = org.department("Customer Care Phone Team");
            Dept chatTeam = org.department("Customer Care Chat Team");
            Dept technicalSupport = org.department("Technical Support");
            Dept billing = org.department("Billing Enquiries");
            Dept complaints = org.department("Complaints Resolution");
            Dept flagship = org.department("Flagship Store");
            Dept onlineOrders = org.department("Online Orders");
            Dept storeOperations = org.department("Store Operations");
            Dept returns = org.department("Returns and Repairs");
            Member customerCareManager = manager(customerCare);
            Member billingSupervisor = supervisors(billing).getFirst();

            Session managersFirst = session(standard, -120, 9, 180, "MANAGERS", HEAD_OFFICE, null, 30, priya,
                    frontOffice, nightShift, housekeeping, flagship, customerCare, phoneTeam);
            attend(managersFirst, List.of(org.ceo, org.chiefCustomerOfficer, org.person("Helena", "Brooks"),
                    org.person("Nadia", "Karim"), org.person("Rafael", "Ortiz")));
            mark(managersFirst, org.chiefOperatingOfficer, "EXCUSED");
            mark(managersFirst, org.person("Sophie", "Turner"), "LATE");
            attend(managersFirst, frontOffice.managers(), nightShift.managers(), housekeeping.managers(),
                    flagship.managers(), supervisors(customerCare), phoneTeam.managers());
            mark(managersFirst, supervisors(housekeeping).getFirst(), "LATE");
            mark(managersFirst, customerCareManager, "ABSENT");

            List<Member> frontOfficeStaff = frontOffice.staff();
            Session staffWave1 = session(standard, -90, 9, 180, "STAFF", GRAND_HOTEL, null, 25, tom,
                    frontOffice, nightShift, customerCare);
            attend(staffWave1, frontOfficeStaff.subList(0, 8), nightShift.staff(), customerCare.staff());
            mark(staffWave1, frontOfficeStaff.get(3), "LATE");
            mark(staffWave1, frontOfficeStaff.get(5), "ABSENT");

            Session mixedOnline = session(standard, -75, 14, 120, "MIXED", null, MEETING_LINK + "standard", 30,
                    priya, technicalSupport, phoneTeam, chatTeam);
            attend(mixedOnline, technicalSupport.members, phoneTeam.staff(), chatTeam.staff(),
                    List.of(org.person("Oliver", "Grant")));
            mark(mixedOnline, technicalSupport.staff().getLast(), "LATE");

            Session managersCatchUp = session(standard, -60, 9, 180, "MANAGERS", HEAD_OFFICE, null, 20, priya,
                    customerCare, foodAndBeverage, billing);
            attend(managersCatchUp, List.of(customerCareManager, org.chiefPeopleOfficer),
                    foodAndBeverage.managers(), billing.managers());
            mark(managersCatchUp, billingSupervisor, "ABSENT");

            List<Member> housekeepingStaff = housekeeping.staff();
            List<Member> flagshipStaff = flagship.staff();
            Session staffWave2 = session(standard, -40, 9, 180, "STAFF", "Flagship Store, Staff Room", null, 25,
                    tom, housekeeping, flagship, returns);
            attend(staffWave2, housekeepingStaff, flagshipStaff, returns.staff());
            mark(staffWave2, housekeepingStaff.get(4), "ABSENT");
            mark(staffWave2, flagshipStaff.get(2), "LATE");
            mark(staffWave2, flagshipStaff.get(6), "EXCUSED");

            // cancelled a few days ahead; its enrolments stay, the same people are booked a week later
            Session cancelled = session(standard, 5, 9, 180, "STAFF", GRAND_HOTEL, null, 15, tom, foodAndBeverage);
            jdbc.sql("update class_session set cancelled_at = ?, cancel_reason = ? where id = ?")
                    .params(utc(now.minus(Duration.ofDays(2))), "Trainer unavailable; moved to the following week",
                            cancelled.id())
                    .update();
            enrol(cancelled, foodAndBeverage.staff());

            Session foodAndBeverageStaff = session(standard, 12, 9, 180, "STAFF", GRAND_HOTEL, null, 8, priya,
                    foodAndBeverage);
            enrolWithWaitlist(foodAndBeverageStaff, foodAndBeverage.staff());

            Session managersNext = session(standard, 19, 14, 180, "MANAGERS", HEAD_OFFICE,
                    MEETING_LINK + "standard-managers", 20, priya, guestRelations, complaints, billing, onlineOrders,
                    storeOperations);
            enrol(managersNext, guestRelations.managers(), complaints.managers(), List.of(billingSupervisor),
                    onlineOrders.managers(), storeOperations.managers(),
                    List.of(org.person("Kwame", "Mensah"), org.chiefOperatingOfficer));

            Session staffCatchUp = session(standard, 33, 9, 180, "STAFF", GRAND_HOTEL, null, 20, tom, frontOffice,
                    housekeeping, flagship);
            enrol(staffCatchUp, frontOfficeStaff.subList(8, 10), List.of(frontOfficeStaff.get(5),
                    housekeepingStaff.get(4), flagshipStaff.get(6)));

            insertOtherCourseSessions();

            checkIns(standard, staffWave1, trained(staffWave1, frontOfficeStaff));
            checkIns(standard, staffWave1, trained(staffWave1, nightShift.staff()));
            checkIns(standard, mixedOnline, trained(mixedOnline, phoneTeam.staff()));
            checkIns(standard, staffWave2, trained(staffWave2, housekeepingStaff));
            checkIns(standard, staffWave2, trained(staffWave2, flagshipStaff));
        }

        /** Leaders attend some leadership classes but not all; the staff track runs managers first, mostly. */
        private void insertOtherCourseSessions() {
            Member priya = org.leadTrainer;
            Member tom = org.trainer;
            Dept frontOffice = org.department("Front Office");
            Dept housekeeping = org.department("Housekeeping");
            Dept flagship = org.department("Flagship Store");
            Dept onlineOrders = org.department("Online Orders");
            Dept storeOperations = org.department("Store Operations");
            Dept complaints = org.department("Complaints Resolution");
            Dept billing = org.department("Billing Enquiries");
            Dept phoneTeam = org.department("Customer Care Phone Team");
            Dept chatTeam = org.department("Customer Care Chat Team");

            String culture = DemoCourses.LEADING_SERVICE_CULTURE;
            Session cultureFirst = session(culture, -150, 9, 360, "MANAGERS", "Head Office, Boardroom", null, 20,
                    priya);
            attend(cultureFirst, List.of(org.ceo, org.chiefOperatingOfficer, org.chiefPeopleOfficer,
                    org.person("Helena", "Brooks"), org.person("Nadia", "Karim"), org.person("Sophie", "Turner"),
                    org.person("Kwame", "Mensah"), org.person("Rafael", "Ortiz"), org.frontOfficeManager,
                    manager(housekeeping), manager(org.department("Technical Support")), manager(flagship)));
            mark(cultureFirst, org.person("Rafael", "Ortiz"), "ABSENT");
            Session cultureNext = session(culture, 26, 9, 360, "MANAGERS", null, MEETING_LINK + "culture", 20,
                    priya);
            enrol(cultureNext, List.of(org.chiefCustomerOfficer, org.person("Rafael", "Ortiz"),
                    org.person("Oliver", "Grant"), manager(org.department("Food and Beverage")),
                    manager(org.department("Guest Relations")), manager(org.department("Customer Care")),
                    manager(billing), manager(complaints), manager(onlineOrders), manager(storeOperations)));

            String coaching = DemoCourses.COACHING_FOR_SERVICE;
            Session coachingFirst = session(coaching, -30, 9, 240, "MANAGERS", "Head Office, Training Room 2",
                    null, 16, priya);
            attend(coachingFirst, List.of(org.person("Helena", "Brooks"), org.person("Oliver", "Grant")),
                    frontOffice.managers(), List.of(manager(housekeeping)), flagship.managers(),
                    phoneTeam.managers());
            mark(coachingFirst, manager(flagship), "LATE");
            Session coachingNext = session(coaching, 40, 9, 240, "MANAGERS", HEAD_OFFICE, null, 16, priya);
            enrol(coachingNext, supervisors(housekeeping), chatTeam.managers(), billing.managers());

            String fundamentals = DemoCourses.SERVICE_FUNDAMENTALS;
            Session fundamentalsManagers = session(fundamentals, -100, 14, 180, "MANAGERS", HEAD_OFFICE, null, 12,
                    tom, flagship, onlineOrders, frontOffice);
            attend(fundamentalsManagers, flagship.managers(), onlineOrders.managers(), frontOffice.managers());
            Session fundamentalsStaff = session(fundamentals, -50, 9, 180, "STAFF", "Flagship Store, Staff Room",
                    null, 12, tom, flagship, onlineOrders);
            attend(fundamentalsStaff, flagship.staff().subList(0, 6), onlineOrders.staff().subList(0, 3));
            Session fundamentalsNext = session(fundamentals, 15, 9, 180, "STAFF", "Flagship Store, Staff Room",
                    null, 12, tom, flagship, storeOperations);
            enrol(fundamentalsNext, flagship.staff().subList(6, 10), storeOperations.staff());
            // Front Office's managers went first; its staff book themselves into this class (My learning)
            Session fundamentalsFrontOffice = session(fundamentals, 19, 9, 180, "STAFF", GRAND_HOTEL, null, 12, tom,
                    frontOffice);
            enrol(fundamentalsFrontOffice, frontOffice.staff().subList(1, 4));

            String complaintsCourse = DemoCourses.HANDLING_COMPLAINTS;
            Session complaintsTogether = session(complaintsCourse, -25, 9, 240, "MIXED", HEAD_OFFICE, null, 12,
                    priya, complaints);
            attend(complaintsTogether, complaints.members);
            Session complaintsNext = session(complaintsCourse, 35, 9, 240, "STAFF", HEAD_OFFICE, null, 12, tom,
                    billing);
            enrol(complaintsNext, billing.staff());

            Session etiquette = session(DemoCourses.PHONE_AND_CHAT, 8, 14, 120, "MIXED", null,
                    MEETING_LINK + "etiquette", 16, tom, phoneTeam, chatTeam);
            enrol(etiquette, phoneTeam.members, chatTeam.members);
        }

        private Session session(String courseCode, int dayOffset, int hour, int minutes, String audience,
                String location, String onlineUrl, int capacity, Member trainer, Dept... departments) {
            Instant startsAt = today.plusDays(dayOffset).atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
            long id = insert("insert into class_session (course_id, starts_at, duration_minutes, time_zone, "
                    + "location, online_url, capacity, trainer_id, audience, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", courseIds.get(courseCode), utc(startsAt), minutes,
                    ZONE.getId(), location, onlineUrl, capacity, trainer.id, audience,
                    utc(earlier(startsAt, Duration.ofDays(30))));
            jdbcTemplate.batchUpdate("insert into class_session_department (session_id, department_id) values (?, ?)",
                    Arrays.stream(departments).map(dept -> new Object[] {id, dept.id}).toList());
            return new Session(id, startsAt, minutes, capacity);
        }

        @SafeVarargs
        private void attend(Session session, Collection<Member>... groups) {
            for (Collection<Member> group : groups) {
                group.forEach(member -> add(session, member, "ENROLLED", null, "PRESENT"));
            }
        }

        /** Sets one person's attendance, enrolling them first if the plan has not. */
        private void mark(Session session, Member member, String attendance) {
            EnrolmentRow row = enrolments.get(session.id() + ":" + member.id);
            if (row == null) {
                add(session, member, "ENROLLED", null, attendance);
            } else {
                row.attendance = attendance;
            }
        }

        @SafeVarargs
        private void enrol(Session session, Collection<Member>... groups) {
            for (Collection<Member> group : groups) {
                group.forEach(member -> add(session, member, "ENROLLED", null, null));
            }
        }

        private void enrolWithWaitlist(Session session, List<Member> members) {
            int capacity = session.capacity();
            for (int i = 0; i < members.size(); i++) {
                boolean seat = i < capacity;
                add(session, members.get(i), seat ? "ENROLLED" : "WAITLISTED", seat ? null : i - capacity + 1,
                        null);
            }
        }

        private void add(Session session, Member member, String status, Integer waitlistPosition,
                String attendance) {
            String key = session.id() + ":" + member.id;
            if (enrolments.containsKey(key)) {
                throw new IllegalStateException("Demo plan enrols " + member.username() + " twice in a session");
            }
            enrolments.put(key, new EnrolmentRow(session, member, status, waitlistPosition, attendance));
        }

        private void insertEnrolments() {
            List<Object[]> rows = enrolments.values().stream().map(row -> {
                Instant enrolledAt = earlier(row.session.startsAt(), Duration.ofDays(14));
                Instant markedAt = row.attendance == null ? null : row.session.endsAt();
                return new Object[] {row.session.id(), row.member.id, row.status, row.waitlistPosition,
                    row.attendance, utc(enrolledAt), markedAt == null ? null : utc(markedAt)};
            }).toList();
            jdbcTemplate.batchUpdate("insert into enrolment (session_id, person_id, status, waitlist_position, "
                    + "attendance, enrolled_at, attendance_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
        }

        private List<Member> trained(Session session, List<Member> members) {
            return members.stream().filter(member -> {
                EnrolmentRow row = enrolments.get(session.id() + ":" + member.id);
                return row != null && ("PRESENT".equals(row.attendance) || "LATE".equals(row.attendance));
            }).toList();
        }

        /**
         * Managers reinforce some trained reports on time (within 30 days), some late and some not at all, in a
         * repeating pattern so every manager shows a partial champion rate.
         */
        private void checkIns(String courseCode, Session session, List<Member> trained) {
            LocalDate trainedOn = LocalDate.ofInstant(session.startsAt(), ZONE);
            for (int i = 0; i < trained.size(); i++) {
                Member member = trained.get(i);
                // on time, on time, never (still owed), late
                int daysAfter = switch (i % 4) {
                    case 0, 1 -> 5 + random.nextInt(20);
                    case 2 -> -1;
                    default -> 35 + random.nextInt(15);
                };
                LocalDate occurredOn = trainedOn.plusDays(daysAfter);
                if (daysAfter < 0 || occurredOn.isAfter(today)) {
                    continue;
                }
                boolean coaching = random.nextBoolean();
                checkIns.add(new Object[] {member.reportsTo.id, member.id, courseIds.get(courseCode), occurredOn,
                    coaching ? "COACHING" : "OBSERVATION",
                    coaching ? "Talked through a recent guest interaction and agreed one habit to keep."
                            : "Watched " + member.firstName + " handle a busy counter; greeting and follow-up "
                                    + "were to the standard.",
                    createdAt});
            }
        }

        /** Two featured service stories, and one staff member a trainer let in before her managers, with a reason. */
        private void insertStoriesAndAGateOverride() {
            long standard = courseIds.get(DemoCourses.SERVICE_STANDARD);
            Member emma = org.frontOfficeEmployee;
            Member careStaff = org.department("Customer Care").staff().getFirst();
            String insertStory = "insert into service_story (author_id, course_id, department_id, kind, title, "
                    + "what_happened, what_learned, featured, created_at) values (?, ?, ?, ?, ?, ?, ?, true, ?)";
            jdbcTemplate.update(insertStory, emma.id, standard, emma.dept.id, "SUCCESS",
                    "The guest who lost her passport",
                    "A guest arrived at midnight without her passport. Instead of quoting policy, I called the "
                            + "airport's lost property, kept her room and brought her tea while we waited.",
                    "Own the problem first, explain the rules later. She wrote to the general manager the next day.",
                    createdAt.minusDays(6));
            jdbcTemplate.update(insertStory, careStaff.id, standard, careStaff.dept.id, "FAILURE",
                    "Three transfers, no answer",
                    "A customer with a billing question was passed between three teams and hung up angry. Nobody "
                            + "owned the call because each of us assumed the next team would.",
                    "The first person to answer owns the customer until the problem is solved or handed over warmly.",
                    createdAt.minusDays(2));
            jdbc.sql("""
                    select e.id from enrolment e join class_session s on s.id = e.session_id
                    where s.course_id = ? and e.person_id = ? order by e.id limit 1""").param(standard)
                    .param(careStaff.id).query(Long.class).list().stream().findFirst()
                    .ifPresent(enrolment -> jdbcTemplate.update("update enrolment set gate_override = ?, "
                            + "gate_override_by = 'trainer' where id = ?",
                            "Peak season: the care desk could not wait for the managers' session", enrolment));
        }

        private void insertCheckIns() {
            jdbcTemplate.batchUpdate("insert into reinforcement_check_in (manager_id, person_id, course_id, "
                    + "occurred_on, kind, note, created_at) values (?, ?, ?, ?, ?, ?, ?)", checkIns);
        }

        private Member manager(Dept dept) {
            return dept.members.stream().filter(member -> member.level.equals("MANAGER")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(dept.name + " has no manager"));
        }

        private List<Member> supervisors(Dept dept) {
            return dept.members.stream().filter(member -> member.level.equals("SUPERVISOR")).toList();
        }

        private Instant earlier(Instant instant, Duration duration) {
            Instant candidate = instant.minus(duration);
            return candidate.isAfter(now) ? now : candidate;
        }

        private long insert(String sql, Object... params) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql(sql).params(Stream.of(params).toList()).update(keys, "id");
            return keys.getKey().longValue();
        }
    }

    private record Session(long id, Instant startsAt, int durationMinutes, int capacity) {

        Instant endsAt() {
            return startsAt.plus(Duration.ofMinutes(durationMinutes));
        }
    }

    private static final class EnrolmentRow {
        final Session session;
        final Member member;
        final String status;
        final Integer waitlistPosition;
        String attendance;

        EnrolmentRow(Session session, Member member, String status, Integer waitlistPosition, String attendance) {
            this.session = session;
            this.member = member;
            this.status = status;
            this.waitlistPosition = waitlistPosition;
            this.attendance = attendance;
        }
    }

    /** Instants are stored as UTC wall-clock DATETIME, as Hibernate does with hibernate.jdbc.time_zone=UTC. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
