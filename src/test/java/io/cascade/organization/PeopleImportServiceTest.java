package io.cascade.organization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditLog;
import io.cascade.base.imports.ImportProblem;
import io.cascade.audit.AuditQuery;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithMockUser(username = "import-tester", roles = "ADMIN")
class PeopleImportServiceTest {

    static final String HEADER = "employee_number,first_name,last_name,email,department_path,level,"
            + "manager_employee_number,active\n";

    @Autowired
    PeopleImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    OrganizationAdminService admin;
    @Autowired
    AccountAdminService accounts;
    @Autowired
    AccountLookup accountLookup;
    @Autowired
    AuditLog auditLog;

    final String root = "Imported Co " + System.nanoTime();

    @Test
    void shouldCreateDepartmentsFromPathsAndPeopleWithTheirManagers() {
        String file = HEADER
                + "IMP-1,Ada,Lovelace,ada@test.example," + root + ",EXECUTIVE,,true\n"
                + "IMP-3,Cy,Staff,cy@test.example," + root + "/Hotels/Front Office/Reception,STAFF,IMP-2,true\n"
                + "IMP-2,\"Brook, Jr.\",Manager,brook@test.example," + root + "/Hotels/Front Office,manager,IMP-1,yes\n";

        ImportPreview preview = imports.preview(bytes(file), fraction -> { });
        assertThat(preview.problems()).isEmpty();
        assertThat(preview).extracting(ImportPreview::rows, ImportPreview::created, ImportPreview::departmentsCreated)
                .containsExactly(3, 3, 4);

        imports.apply(bytes(file), "people.csv");

        PersonListItem cy = person("IMP-3");
        assertThat(cy.departmentName()).isEqualTo("Reception");
        assertThat(cy.reportsToName()).isEqualTo("Brook, Jr. Manager");
        assertThat(person("IMP-2").level()).isEqualTo(Level.MANAGER);
        assertThat(organization.departmentTree()).filteredOn(d -> d.path().startsWith(rootPath()))
                .extracting(DepartmentNode::name).containsExactly(root, "Hotels", "Front Office", "Reception");
        assertThat(auditLog.search(new AuditQuery("import-tester", "Import", "people.csv", null, null), 0, 5))
                .singleElement().extracting(e -> e.summary())
                .isEqualTo("Imported people.csv: 3 new, 0 changed, 0 unchanged, 0 deactivated, 4 departments created");
    }

    @Test
    void shouldReportEveryProblemWithItsLineAndImportNothing() {
        long before = organization.countPeople(PersonFilter.everyone());
        String file = HEADER
                + "BAD-1,Al,Ok,al@test.example," + root + ",STAFF,,true\n"
                + "BAD-2,Bo,Nomanager,bo@test.example," + root + ",STAFF,NOBODY-99,true\n"
                + "BAD-3,Ci,Level,ci@test.example," + root + ",BOSS,,true\n"
                + "BAD-1,Di,Dupe,di@test.example," + root + ",STAFF,,true\n"
                + "BAD-5,Ed,Mail,not-an-email," + root + ",STAFF,,true\n"
                + "BAD-6,Fi,Cycle,fi@test.example," + root + ",MANAGER,BAD-7,true\n"
                + "BAD-7,Gu,Cycle,gu@test.example," + root + ",MANAGER,BAD-6,true\n"
                + "BAD-8,Ha,Active,ha@test.example," + root + "//Empty,STAFF,,maybe\n"
                + "BAD-9,Only,Three\n";

        ImportPreview preview = imports.preview(bytes(file), fraction -> { });

        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactly(
                "Line 3, manager_employee_number: Unknown manager NOBODY-99: not in this file nor in Cascade.",
                "Line 4, level: Unknown level \"BOSS\". Use one of EXECUTIVE, SENIOR_LEADER, MANAGER, SUPERVISOR, "
                        + "STAFF.",
                "Line 5, employee_number: Duplicate employee number BAD-1 (also on line 2).",
                "Line 6, email: \"not-an-email\" is not an email address.",
                "Line 7, manager_employee_number: Reporting cycle: BAD-6 reports to BAD-7 reports to BAD-6.",
                "Line 9, department_path: \"" + root + "//Empty\" has an empty or invalid department name (names "
                        + "have 1 to 120 characters, separated by /).",
                "Line 9, active: \"maybe\" is not true or false.",
                "Line 10: Expected 8 values, found 3. Put values containing commas in double quotes.");
        assertThatThrownBy(() -> imports.apply(bytes(file), "bad.csv")).isInstanceOf(ImportRejectedException.class);
        assertThat(organization.countPeople(PersonFilter.everyone())).isEqualTo(before);
    }

    @Test
    void shouldImportNothingWhenOnlyOneRowOfManyIsWrong() {
        long before = organization.countPeople(PersonFilter.everyone());
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            file.append("MIX-").append(i).append(",Mo,Mix").append(i).append(",mix").append(i)
                    .append("@test.example,").append(root).append("/Mixed,STAFF,,true\n");
        }
        file.append("MIX-X,Mo,Broken,broken@test.example,").append(root).append(",STAFF,MIX-NOPE,true\n");

        assertThatThrownBy(() -> imports.apply(bytes(file.toString()), "mixed.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.preview().problems())
                        .extracting(ImportProblem::line).containsExactly(52));
        assertThat(organization.countPeople(PersonFilter.everyone())).isEqualTo(before);
        assertThat(organization.departmentTree()).noneMatch(d -> d.name().equals(root));
    }

