package io.cascade.insight.bench;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a whole organisation on V1's schema with plain JDBC, for benchmarks: a four-level department tree, people
 * at every level with reporting lines, 60 courses, a managers-first rollout of every course with class sessions,
 * attendance, completions of classless courses, refresher rounds and reinforcement check-ins. The same size and
 * seed always give the same rows.
 * <p>
 * The distributions follow what an executive would find in a real rollout: most departments trained their managers
 * first; some are out of order (a staff member slipped into the managers' class, a manager trained late or never);
 * some have not started or are still training managers; a few teams have no manager at all; leaders sit in on about
 * two thirds of the courses; a few classes are cancelled (some with attendance already marked, which must not
 * count); people miss a class and come to a later one; classes after "now" are not marked yet; a few staff get a
 * check-in from their manager after training, most of them on time. Leadership-track courses train managers only,
 * archived courses keep their history, draft courses have none.
 * <p>
 * Ids are assigned here, not by the database, so rows can refer to each other without reading keys back; foreign
 * key checks are switched off for the load session only (the rows are consistent by construction).
 */
public final class OrganisationGenerator {

    /**
     * Organisation sizes of the benchmark; enrolment and completion rows grow with the number of people. At XL every
     * third course recurs yearly (every fourth below): a company of 100,000 has more recurring compliance courses,
     * and it takes XL past five million enrolments.
     */
    public enum Size {
        S(1_000, 20, 4),
        M(5_000, 100, 4),
        L(20_000, 400, 4),
        XL(100_000, 2_000, 3);

        final int people;
        final int departments;
        final int refresherEvery;

        Size(int people, int departments, int refresherEvery) {
            this.people = people;
            this.departments = departments;
            this.refresherEvery = refresherEvery;
        }
    }

    /** Bump when the generated rows change, so existing benchmark databases are rebuilt. */
    static final int GENERATOR_VERSION = 3;
    static final String MARKER_SETTING = "bench.organisation";
    static final int COURSES = 60;
    /** "Now" of the generated organisation: classes after it are not marked yet. */
    static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 2, 0, 0);
    private static final LocalDate FIRST_ROLLOUT = LocalDate.of(2023, 1, 2);
    private static final LocalDateTime CREATED = FIRST_ROLLOUT.minusMonths(2).atStartOfDay();
    /** Managers are booked in the first two weeks of a course's rollout, staff from week five on. */
    private static final int MANAGER_PHASE_DAYS = 14;
    private static final int STAFF_PHASE_START = 28;
    private static final int STAFF_PHASE_DAYS = 90;
    private static final int MANAGER_CAPACITY = 20;
    private static final int STAFF_CAPACITY = 30;

    private static final String[] FIRST_NAMES = {"Ada", "Ben", "Cara", "Dev", "Ella", "Finn", "Gwen", "Hugo", "Iris",
            "Jon", "Kira", "Liam", "Maya", "Nils", "Olga", "Paul", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Vik",
            "Wren", "Xena", "Yusuf", "Zoe", "Amir", "Bea", "Chen", "Dora", "Eli", "Fatima", "Gus", "Hana", "Ivo",
            "Jade", "Karl", "Lena", "Mo", "Nora"};
    private static final String[] LAST_NAMES = {"Adams", "Baker", "Chowdhury", "Dubois", "Evans", "Fischer", "Garcia",
            "Hughes", "Ito", "Jansen", "Kowalski", "Larsen", "Müller", "Nowak", "O'Brien", "Patel", "Quist", "Rossi",
            "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Andersen", "Brown", "Costa",
            "Doyle", "Eriksen", "Fernandes", "Gruber", "Horvat", "Iqbal", "Jones", "Kim", "Lopez", "Moreau", "Ng"};
    private static final String[] DIVISIONS = {"Stores", "Contact Centre", "Online", "Hospitality", "Logistics",
            "Field Service", "Shared Services", "Wholesale", "Travel", "Care"};
    private static final String[] TOPICS = {"Why Service Matters", "Greeting the Customer", "Listening First",
            "Handling Complaints", "Service Recovery", "Phone Etiquette", "Writing to Customers", "Difficult Guests",
            "Owning the Problem", "Going the Extra Mile", "Coaching on the Floor", "Leading by Example"};

    private enum Rollout { NOT_STARTED, MANAGERS_IN_PROGRESS, READY_FOR_STAFF, IN_ORDER, OUT_OF_ORDER }

    private record Department(long id, Long parentId, String treePath, int depth, String name) {
    }

    private static final class Person {
        final long id;
        final int department;
        final String level;
        final boolean active;
        Long reportsTo;

        Person(long id, int department, String level, boolean active) {
            this.id = id;
            this.department = department;
            this.level = level;
            this.active = active;
        }

        boolean isStaff() {
            return "STAFF".equals(level);
        }
    }

    private record Course(long id, int index, String audience, String status, Integer refresherMonths,
                          boolean classless, LocalDate rolloutStart) {
    }

    private static final class Session {
        final long id;
        final long courseId;
        final LocalDateTime startsAt;
        final boolean forManagers;
        final boolean cancelled;
        final Set<Long> departmentIds = new LinkedHashSet<>();
        int enrolled;

        Session(long id, long courseId, LocalDateTime startsAt, boolean forManagers, boolean cancelled) {
            this.id = id;
            this.courseId = courseId;
            this.startsAt = startsAt;
            this.forManagers = forManagers;
            this.cancelled = cancelled;
        }
    }

    /** Rows written per table. */
    public record Summary(Size size, long departments, long people, long courses, long sessions, long enrolments,
                          long completions, long checkIns) {

        /** Enrolment and attendance rows plus completions: the rows "trained at" is aggregated from. */
        public long trainingRows() {
            return enrolments + completions;
        }
    }

    private final Size size;
    private final long seed;
    private final Random random;
    private final List<Department> departments = new ArrayList<>();
    private final List<List<Person>> membersByDepartment = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Course> courses = new ArrayList<>();
    /** Teams set up so recently that they have not started any course. */
    private final Set<Integer> newTeams = new LinkedHashSet<>();
    /** Per department: the chance that a course it trains in goes out of order. */
    private double[] outOfOrderChance;
    /** The open class of a (course, day, managers or staff) slot: the last one created, until it is full. */
    private final Map<Long, Session> openSessions = new HashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private BulkInsert enrolments;
    private BulkInsert completions;
    private BulkInsert checkIns;

    public OrganisationGenerator(Size size, long seed) {
        this.size = size;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Makes sure {@code database} on the server holds this size and seed: creates it and runs the migrations,
     * then keeps it when its marker matches, or else drops and rebuilds it. Only databases named
     * {@code cascade_bench_*} are ever dropped.
     *
     * @param serverUrl e.g. {@code jdbc:mariadb://127.0.0.1:3306/}
     */
    public Summary ensure(String serverUrl, String database, String user, String password) throws SQLException {
        if (!database.matches("cascade_bench_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Benchmark databases are named cascade_bench_*: " + database);
        }
        String databaseUrl = serverUrl + database;
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = server.createStatement()) {
            statement.execute("create database if not exists " + database);
        }
        migrate(databaseUrl, user, password);
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password)) {
            if (marker().equals(readMarker(connection))) {
                return count(connection);
            }
        }
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = server.createStatement()) {
            statement.execute("drop database " + database);
            statement.execute("create database " + database);
        }
        migrate(databaseUrl, user, password);
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password)) {
            generate(connection);
            return count(connection);
        }
    }

    private static void migrate(String databaseUrl, String user, String password) {
        Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration").load()
                .migrate();
    }

    String marker() {
        return "size=" + size + " people=" + size.people + " departments=" + size.departments + " courses=" + COURSES
                + (size.refresherEvery == 4 ? "" : " refresherEvery=" + size.refresherEvery)
                + " seed=" + seed + " generator=" + GENERATOR_VERSION;
    }

    private static String readMarker(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select value from app_setting where name = ?")) {
            statement.setString(1, MARKER_SETTING);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Summary count(Connection connection) throws SQLException {
        return new Summary(size, rows(connection, "department"), rows(connection, "person"),
                rows(connection, "course"), rows(connection, "class_session"), rows(connection, "enrolment"),
                rows(connection, "course_completion"), rows(connection, "reinforcement_check_in"));
    }

    private static long rows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Writes the organisation into an empty, migrated schema, then the marker. */
    public void generate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
        }
        connection.setAutoCommit(true);
        buildDepartments();
        buildPeople();
        buildCourses();
        writeDepartments(connection);
        writePeople(connection);
        writeCourses(connection);
        try (var enrolmentRows = new BulkInsert(connection, "enrolment", "session_id", "person_id", "status",
                "attendance", "enrolled_at", "attendance_at");
             var completionRows = new BulkInsert(connection, "course_completion", "person_id", "course_id",
                     "completed_at");
             var checkInRows = new BulkInsert(connection, "reinforcement_check_in", "manager_id", "person_id",
                     "course_id", "occurred_on", "kind", "created_at")) {
            enrolments = enrolmentRows;
            completions = completionRows;
            checkIns = checkInRows;
            for (Course course : courses) {
                if (!"DRAFT".equals(course.status())) {
                    rollOut(course);
                }
            }
        }
        writeSessions(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 1");
            statement.execute("analyze table department, person, course, class_session, class_session_department,"
                    + " enrolment, course_completion, reinforcement_check_in");
        }
        try (var statement = connection.prepareStatement("insert into app_setting (name, value) values (?, ?)")) {
            statement.setString(1, MARKER_SETTING);
            statement.setString(2, marker());
            statement.executeUpdate();
        }
    }

    // ------------------------------------------------------------------------------------------ organisation

    /** Company, divisions, departments, teams: about 1 : 7 : 56 : 336 at 400 departments, parents first. */
    private void buildDepartments() {
        int total = size.departments;
        int divisions = Math.max(2, Math.round(total * 7 / 400f));
        int middle = Math.max(3, Math.round(total * 56 / 400f));
        int teams = total - 1 - divisions - middle;
        addDepartment(null, "Cascade Retail");
        for (int i = 0; i < divisions; i++) {
            String name = DIVISIONS[i % DIVISIONS.length] + (i < DIVISIONS.length ? "" : " " + (i / DIVISIONS.length + 1));
            addDepartment(0, name);
        }
        for (int i = 0; i < middle; i++) {
            int parent = 1 + i % divisions;
            addDepartment(parent, departments.get(parent).name() + " - Region " + (i / divisions + 1));
        }
        for (int i = 0; i < teams; i++) {
            int parent = 1 + divisions + i % middle;
            addDepartment(parent, departments.get(parent).name() + " - Team " + (i / middle + 1));
        }
    }

    private void addDepartment(Integer parentIndex, String name) {
        long id = departments.size() + 1;
        Department parent = parentIndex == null ? null : departments.get(parentIndex);
        departments.add(new Department(id, parent == null ? null : parent.id(),
                (parent == null ? "/" : parent.treePath()) + id + "/", parent == null ? 0 : parent.depth() + 1,
                name));
        membersByDepartment.add(new ArrayList<>());
    }

    /**
     * Executives in the company, senior leaders in the divisions, a manager and a supervisor in every region, a
     * manager (none in about one team of fifty) and up to two supervisors in every team, staff everywhere below the
     * divisions, regions taking a smaller share.
     */
    private void buildPeople() {
        int executives = Math.max(2, size.people / 4000);
        int seniorLeadersPerDivision = Math.max(2, Math.min(3, size.people / 5000));
        List<Person> executiveList = new ArrayList<>();
        for (int i = 0; i < executives; i++) {
            Person executive = addPerson(0, "EXECUTIVE", true);
            executive.reportsTo = i == 0 ? null : executiveList.getFirst().id;
            executiveList.add(executive);
        }
        List<Integer> regions = new ArrayList<>();
        List<Integer> teams = new ArrayList<>();
        for (int index = 1; index < departments.size(); index++) {
            switch (departments.get(index).depth()) {
                case 1 -> {
                    for (int i = 0; i < seniorLeadersPerDivision; i++) {
                        addPerson(index, "SENIOR_LEADER", true).reportsTo = executiveList.get(i % executives).id;
                    }
                }
                case 2 -> regions.add(index);
                default -> teams.add(index);
            }
        }
        for (int region : regions) {
            Person manager = addPerson(region, "MANAGER", chance(0.99));
            manager.reportsTo = leaderOf(parentIndex(region));
            addPerson(region, "SUPERVISOR", chance(0.99)).reportsTo = manager.id;
        }
        int withoutManager = Math.max(1, teams.size() / 50);
        for (int i = 0; i < teams.size(); i++) {
            int team = teams.get(i);
            // spread the teams without a manager over the tree rather than taking the first few
            boolean managed = i % (teams.size() / withoutManager) != 7 % (teams.size() / withoutManager);
            if (managed) {
                Person manager = addPerson(team, "MANAGER", chance(0.99));
                manager.reportsTo = leaderOf(parentIndex(team));
                int supervisors = random.nextInt(3);
                for (int s = 0; s < supervisors; s++) {
                    addPerson(team, "SUPERVISOR", chance(0.99)).reportsTo = manager.id;
                }
            }
        }
        outOfOrderChance = new double[departments.size()];
        for (int department : regions) {
            outOfOrderChance[department] = discipline();
        }
        for (int team : teams) {
            outOfOrderChance[team] = discipline();
        }
        int newTeamCount = Math.max(1, teams.size() * 3 / 100);
        for (int i = 0; i < newTeamCount; i++) {
            newTeams.add(teams.get((i * 37 + 11) % teams.size()));
        }
        double[] weights = new double[departments.size()];
        regions.forEach(region -> weights[region] = 0.3);
        teams.forEach(team -> weights[team] = 0.5 + random.nextDouble());
        double totalWeight = 0;
        for (double weight : weights) {
            totalWeight += weight;
        }
        while (people.size() < size.people) {
            double pick = random.nextDouble() * totalWeight;
            int department = 0;
            while (department < weights.length - 1 && (pick >= weights[department] || weights[department] == 0)) {
                pick -= weights[department];
                department++;
            }
            Person staff = addPerson(department, "STAFF", chance(0.98));
            List<Person> bosses = membersByDepartment.get(department).stream().filter(p -> !p.isStaff()).toList();
            staff.reportsTo = bosses.isEmpty() ? leaderOf(parentIndex(department))
                    : bosses.get(random.nextInt(bosses.size())).id;
        }
    }

    private double discipline() {
        double draw = random.nextDouble();
        return draw < 0.75 ? 0.003 : draw < 0.92 ? 0.05 : 0.3;
    }

    private Person addPerson(int department, String level, boolean active) {
        Person person = new Person(people.size() + 1, department, level, active);
        people.add(person);
        membersByDepartment.get(department).add(person);
        return person;
    }

    private int parentIndex(int department) {
        return (int) (departments.get(department).parentId() - 1);
    }

    /** The first member above STAFF of a department (the one direct reports of the level below report to). */
    private Long leaderOf(int department) {
        return membersByDepartment.get(department).stream().filter(p -> !p.isStaff()).findFirst()
                .map(p -> p.id).orElse(null);
    }

    /**
     * 60 courses, one rollout starting every two weeks from January 2023, so the newest are still under way "now".
     * Every sixth is on the leadership track, every tenth (from the fifth) has no classes, every fourth (third at
     * XL) recurs yearly, four are archived and the last four are drafts.
     */
    private void buildCourses() {
        for (int i = 0; i < COURSES; i++) {
            String audience = i % 6 == 0 ? "LEADERSHIP" : i % 6 == 1 ? "STAFF" : "ALL";
            String status = i >= COURSES - 4 ? "DRAFT" : i % 12 == 5 ? "ARCHIVED" : "PUBLISHED";
            courses.add(new Course(i + 1, i, audience, status, i % size.refresherEvery == 0 ? 12 : null, i % 10 == 4,
                    FIRST_ROLLOUT.plusDays(14L * i + random.nextInt(5))));
        }
    }

    // ------------------------------------------------------------------------------------------ the rollouts

    /** Leaders sit in; every region and team follows its own rollout; yearly courses get a refresher round. */
    private void rollOut(Course course) throws SQLException {
        boolean recent = course.rolloutStart().isAfter(NOW.toLocalDate().minusDays(180));
        for (int department = 0; department < departments.size(); department++) {
            if (departments.get(department).depth() < 2) {
                for (Person leader : membersByDepartment.get(department)) {
                    if (chance(course.classless() ? 0.5 : 0.65)) {
                        train(leader, course, random.nextInt(MANAGER_PHASE_DAYS), true);
                    }
                }
            } else if (!newTeams.contains(department)) {
                rollOut(course, membersByDepartment.get(department), 0, rollout(department, recent));
            }
        }
        if (course.refresherMonths() != null) {
            int refresherDay = (int) ChronoUnit.DAYS.between(course.rolloutStart(),
                    course.rolloutStart().plusMonths(course.refresherMonths()));
            for (int department = 0; department < departments.size(); department++) {
                if (departments.get(department).depth() >= 2 && !newTeams.contains(department)) {
                    rollOut(course, membersByDepartment.get(department), refresherDay, Rollout.IN_ORDER);
                }
            }
        }
    }

    /**
     * How far a department got with a course: recent courses are still under way in many departments; whether a
     * department keeps the order depends mostly on the department, not the course (three in four are disciplined,
     * one in twelve is sloppy).
     */
    private Rollout rollout(int department, boolean recentCourse) {
        double draw = random.nextDouble();
        double notStarted = recentCourse ? 0.25 : 0.04;
        double managersInProgress = notStarted + (recentCourse ? 0.15 : 0.03);
        double readyForStaff = managersInProgress + (recentCourse ? 0.15 : 0.03);
        return draw < notStarted ? Rollout.NOT_STARTED
                : draw < managersInProgress ? Rollout.MANAGERS_IN_PROGRESS
                : draw < readyForStaff ? Rollout.READY_FOR_STAFF
                : random.nextDouble() < outOfOrderChance[department] ? Rollout.OUT_OF_ORDER
                : Rollout.IN_ORDER;
    }

    /** One department's round of a course, starting {@code offset} days after the course's rollout start. */
    private void rollOut(Course course, List<Person> members, int offset, Rollout rollout) throws SQLException {
        List<Person> managers = members.stream().filter(p -> !p.isStaff()).toList();
        List<Person> staff = members.stream().filter(Person::isStaff).toList();
        boolean staffTrack = !"LEADERSHIP".equals(course.audience());
        int trainedManagers = switch (rollout) {
            case NOT_STARTED -> 0;
            case MANAGERS_IN_PROGRESS -> managers.size() <= 1 ? 0 : 1 + random.nextInt(managers.size() - 1);
            default -> managers.size();
        };
        // out of order: a staff member slipped into the managers' class, or a manager trains late, or never
        double outOfOrder = random.nextDouble();
        Person lateManager = rollout == Rollout.OUT_OF_ORDER && !managers.isEmpty() && outOfOrder >= 0.5
                ? managers.get(random.nextInt(managers.size())) : null;
        boolean lateManagerNeverTrains = outOfOrder >= 0.85;
        for (int i = 0; i < managers.size(); i++) {
            Person manager = managers.get(i);
            if (manager == lateManager) {
                if (!lateManagerNeverTrains) {
                    train(manager, course, offset + STAFF_PHASE_START + 5 + random.nextInt(30), true);
                }
            } else if (i < trainedManagers) {
                train(manager, course, offset + random.nextInt(MANAGER_PHASE_DAYS), true);
            } else if (chance(0.2)) {
                miss(manager, course, offset + random.nextInt(MANAGER_PHASE_DAYS), true);
            }
        }
        if (!staffTrack) {
            return;
        }
        boolean staffTrainingBegan = rollout == Rollout.IN_ORDER || rollout == Rollout.OUT_OF_ORDER
                || managers.isEmpty() && rollout != Rollout.NOT_STARTED;
        int earlyStaff = rollout == Rollout.OUT_OF_ORDER && lateManager == null ? 1 + random.nextInt(3) : 0;
        for (Person member : staff) {
            if (earlyStaff > 0) {
                earlyStaff--;
                train(member, course, offset + random.nextInt(MANAGER_PHASE_DAYS), true);
            } else if (staffTrainingBegan && chance(0.9)) {
                train(member, course, offset + STAFF_PHASE_START + random.nextInt(STAFF_PHASE_DAYS), false);
            } else if (chance(0.25)) {
                miss(member, course, offset + STAFF_PHASE_START + random.nextInt(STAFF_PHASE_DAYS), false);
            }
        }
    }

    /**
     * Trains a person: a completion for a classless course, else attendance at the first class on or after the day
     * that is not cancelled, after missing one class now and then. Classes after "now" are booked, not marked.
     */
    private void train(Person person, Course course, int day, boolean managersClass) throws SQLException {
        LocalDateTime trainedAt;
        if (course.classless()) {
            trainedAt = course.rolloutStart().plusDays(day).atTime(8 + random.nextInt(10), random.nextInt(60));
            if (trainedAt.isAfter(NOW)) {
                return;
            }
            completions.row(person.id, course.id(), trainedAt);
            if (chance(0.05)) {
                completions.row(person.id, course.id(), trainedAt.plusDays(1 + random.nextInt(20)));
            }
        } else {
            if (chance(0.19)) {
                miss(person, course, day, managersClass);
                day += 3 + random.nextInt(8);
            }
            Session session = sessionFor(person, course, day, managersClass);
            while (session.cancelled) {
                // the class was called off; a few trainers had already marked it, which must not count
                enrol(session, person, chance(0.3) ? "PRESENT" : null);
                day += 7;
                session = sessionFor(person, course, day, managersClass);
            }
            boolean marked = !session.startsAt.isAfter(NOW);
            enrol(session, person, marked ? chance(0.9) ? "PRESENT" : "LATE" : null);
            if (!marked) {
                return;
            }
            trainedAt = session.startsAt;
        }
        if (person.isStaff() && person.reportsTo != null && chance(0.12)) {
            LocalDate on = trainedAt.toLocalDate().plusDays(random.nextInt(41));
            checkIns.row(person.reportsTo, person.id, course.id(), on, chance(0.7) ? "COACHING" : "OBSERVATION",
                    on.atTime(17, 0));
        }
    }

    /** Booked a class and did not make it: absent, excused, or withdrew before. Classless courses leave no trace. */
    private void miss(Person person, Course course, int day, boolean managersClass) throws SQLException {
        if (course.classless()) {
            return;
        }
        Session session = sessionFor(person, course, day, managersClass);
        if (session.startsAt.isAfter(NOW) || session.cancelled) {
            enrol(session, person, null);
            return;
        }
        double draw = random.nextDouble();
        if (draw < 0.15) {
            enrolments.row(session.id, person.id, "WITHDRAWN", null, session.startsAt.minusDays(14), null);
            session.departmentIds.add(departments.get(person.department).id());
        } else {
            enrol(session, person, draw < 0.6 ? "ABSENT" : "EXCUSED");
        }
    }

    private void enrol(Session session, Person person, String attendance) throws SQLException {
        enrolments.row(session.id, person.id, "ENROLLED", attendance, session.startsAt.minusDays(14),
                attendance == null ? null : session.startsAt.plusHours(2));
        session.enrolled++;
        session.departmentIds.add(departments.get(person.department).id());
    }

    /** The open class of the course on that day for managers or staff; a new one (3% cancelled) when it is full. */
    private Session sessionFor(Person person, Course course, int day, boolean managersClass) {
        long slot = (course.id() * 10_000 + day) * 2 + (managersClass ? 1 : 0);
        Session session = openSessions.get(slot);
        int capacity = managersClass ? MANAGER_CAPACITY : STAFF_CAPACITY;
        if (session == null || session.enrolled >= capacity) {
            LocalDateTime startsAt = course.rolloutStart().plusDays(day).atTime(managersClass ? 9 : 14, 0);
            session = new Session(sessions.size() + 1, course.id(), startsAt, managersClass, chance(0.03));
            sessions.add(session);
            openSessions.put(slot, session);
        }
        return session;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    // ------------------------------------------------------------------------------------------ writing

    private void writeDepartments(Connection connection) throws SQLException {
        try (var rows = new BulkInsert(connection, "department", "id", "name", "parent_id", "tree_path", "depth",
                "created_at")) {
            for (Department department : departments) {
                rows.row(department.id(), department.name(), department.parentId(), department.treePath(),
                        department.depth(), CREATED);
            }
        }
    }

    private void writePeople(Connection connection) throws SQLException {
        try (var rows = new BulkInsert(connection, "person", "id", "employee_number", "first_name", "last_name",
                "email", "level", "department_id", "reports_to_id", "active", "created_at")) {
            for (Person person : people) {
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                rows.row(person.id, "E%06d".formatted(person.id), first, last,
                        (first + "." + last.replace("'", "") + "." + person.id + "@cascade.example").toLowerCase(),
                        person.level, departments.get(person.department).id(), person.reportsTo, person.active,
                        CREATED);
            }
        }
    }

    private void writeCourses(Connection connection) throws SQLException {
        try (var rows = new BulkInsert(connection, "course", "id", "code", "title", "audience", "refresher_months",
                "status", "created_at", "updated_at")) {
            for (Course course : courses) {
                String title = "%s %d".formatted(TOPICS[course.index() % TOPICS.length],
                        course.index() / TOPICS.length + 1);
                rows.row(course.id(), "CS-%03d".formatted(course.index() + 1), title, course.audience(),
                        course.refresherMonths(), course.status(), CREATED, CREATED);
            }
        }
    }

    private void writeSessions(Connection connection) throws SQLException {
        Map<Long, Integer> roomsInUse = new LinkedHashMap<>();
        try (var rows = new BulkInsert(connection, "class_session", "id", "course_id", "starts_at",
                "duration_minutes", "time_zone", "location", "capacity", "audience", "cancelled_at", "cancel_reason",
                "created_at");
             var targets = new BulkInsert(connection, "class_session_department", "session_id", "department_id")) {
            for (Session session : sessions) {
                int room = roomsInUse.merge(session.courseId * 100_000 + session.startsAt.toLocalDate().toEpochDay(),
                        1, Integer::sum);
                rows.row(session.id, session.courseId, session.startsAt, 120, "Europe/London", "Training room " + room,
                        session.forManagers ? MANAGER_CAPACITY : STAFF_CAPACITY,
                        session.forManagers ? "MANAGERS" : "STAFF",
                        session.cancelled ? session.startsAt.minusDays(2) : null,
                        session.cancelled ? "Trainer unavailable" : null, session.startsAt.minusDays(30));
                for (long department : session.departmentIds) {
                    targets.row(session.id, department);
                }
            }
        }
    }
}
