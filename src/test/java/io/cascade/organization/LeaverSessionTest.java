package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A leaver in an HR file loses their open sessions once the import has committed, as one marked in the People view
 * does: the session is expired, so the tab lands on the sign-in page at its next request. Not transactional: the
 * sessions end after the import's commit.
 */
@CascadeSpringTest
@WithMockUser(username = "import-tester", roles = "ADMIN")
class LeaverSessionTest {

    @Autowired
    PeopleImportService imports;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountAdminService accounts;
    @Autowired
    SessionRegistry sessions;

    @Test
    void aLeaverMarkedInAnHrFileLosesTheirOpenSessionsAndOthersKeepTheirs() {
        long unique = System.nanoTime() % 10_000_000;
        String root = "Leavers Co " + unique;
        String una = "LVR-" + unique + "-1";
        String vic = "LVR-" + unique + "-2";
        String vicStaying = HrImportFiles.row(vic, "Vic", "Staying", "vic" + unique + "@test.example", root, "STAFF",
                null, true);
        imports.apply(HrImportFiles.file(HrImportFiles.row(una, "Una", "Leaving", "una" + unique + "@test.example",
                root, "STAFF", null, true), vicStaying), "first.csv");
        String leaving = login(una, "una.leaving." + unique);
        String staying = login(vic, "vic.staying." + unique);
        sessions.registerNewSession("leaver-tab-" + unique, User.withUsername(leaving).password("x").build());
        sessions.registerNewSession("stayer-tab-" + unique, User.withUsername(staying).password("x").build());

        imports.apply(HrImportFiles.file(HrImportFiles.row(una, "Una", "Leaving", "una" + unique + "@test.example",
                root, "STAFF", null, false), vicStaying), "second.csv");

        assertThat(sessions.getSessionInformation("leaver-tab-" + unique).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("stayer-tab-" + unique).isExpired()).isFalse();
    }

    private String login(String employeeNumber, String username) {
        long person = organization.findPeople(new PersonFilter(employeeNumber, null, false, null, null),
                Pageable.unpaged()).getFirst().id();
        accounts.createAccount(person, username, Set.of("EMPLOYEE"));
        return username;
    }
}
