package io.cascade.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a page that failed to open shows in place of Vaadin's error page, which names the exception (and, in
 * development, its stack trace): the same friendly message and reference as a failed action, and a way back. It has
 * no shell around it, because the shell itself may be what failed. A page that does not exist and a page the user may
 * not open keep their own error views ({@link PasswordFirstAccessDenied}, Vaadin's not-found view).
 */
@AnonymousAllowed
public class PageFailedView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final Anchor back = new Anchor("", "");

    PageFailedView() {
        back.setText(getTranslation("base.error.page.back"));
        addClassName("view");
        addClassName("page-failed");
        add(heading, message, back);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        FailureReport report = FailureReport.of(parameter.getCaughtException(),
                "opening /" + event.getLocation().getPath());
        message.setText(report.message());
        return switch (report.kind()) {
            case DENIED -> {
                heading.setText(getTranslation("base.error.page.denied.title"));
                message.setText(getTranslation("base.error.page.denied.message"));
                yield HttpStatusCode.FORBIDDEN.getCode();
            }
            case REFUSED -> {
                heading.setText(getTranslation("base.error.page.title"));
                yield HttpStatusCode.BAD_REQUEST.getCode();
            }
            case UNEXPECTED -> {
                heading.setText(getTranslation("base.error.page.title"));
                yield HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
            }
        };
    }
}
