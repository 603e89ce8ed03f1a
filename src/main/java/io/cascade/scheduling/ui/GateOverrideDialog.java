package io.cascade.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** The managers-first gate warns; a trainer may enrol anyway with a reason, which is recorded. */
class GateOverrideDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("scheduling.gateDialog.reason"));
    final Button override = new Button(getTranslation("scheduling.gateDialog.enrolAnyway"));

    GateOverrideDialog(String warning, Consumer<String> enrolWithReason) {
        setHeaderTitle(getTranslation("scheduling.gateDialog.title"));
        reason.setWidth("30rem");
        reason.setMaxLength(500);
        add(new Paragraph(warning), reason);
        override.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        override.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("scheduling.gateDialog.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            close();
            enrolWithReason.accept(reason.getValue());
        });
        getFooter().add(new Button(getTranslation("scheduling.gateDialog.dontEnrol"), click -> close()), override);
    }
}
