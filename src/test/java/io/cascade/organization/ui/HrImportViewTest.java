package io.cascade.organization.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.base.imports.ImportProblem;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonFilter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class HrImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "employee_number,first_name,last_name,email,department_path,level,"
            + "manager_employee_number,active\n";

    @Autowired
    OrganizationService organization;

    @Test
    void shouldListEveryProblemThenImportTheFixedFileAfterConfirmation() throws Exception {
        String n = String.valueOf(System.nanoTime());
        String root = "View Import " + n;
        HrImportView view = AopTestUtils.getUltimateTargetObject(navigate(HrImportView.class));

        test(view.panel.upload()).upload("people.csv", "text/csv", (HEADER
                + "V" + n + "-1,Vera,Viewer,vera@test.example," + root + ",MANAGER,,true\n"
                + "V" + n + "-2,Walt,Viewer,walt@test.example," + root + "/Desk,CLERK,V" + n + "-9,true\n")
                .getBytes(UTF_8));
        finishBackgroundWork(view);

        assertThat(view.panel.problems().isVisible()).isTrue();
        assertThat(test(view.panel.problems()).size()).isEqualTo(2);
        assertThat(test(view.panel.problems()).getRow(0)).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(3, "level");
        assertThat(view.panel.status().getText()).contains("has 2 problems").contains("Nothing was imported");
        assertThat(view.panel.confirm().isVisible()).isFalse();

        test(view.panel.upload()).upload("people.csv", "text/csv", (HEADER
                + "V" + n + "-1,Vera,Viewer,vera@test.example," + root + ",MANAGER,,true\n"
                + "V" + n + "-2,Walt,Viewer,walt@test.example," + root + "/Desk,STAFF,V" + n + "-1,true\n")
                .getBytes(UTF_8));
        finishBackgroundWork(view);
        assertThat(view.panel.confirm().getText()).isEqualTo("Import 2 rows");
        assertThat(organization.countPeople(new PersonFilter("V" + n, null, false, null, null))).isZero();

        test(view.panel.confirm()).click();
        finishBackgroundWork(view);

        assertThat(view.panel.status().getText()).isEqualTo("people.csv imported: 2 new, 0 changed, 0 deactivated.");
        assertThat(organization.countPeople(new PersonFilter("V" + n, null, false, null, null))).isEqualTo(2);
    }

    @Test
    void hrFileLargerThanThirtyMegabytesIsRefusedByTheServerEvenWhenTheBrowserSendsIt() throws Exception {
        HrImportView view = AopTestUtils.getUltimateTargetObject(navigate(HrImportView.class));
        byte[] big = new byte[30 * 1024 * 1024 + 1];
        byte[] header = HEADER.getBytes(UTF_8);
        java.util.Arrays.fill(big, (byte) 'x');
        System.arraycopy(header, 0, big, 0, header.length);

        // a client that skips the upload's own limit (the browser's check is a courtesy)
        test(view.panel.upload()).upload("huge.csv", "text/csv", big);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(view.panel.status().getText()).startsWith("The file is larger than 30 MB, the most Cascade accepts "
                + "here.");
        assertThat(view.panel.progress().isVisible()).as("never checked").isFalse();
        assertThat(view.panel.confirm().isVisible()).isFalse();

        test(view.panel.upload()).upload("people.csv", "text/csv", (HEADER
                + "S1,Sam,Small,sam@test.example,Small Co " + System.nanoTime() + ",STAFF,,true\n").getBytes(UTF_8));
        finishBackgroundWork(view);
        assertThat(view.panel.confirm().getText()).as("a file within the limit still goes through")
                .isEqualTo("Import 1 row");
    }

    private void finishBackgroundWork(HrImportView view) throws Exception {
        view.panel.pending().get(60, TimeUnit.SECONDS);
        // the background task updates the page through UI.access: run what it queued, as the next poll would
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }
}
