package io.cascade.scheduling.internal;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as each language writes them, from the fields wanted (an ICU skeleton such as {@code MMMMEEEEd} for "Thursday
 * 5 March", "Donnerstag, 5. März", "jueves, 5 de marzo"): the language's own order, words and punctuation.
 */
public final class DatePatterns {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DatePatterns() {
    }

    /** A formatter of {@code skeleton}'s fields in {@code locale}'s language. */
    public static DateTimeFormatter of(String skeleton, Locale locale) {
        return FORMATTERS.computeIfAbsent(skeleton + '\u0000' + locale.toLanguageTag(), ignored -> DateTimeFormatter
                .ofPattern(DateTimePatternGenerator.getInstance(ULocale.forLocale(locale)).getBestPattern(skeleton),
                        locale));
    }
}
