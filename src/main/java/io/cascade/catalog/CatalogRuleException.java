package io.cascade.catalog;

import io.cascade.base.FieldException;
import io.cascade.base.i18n.Text;

/**
 * A change the catalog refuses, with the field at fault (a property name of the draft, e.g. {@code "url"}) so a form
 * can show the message beside it; {@code field} is null when the change as a whole is refused.
 */
public class CatalogRuleException extends FieldException {

    public CatalogRuleException(String field, Text text) {
        super(field, text);
    }

    /**
     * A refusal worded in English only.
     *
     * @deprecated say it with a {@link Text}, so that it reads in the user's language
     */
    @Deprecated
    public CatalogRuleException(String field, String message) {
        super(field, message);
    }
}
