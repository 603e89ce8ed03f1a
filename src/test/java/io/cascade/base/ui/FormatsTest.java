package io.cascade.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.base.i18n.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A date reads the same way everywhere, in the reader's language. */
class FormatsTest {

    private static final LocalDateTime SATURDAY_MORNING = LocalDateTime.of(2026, 1, 10, 9, 56);

    @AfterEach
    void backToTheDefault() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aMomentReadsWithItsWeekdayAndA24HourClockInEachLanguage() {
        assertThat(dateTimeIn(Language.ENGLISH)).isEqualTo("Sat 10 Jan 2026, 09:56");
        assertThat(dateTimeIn(Language.GERMAN)).isEqualTo("Sa., 10. Jan. 2026, 09:56");
        assertThat(dateTimeIn(Language.FRENCH)).isEqualTo("sam. 10 janv. 2026, 09:56");
        assertThat(dateTimeIn(Language.SPANISH)).isEqualTo("sáb, 10 ene 2026, 09:56");
    }

    @Test
    void aDayReadsWithoutItsWeekday() {
        LocaleContextHolder.setLocale(Language.GERMAN.locale());
        assertThat(Formats.date(LocalDate.of(2026, 3, 2))).isEqualTo("2. März 2026");
    }

    private static String dateTimeIn(Language language) {
        LocaleContextHolder.setLocale(language.locale());
        return Formats.dateTime(SATURDAY_MORNING.atZone(Formats.zone()).toInstant());
    }
}
