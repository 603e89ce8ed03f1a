package io.cascade.base.ui;

import com.vaadin.flow.component.HasValidation;
import io.cascade.base.FieldException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shows a refusal where it belongs: at the form field it names, marked invalid with the message, so the user sees
 * what to correct; a refusal of the change as a whole (or of a field the form does not show) goes elsewhere.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows the message at the field of {@code fields} (form field name to component) that the refusal names, or as
     * an error notification when none matches.
     */
    public static void show(FieldException refusal, Map<String, ? extends HasValidation> fields) {
        show(refusal, fields, Notifications::error);
    }

    /** As {@link #show(FieldException, Map)}, but a message no field matches goes to {@code elsewhere}. */
    public static void show(FieldException refusal, Map<String, ? extends HasValidation> fields,
            Consumer<String> elsewhere) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            elsewhere.accept(refusal.localizedMessage());
        } else {
            field.setErrorMessage(refusal.localizedMessage());
            field.setInvalid(true);
        }
    }

    /** Clears the marks of an earlier refusal before the next attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