    @Test
    void shouldUpdateByEmployeeNumberAndDisableTheLoginOfALeaver() {
        imports.apply(bytes(HEADER + "UPD-1,Una,First,una@test.example," + root + ",STAFF,,true\n"
                + "UPD-2,Vic,Second,vic@test.example," + root + ",STAFF,,true\n"), "first.csv");
        long una = person("UPD-1").id();
        accounts.createAccount(una, "una.first." + System.nanoTime() % 100000, Set.of("EMPLOYEE"));
        String username = accounts.findAccounts("UPD-1", org.springframework.data.domain.Pageable.unpaged())
                .getFirst().username();

        String second = HEADER + "UPD-1,Una,First,una@test.example," + root + ",STAFF,,false\n"
                + "UPD-2,Vic,Renamed,vic@test.example," + root + "/Moved,SUPERVISOR,,true\n";
        ImportPreview preview = imports.preview(bytes(second), fraction -> { });
        assertThat(preview).extracting(ImportPreview::created, ImportPreview::changed, ImportPreview::unchanged,
                ImportPreview::deactivated, ImportPreview::departmentsCreated).containsExactly(0, 1, 0, 1, 1);
        imports.apply(bytes(second), "second.csv");

        assertThat(person("UPD-1").active()).isFalse();
        assertThat(accountLookup.findCredentials(username)).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
        assertThat(person("UPD-2")).extracting(PersonListItem::lastName, PersonListItem::departmentName)
                .containsExactly("Renamed", "Moved");
        assertThat(admin.editablePerson(person("UPD-2").id()).orElseThrow().version())
                .as("an open edit form sees the import's change").isEqualTo(1);
    }

    @Test
    void shouldChangeNothingWhenItsOwnExportIsImported() {
        imports.apply(bytes(HEADER + "RT-1,\"Quote \"\"Q\"\"\",\"Comma, Name\",rt@test.example," + root
                + "/Ünïcode Dept,SENIOR_LEADER,,true\n"
                + "RT-2,Ro,Round,rt2@test.example," + root + "/Ünïcode Dept,STAFF,RT-1,false\n"), "rt.csv");

        byte[] export = imports.export();
        ImportPreview preview = imports.preview(export, fraction -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).isEqualTo((int) organization.countPeople(PersonFilter.everyone()));
        assertThat(preview).extracting(ImportPreview::created, ImportPreview::changed, ImportPreview::deactivated,
                ImportPreview::departmentsCreated).containsExactly(0, 0, 0, 0);
        assertThat(new String(export, UTF_8)).startsWith(HEADER.strip())
                .contains("RT-1,\"Quote \"\"Q\"\"\",\"Comma, Name\",rt@test.example," + root + "/Ünïcode Dept");
    }

    @Test
    void hrExportWritesFormulaLikeNamesAsTextAndItsImportReadsThemBack() {
        imports.apply(bytes(HEADER + "=FX-1,\"=HYPERLINK(\"\"http://evil.example\"\")\",+Plus,fx1@test.example," + root
                + "/@Dept,STAFF,,true\n"
                + "FX-2,-Minus,@At,fx2@test.example," + root + "/@Dept,STAFF,,true\n"), "formulas.csv");
        assertThat(person("=FX-1").firstName()).isEqualTo("=HYPERLINK(\"http://evil.example\")");

        String export = new String(imports.export(), UTF_8);

        assertThat(export).contains("'=FX-1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'+Plus,fx1@test.example,"
                + root + "/@Dept,STAFF,,true", "FX-2,'-Minus,'@At,fx2@test.example,");
        assertThat(export.lines().skip(1)).noneMatch(line -> "=+-@".indexOf(line.charAt(0)) >= 0);
        ImportPreview again = imports.preview(export.getBytes(UTF_8), fraction -> { });
        assertThat(again.problems()).isEmpty();
        assertThat(again).extracting(ImportPreview::created, ImportPreview::changed, ImportPreview::departmentsCreated)
                .as("the round trip still changes nothing").containsExactly(0, 0, 0);
    }

    @Test
    void shouldImportTwentyThousandPeopleInOneTransaction() {
        byte[] file = HrImportFiles.people(20_000, root, "BIG-");
        long before = organization.countPeople(PersonFilter.everyone());
        long started = System.nanoTime();

        ImportPreview preview = imports.preview(file, fraction -> { });
        ImportPreview applied = imports.apply(file, "big.csv");

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("20,000 rows validated and imported in %d ms%n", millis);
        assertThat(preview.problems()).isEmpty();
        assertThat(applied.created()).isEqualTo(20_000);
        assertThat(organization.countPeople(PersonFilter.everyone())).isEqualTo(before + 20_000);
        assertThat(person("BIG-19999").reportsToName()).isNotNull();
    }

    @Test
    void shouldAcceptTheDocumentedExampleAndExplainTheBrokenOne() throws Exception {
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/people.csv"));
        byte[] broken = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("docs/examples/people-with-errors.csv"));

        assertThat(imports.preview(example, fraction -> { }).problems()).isEmpty();
        assertThat(imports.preview(broken, fraction -> { }).problems()).extracting(ImportProblem::line)
                .containsExactly(3, 4, 4, 5, 5, 5, 5);
    }

    private PersonListItem person(String number) {
        return organization.findPeople(new PersonFilter(number, null, false, null, null),
                org.springframework.data.domain.Pageable.unpaged()).stream()
                .filter(p -> p.employeeNumber().equals(number)).findFirst().orElseThrow();
    }

    private String rootPath() {
        return organization.departmentTree().stream().filter(d -> d.name().equals(root)).findFirst().orElseThrow()
                .path();
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

}
