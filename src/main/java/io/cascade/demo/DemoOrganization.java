package io.cascade.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation in memory, built deterministically (fixed seed): Northwind Service Group, three divisions,
 * twelve departments (three with a team below), about 140 people with reporting lines. Ids are filled in by the
 * loader as rows are inserted; departments and people are listed parents and managers first.
 */
final class DemoOrganization {

    static final String COMPANY = "Northwind Service Group";
    static final String EMAIL_DOMAIN = "northwind.example";

    static final class Dept {
        final String name;
        final Dept parent;
        final List<Member> members = new ArrayList<>();
        long id;
        String path;

        Dept(String name, Dept parent) {
            this.name = name;
            this.parent = parent;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }

        List<Member> managers() {
            return members.stream().filter(member -> !member.level.equals("STAFF")).toList();
        }

        List<Member> staff() {
            return members.stream().filter(member -> member.level.equals("STAFF")).toList();
        }
    }

    static final class Member {
        final String employeeNumber;
        final String firstName;
        final String lastName;
        final String level;
        final Dept dept;
        final Member reportsTo;
        long id;

        Member(String employeeNumber, String firstName, String lastName, String level, Dept dept, Member reportsTo) {
            this.employeeNumber = employeeNumber;
            this.firstName = firstName;
            this.lastName = lastName;
            this.level = level;
            this.dept = dept;
            this.reportsTo = reportsTo;
        }

        String username() {
            return ascii(firstName) + "." + ascii(lastName);
        }

        String email() {
            return username() + "@" + EMAIL_DOMAIN;
        }

        private static String ascii(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                    .toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] FIRST_NAMES = {"Aaron", "Abigail", "Adebayo", "Aisha", "Alejandro", "Alice",
        "Amelia", "Andrei", "Anika", "Ben", "Bianca", "Callum", "Carmen", "Chloe", "Chen", "Dara", "David", "Elena",
        "Ethan", "Fatima", "Finn", "Freya", "Gabriel", "Grace", "Hannah", "Harvey", "Ines", "Isaac", "Jack", "Jasmine",
        "Javier", "Joanna", "Jonas", "Kai", "Katie", "Leah", "Leon", "Lucy", "Luis", "Maya", "Mei", "Mohammed", "Nina",
        "Noah", "Olivia", "Omar", "Paula", "Rachel", "Rohan", "Ruby", "Samuel", "Sara", "Sean", "Simone", "Tariq",
        "Tessa", "Theo", "Uma", "Victor", "Yasmin", "Zara", "Zoltan"};

    private static final String[] LAST_NAMES = {"Abbott", "Adeyemi", "Ahmed", "Andersen", "Baker", "Barros",
        "Campbell", "Chowdhury", "Clarke", "Costa", "Dlamini", "Doyle", "Evans", "Fischer", "Foster", "Garcia",
        "Gupta", "Hall", "Hughes", "Ibrahim", "Jensen", "Kaur", "Kelly", "Kowalski", "Lam", "Lopez", "Murphy",
        "Moreau", "Nakamura", "Novak", "O'Brien", "Osei", "Patel", "Pereira", "Quinn", "Reid", "Rossi", "Santos",
        "Schmidt", "Singh", "Sullivan", "Tanaka", "Thompson", "Varga", "Walsh", "Wang", "Watson", "Yilmaz", "Young",
        "Zhang"};

    final Dept company;
    final Map<String, Dept> departments = new LinkedHashMap<>();
    final List<Member> people = new ArrayList<>();

    final Member ceo;
    final Member chiefOperatingOfficer;
    final Member chiefCustomerOfficer;
    final Member chiefPeopleOfficer;
    final Member leadTrainer;
    final Member trainer;
    final Member frontOfficeManager;
    final Member frontOfficeEmployee;

    private final Random random = new Random(20_240_917L);
    private final Set<String> usedNames = new HashSet<>();

