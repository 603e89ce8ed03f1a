package io.cascade.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Cascade speaks, each complete: every view, message, mail and certificate. English is the source
 * language; the others translate it (docs/glossary.md keeps their terms consistent).
 */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    GERMAN(Locale.GERMAN),
    FRENCH(Locale.FRENCH),
    SPANISH(Locale.of("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag stored for a person's choice and in Settings: {@code en}, {@code de}, {@code fr}, {@code es}. */
    public String tag() {
        return locale.getLanguage();
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language of a tag or locale such as {@code de}, {@code de-CH} or {@code fr_CA}, if Cascade speaks it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(language -> language.tag().equals(locale.getLanguage())).findFirst();
    }

    /** The first language of a browser's list (most preferred first) that Cascade speaks. */
    public static Optional<Language> firstOf(List<Locale> preferred) {
        return preferred.stream().map(Language::of).flatMap(Optional::stream).findFirst();
    }
}
