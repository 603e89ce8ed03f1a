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
    /** British English: "Sat 10 Jan 2026, 09:56", day before month in the date pickers, a 24-hour clock. */
    ENGLISH(Locale.UK, "English", "EEE d MMM yyyy, HH:mm", "d MMM yyyy"),
    GERMAN(Locale.GERMAN, "Deutsch", "EEE, d. MMM yyyy, HH:mm", "d. MMM yyyy"),
    FRENCH(Locale.FRENCH, "Français", "EEE d MMM yyyy, HH:mm", "d MMM yyyy"),
    SPANISH(Locale.of("es", "ES"), "Español", "EEE, d MMM yyyy, HH:mm", "d MMM yyyy");

    private final Locale locale;
    private final String name;
    private final String dateTimePattern;
    private final String datePattern;

    Language(Locale locale, String name, String dateTimePattern, String datePattern) {
        this.locale = locale;
        this.name = name;
        this.dateTimePattern = dateTimePattern;
        this.datePattern = datePattern;
    }

    /** The language's name in itself, as a language menu lists it whatever the page's language. */
    public String nativeName() {
        return name;
    }

    /** The locale of pages, mails and certificates in this language: it sets the pickers' and numbers' formats too. */
    public Locale locale() {
        return locale;
    }

    /** How a moment reads: weekday, day, month, year and the 24-hour time. */
    public String dateTimePattern() {
        return dateTimePattern;
    }

    /** How a day reads. */
    public String datePattern() {
        return datePattern;
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