    DemoOrganization() {
        company = dept(COMPANY, null);
        ceo = person("Catherine", "Shaw", "EXECUTIVE", company, null);
        chiefOperatingOfficer = person("Marcus", "Bell", "EXECUTIVE", company, ceo);
        chiefCustomerOfficer = person("Amira", "Haddad", "EXECUTIVE", company, ceo);
        chiefPeopleOfficer = person("Thomas", "Greer", "EXECUTIVE", company, ceo);

        Dept learning = dept("Learning and Development", company);
        leadTrainer = person("Priya", "Nair", "MANAGER", learning, chiefPeopleOfficer);
        trainer = person("Tom", "Fletcher", "STAFF", learning, leadTrainer);

        Dept hotels = dept("Hotels", company);
        Member hotelsHead = person("Helena", "Brooks", "SENIOR_LEADER", hotels, chiefOperatingOfficer);
        Member hotelsDeputy = person("Rafael", "Ortiz", "SENIOR_LEADER", hotels, hotelsHead);
        Dept contactCentre = dept("Contact Centre", company);
        Member contactHead = person("Nadia", "Karim", "SENIOR_LEADER", contactCentre, chiefCustomerOfficer);
        Member contactDeputy = person("Oliver", "Grant", "SENIOR_LEADER", contactCentre, contactHead);
        Dept retail = dept("Retail", company);
        Member retailHead = person("Sophie", "Turner", "SENIOR_LEADER", retail, chiefOperatingOfficer);
        Member retailDeputy = person("Kwame", "Mensah", "SENIOR_LEADER", retail, retailHead);

        // Front Office is where the demo "manager" and "employee" accounts work
        Dept frontOffice = dept("Front Office", hotels);
        frontOfficeManager = person("Daniel", "Okafor", "MANAGER", frontOffice, hotelsHead);
        Member frontOfficeSupervisor = randomPerson("SUPERVISOR", frontOffice, frontOfficeManager);
        frontOfficeEmployee = person("Emma", "Lindqvist", "STAFF", frontOffice, frontOfficeManager);
        staff(frontOffice, 9, List.of(frontOfficeSupervisor, frontOfficeManager));
        team("Front Office Night Shift", frontOffice, 4);

        standardDepartment("Housekeeping", hotels, hotelsDeputy, 1, 9);
        standardDepartment("Food and Beverage", hotels, hotelsHead, 2, 10);
        standardDepartment("Guest Relations", hotels, hotelsDeputy, 0, 6);

        standardDepartment("Customer Care", contactCentre, contactHead, 1, 6);
        team("Customer Care Phone Team", departments.get("Customer Care"), 6);
        team("Customer Care Chat Team", departments.get("Customer Care"), 5);
        standardDepartment("Technical Support", contactCentre, contactDeputy, 1, 8);
        standardDepartment("Billing Enquiries", contactCentre, contactDeputy, 1, 7);
        standardDepartment("Complaints Resolution", contactCentre, contactHead, 1, 6);

        standardDepartment("Flagship Store", retail, retailHead, 2, 10);
        standardDepartment("Online Orders", retail, retailDeputy, 1, 6);
        standardDepartment("Store Operations", retail, retailDeputy, 0, 5);
        // a data problem on purpose: staff without any manager in their department
        Dept returns = dept("Returns and Repairs", retail);
        staff(returns, 5, List.of(retailDeputy));
    }

    Dept department(String name) {
        Dept dept = departments.get(name);
        if (dept == null) {
            throw new IllegalArgumentException("No demo department " + name);
        }
        return dept;
    }

    Member person(String firstName, String lastName) {
        return people.stream()
                .filter(member -> member.firstName.equals(firstName) && member.lastName.equals(lastName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + firstName + " " + lastName));
    }

    private void standardDepartment(String name, Dept division, Member seniorLeader, int supervisors, int staff) {
        Dept dept = dept(name, division);
        Member manager = randomPerson("MANAGER", dept, seniorLeader);
        List<Member> leads = new ArrayList<>();
        for (int i = 0; i < supervisors; i++) {
            leads.add(randomPerson("SUPERVISOR", dept, manager));
        }
        leads.add(manager);
        staff(dept, staff, leads);
    }

    /** A team under a department: a supervisor reporting to the department's manager, and staff. */
    private void team(String name, Dept parent, int staff) {
        Dept team = dept(name, parent);
        Member parentManager = parent.members.stream().filter(member -> member.level.equals("MANAGER"))
                .findFirst().orElseThrow();
        Member supervisor = randomPerson("SUPERVISOR", team, parentManager);
        staff(team, staff, List.of(supervisor));
    }

    /** Staff reporting to the given leads in turn. */
    private void staff(Dept dept, int count, List<Member> leads) {
        for (int i = 0; i < count; i++) {
            randomPerson("STAFF", dept, leads.get(i % leads.size()));
        }
    }

    private Dept dept(String name, Dept parent) {
        Dept dept = new Dept(name, parent);
        departments.put(name, dept);
        return dept;
    }

    private Member randomPerson(String level, Dept dept, Member reportsTo) {
        String first;
        String last;
        do {
            first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        } while (usedNames.contains(first + " " + last));
        return person(first, last, level, dept, reportsTo);
    }

    private Member person(String first, String last, String level, Dept dept, Member reportsTo) {
        if (!usedNames.add(first + " " + last)) {
            throw new IllegalStateException("Demo names must be unique: " + first + " " + last);
        }
        Member member = new Member("E%04d".formatted(people.size() + 1), first, last, level, dept, reportsTo);
        people.add(member);
        dept.members.add(member);
        return member;
    }
}
