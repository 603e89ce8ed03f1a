package io.cascade.base.i18n;

import com.vaadin.flow.component.UI;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A text to be read later, in the reader's language: a key of the bundles and its arguments. A service that refuses
 * a change, or reports a problem in a file, says it with a {@code Text}; the page that shows it reads it in the page's
 * language, a mail in the recipient's, a log line in English.
 *
 * @param key  a key of the bundles, e.g. {@code scheduling.session.capacityTooSmall}
 * @param args the message's arguments, in order
 */
public record Text(String key, Object... args) implements Serializable {

    private static final Translations TRANSLATIONS = new Translations();

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    /** The text in {@code locale}'s language; an argument that is a {@code Text} itself reads in the same language. */
    public String in(Locale locale) {
        Object[] read = args == null ? null : Arrays.stream(args)
                .map(arg -> arg instanceof Text part ? part.in(locale) : arg).toArray();
        return TRANSLATIONS.get(locale, key, read);
    }

    /** The text in the language of the current page, or of Spring's current locale outside a page. */
    public String inCurrentLanguage() {
        UI ui = UI.getCurrent();
        return in(ui != null ? ui.getLocale() : LocaleContextHolder.getLocale());
    }

    /** The text in English, for logs and exception messages. */
    public String inEnglish() {
        return in(Language.ENGLISH.locale());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return inEnglish();
    }
}
