package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.AccountListItem;
import io.cascade.organization.Level;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.PersonForm;
import io.cascade.organization.PersonListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationAdminService admin;

    @Test
    void shouldCreateALoginShowItsOneTimePasswordThenLockIt() {
        String number = "ACC-" + System.nanoTime();
        long department = admin.addDepartment("Accounts View " + number, null);
        long personId = admin.createPerson(new PersonForm(null, 0, number, "Lars", "Login" + number.substring(4),
                "lars@test.example", Level.STAFF, department, null, true));
        AccountsView view = AopTestUtils.getUltimateTargetObject(navigate(AccountsView.class));

        test(view.create).click();
        roundTrip();
        PersonListItem person = admin.personListItem(personId).orElseThrow();
        view.person.setValue(person);
        test(view.roles).selectItem("Trainer");
        test(view.confirm).click();
        roundTrip();

        assertThat(view.oneTimePassword.getText()).hasSize(14);
        test(view.search).setValue(number);
        AccountListItem account = test(view.grid).getRow(0);
        assertThat(account.personId()).isEqualTo(personId);
        assertThat(account.roles()).containsExactlyInAnyOrder("EMPLOYEE", "TRAINER");

        test(view.grid).select(0);
        test(view.lock).click();
        assertThat(test(view.grid).getRow(0).locked()).isTrue();
        assertThat(view.unlock.isEnabled()).isTrue();

        test(view.resetPassword).click();
        roundTrip();
        test($(ConfirmDialog.class).last()).confirm();
        roundTrip();
        assertThat(view.oneTimePassword.getText()).hasSize(14);
    }
}
