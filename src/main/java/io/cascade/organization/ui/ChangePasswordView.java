package io.cascade.organization.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import io.cascade.organization.OrganizationChangeException;
import io.cascade.organization.PasswordService;
import io.cascade.security.CascadeUser;
import io.cascade.security.CurrentUser;
import io.cascade.security.SignIns;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Where someone signed in with a one-time password (an admin reset theirs) chooses their own before anything else:
 * the shell sends them here from every view until they have. On its own page, without the menu.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
class ChangePasswordView extends Div implements HasDynamicTitle {

    static final String ROUTE = "account/password";

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField(getTranslation("organization.password.next"));
    final PasswordField repeat = new PasswordField(getTranslation("organization.password.repeat"));
    final Button save = new Button(getTranslation("organization.password.save"));

    private final PasswordService passwords;
    private final CurrentUser currentUser;
    private final UserDetailsService users;
    private final SignIns signIns;

    ChangePasswordView(PasswordService passwords, CurrentUser currentUser, UserDetailsService users,
            SignIns signIns) {
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.users = users;
        this.signIns = signIns;
        addClassName("password-view");

        boolean oneTime = currentUser.require().mustChangePassword();
        current.setLabel(getTranslation(oneTime ? "organization.password.current.oneTime"
                : "organization.password.current"));
        var title = new H1(getTranslation("organization.password.heading"));
        var intro = new Paragraph(getTranslation(oneTime ? "organization.password.intro.oneTime"
                : "organization.password.intro"));
        current.setHelperText(getTranslation("organization.password.current.helper"));
        next.setHelperText(getTranslation("organization.password.next.helper", PasswordService.MIN_LENGTH));
        current.setWidthFull();
        next.setWidthFull();
        repeat.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());

        var card = new Div(title, intro, current, next, repeat, save);
        card.addClassName("password-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.password.title");
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("organization.password.differ"));
            repeat.setInvalid(true);
            return;
        }
        try {
            passwords.changeOwnPassword(current.getValue(), next.getValue());
        } catch (OrganizationChangeException refused) {
            PasswordField field = "current".equals(refused.field()) ? current : next;
            field.setErrorMessage(refused.localizedMessage());
            field.setInvalid(true);
            return;
        }
        stillSignedInWithoutTheOneTimePassword();
        UI.getCurrent().navigate("");
    }

    /**
     * The sign-in remembered "one-time password" and held no role; the same session goes on with the login's roles,
     * read afresh, and the login's other sessions (where the old password may have been used) end.
     */
    private void stillSignedInWithoutTheOneTimePassword() {
        var updated = (CascadeUser) users.loadUserByUsername(currentUser.require().getUsername());
        updated.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
            var session = request.getHttpServletRequest().getSession(false);
            signIns.endOtherSessionsOf(updated.getUsername(), session == null ? null : session.getId());
        }
    }
}
