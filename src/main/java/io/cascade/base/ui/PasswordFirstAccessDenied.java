package io.cascade.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.cascade.security.CascadeUser;
import io.cascade.security.CurrentUser;

/**
 * A view denied to the signed-in user. Someone signed in with a one-time password holds no role until they choose
 * their own password, so every view but that one is denied them: they are sent to choose it. Anyone else gets
 * Vaadin's usual answer (as if the view did not exist).
 */
@AnonymousAllowed
class PasswordFirstAccessDenied extends RouteAccessDeniedError {

    private final transient CurrentUser currentUser;

    PasswordFirstAccessDenied(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (currentUser.get().map(CascadeUser::mustChangePassword).orElse(false)) {
            event.rerouteTo(MainLayout.CHANGE_PASSWORD_ROUTE);
            return HttpStatusCode.OK.getCode();
        }
        return super.setErrorParameter(event, parameter);
    }
}
