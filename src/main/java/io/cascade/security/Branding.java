package io.cascade.security;

import java.util.Optional;

/**
 * What the sign-in page and the application shell show of the organisation using Cascade: its name and, when an
 * admin uploaded one, its logo. The organization module supplies it; it is read for visitors not signed in yet.
 */
public interface Branding {

    /** The organisation's name from Settings ("Cascade" until an admin names it). */
    String organisationName();

    /** A relative address of the logo that changes with the logo (so browsers fetch the new one), if there is one. */
    Optional<String> logoUrl();
}
