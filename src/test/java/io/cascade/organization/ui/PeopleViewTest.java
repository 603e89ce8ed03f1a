package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.Level;
import io.cascade.organization.PersonListItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class PeopleViewTest extends SpringBrowserlessTest {

    @Test
    void shouldAddAPersonAndFindThemInTheList() {
        PeopleView view = AopTestUtils.getUltimateTargetObject(navigate(PeopleView.class));
        String number = "BL-" + System.nanoTime();

        test(view.addPerson).click();
        roundTrip();
        PersonDialog dialog = view.dialog;
        test(dialog.employeeNumber).setValue(number);
        test(dialog.firstName).setValue("Bea");
        test(dialog.lastName).setValue("Browserless");
        test(dialog.email).setValue("bea.browserless@test.example");
        test(dialog.level).selectItem("Supervisor");
        dialog.department.setValue(dialog.department.getListDataView().getItem(1));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue(number);
        PersonListItem added = test(view.grid).getRow(0);
        assertThat(added.fullName()).isEqualTo("Bea Browserless");
        assertThat(added.level()).isEqualTo(Level.SUPERVISOR);
    }

    @Test
    void shouldShowATakenEmployeeNumberAtItsFieldAndKeepTheDialogOpen() {
        PeopleView view = AopTestUtils.getUltimateTargetObject(navigate(PeopleView.class));
        PersonListItem someone = test(view.grid).getRow(0);

        test(view.addPerson).click();
        roundTrip();
        PersonDialog dialog = view.dialog;
        test(dialog.employeeNumber).setValue(someone.employeeNumber());
        test(dialog.firstName).setValue("Dee");
        test(dialog.lastName).setValue("Duplicate");
        test(dialog.email).setValue("dee@test.example");
        dialog.department.setValue(dialog.department.getListDataView().getItem(1));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.employeeNumber.isInvalid()).isTrue();
        assertThat(dialog.employeeNumber.getErrorMessage())
                .isEqualTo("Employee number " + someone.employeeNumber() + " already belongs to "
                        + someone.fullName() + ".");
    }

    @Test
    void shouldRequireTheNameAndAValidEmailBeforeSaving() {
        PeopleView view = AopTestUtils.getUltimateTargetObject(navigate(PeopleView.class));

        test(view.addPerson).click();
        roundTrip();
        PersonDialog dialog = view.dialog;
        test(dialog.email).setValue("not-an-email");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.firstName.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@example.com.");
    }
}
