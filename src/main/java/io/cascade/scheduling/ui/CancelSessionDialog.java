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

    final TextArea reason = new TextArea(getTranslation("scheduling.cancelDialog.reason"));
    final Button confirm = new Button(getTranslation("scheduling.cancelDialog.confirm"));

    CancelSessionDialog(Consumer<String> cancel) {
        setHeaderTitle(getTranslation("scheduling.cancelDialog.title"));
        reason.setWidth("28rem");
        reason.setMaxLength(500);
        add(new Paragraph(getTranslation("scheduling.cancelDialog.text")), reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                cancel.accept(reason.getValue());
                close();
            } catch (SessionRejectedException e) {
                reason.setErrorMessage(e.localizedMessage());
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("scheduling.cancelDialog.keep"), click -> close()), confirm);
    }
}
