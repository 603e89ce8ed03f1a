package io.cascade.catalog;

import io.cascade.base.FieldException;

/**
 * A change the catalog refuses, with the field at fault (a property name of the draft, e.g. {@code "url"}) so a form
 * can show the message beside it; {@code field} is null when the change as a whole is refused.
 */
public class CatalogRuleException extends FieldException {

    public CatalogRuleException(String field, String message) {
        super(field, message);
    }
}
