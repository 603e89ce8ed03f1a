package io.cascade.catalog;

/**
 * A change the catalog refuses, with the field at fault (a property name of the draft, e.g. {@code "url"}) so a form
 * can show the message beside it; {@code field} is null when the change as a whole is refused.
 */
public class CatalogRuleException extends RuntimeException {

    private final String field;

    public CatalogRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
