package io.cascade.base.i18n;

import java.util.Optional;

/**
 * Where the language of a page comes from besides the browser: the signed-in person's own choice, and the
 * organisation's default from Settings. The organization module keeps both.
 */
public interface LanguagePreferences {

    /** The language the signed-in user chose in their profile menu, if they chose one. */
    Optional<Language> signedInUsersChoice();

    /** The language for everyone whose browser asks for none Cascade speaks. */
    Language organisationDefault();

    /** Keeps the signed-in user's choice for their next pages, mails and certificates. */
    void choose(Language language);
}
