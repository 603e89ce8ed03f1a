package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.DepartmentNode;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class DepartmentsViewTest extends SpringBrowserlessTest {

    @Test
    void shouldAddADepartmentUnderTheSelectedOneAndShowItSelected() {
        DepartmentsView view = AopTestUtils.getUltimateTargetObject(navigate(DepartmentsView.class));
        DepartmentNode company = demoCompany(view);
        view.tree.select(company);
        String name = "Browserless Unit " + System.nanoTime();

        test(view.add).click();
        roundTrip();
        test(view.dialog.name).setValue(name);
        test(view.dialog.save).click();

        DepartmentNode added = view.tree.getSelectedItems().iterator().next();
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.parentId()).isEqualTo(company.id());
        assertThat(view.dialog.isOpened()).isFalse();
    }

    @Test
    void shouldShowWhyADepartmentWithMembersCannotBeArchivedAndWhyAMoveWouldMakeACycle() {
        DepartmentsView view = AopTestUtils.getUltimateTargetObject(navigate(DepartmentsView.class));
        DepartmentNode company = demoCompany(view);
        DepartmentNode division = view.tree.getTreeData().getChildren(company).getFirst();
        view.tree.select(company);
        test(view.archive).click();
        roundTrip();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText()).contains("still has").contains("Move them to another department first.");

        view.tree.select(division);
        test(view.move).click();
        roundTrip();
        assertThat(view.dialog.parent.getListDataView().getItems().map(DepartmentNode::id))
                .as("its own branch is not offered as a target").doesNotContain(division.id());
    }

    /** The demo organisation's root; other tests may have added roots of their own to the shared database. */
    private static DepartmentNode demoCompany(DepartmentsView view) {
        return view.tree.getTreeData().getRootItems().stream()
                .filter(root -> root.name().equals("Northwind Service Group")).findFirst().orElseThrow();
    }
}
