package io.cascade.base.ui;

import com.vaadin.flow.component.UI;
import io.cascade.base.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How dates and times read in Cascade, in the language of the page (or, outside a page, of Spring's current locale,
 * which mails and certificates set to the recipient's): "Sat 10 Jan 2026, 09:56", "Sa., 10. Jan. 2026, 09:56". Times
 * are shown in the server's zone until per-user time zones exist.
 */
public final class Formats {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private Formats() {
    }

    /** The zone dates are shown and entered in. */
    public static ZoneId zone() {
        return ZONE;
    }

    /** The language dates, numbers and texts are shown in now. */
    public static Language language() {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : LocaleContextHolder.getLocale();
        return Language.of(locale).orElse(Language.ENGLISH);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormat(language()).format(instant.atZone(ZONE));
    }

    public static String date(Instant instant) {
        return instant == null ? "" : dateFormat(language()).format(instant.atZone(ZONE));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat(language()).format(date);
    }

    public static String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    private static DateTimeFormatter dateTimeFormat(Language language) {
        return DateTimeFormatter.ofPattern(language.dateTimePattern(), language.locale());
    }

    private static DateTimeFormatter dateFormat(Language language) {
        return DateTimeFormatter.ofPattern(language.datePattern(), language.locale());
    }
}
