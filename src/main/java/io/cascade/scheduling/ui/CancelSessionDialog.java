package io.cascade.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.cascade.scheduling.SessionRejectedException;
import java.util.function.Consumer;

/** Asks why a session is cancelled; the reason is shown with the session and told to attendees. */
class CancelSessionDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button("Cancel the session");

    CancelSessionDialog(Consumer<String> cancel) {
        setHeaderTitle("Cancel this session?");
        reason.setWidth("28rem");
        reason.setMaxLength(500);
        add(new Paragraph("Enrolments and attendance are kept; the session shows as cancelled."), reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                cancel.accept(reason.getValue());
                close();
            } catch (SessionRejectedException e) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button("Keep it", click -> close()), confirm);
    }
}
