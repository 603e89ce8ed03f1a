package io.cascade.organization;

import io.cascade.base.FieldException;
import io.cascade.base.i18n.Text;

/**
 * A change to the organisation that its rules refuse (a cycle, a duplicate employee number, members still in a
 * department to archive...). {@code field} names the form field the message belongs to, or is null for the whole
 * change; the message is written for the admin who made it, in their language.
 */
public class OrganizationChangeException extends FieldException {

    public OrganizationChangeException(String field, Text text) {
        super(field, text);
    }
}
