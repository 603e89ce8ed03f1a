package io.cascade.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language Cascade ships is complete, and every text in English is one Cascade uses. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasExactlyTheKeysEnglishHas(Language language) {
        Set<String> english = Translations.keys(Language.ENGLISH);
        Set<String> translated = Translations.keys(language);

        assertThat(difference(english, translated)).as("keys %s lacks", language).isEmpty();
        assertThat(difference(translated, english)).as("keys only %s has", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextIsWrittenAndFormatsInItsLanguage(Language language) {
        for (String key : Translations.keys(language)) {
            // numbers, so that plurals and number formats have what they take; a plain {0} shows a number too
            String text = translations.get(language.locale(), key, 7, 7, 7, 7, 7, 7);
            assertThat(text).as(key).isNotBlank().doesNotStartWith("!");
        }
    }

    @Test
    void everyKeyInEnglishIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(file -> file.toString().endsWith(".java")).map(TranslationsTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : Translations.keys(Language.ENGLISH)) {
            // a key is used when the code names it (a bean validation message as "{key}"), or names its family and
            // adds the last part (e.g. an enum's name)
            String family = key.substring(0, key.lastIndexOf('.') + 1);
            boolean named = code.contains("\"" + key + "\"") || code.contains("\"{" + key + "}\"");
            boolean byFamily = Pattern.compile(Pattern.quote("\"" + family + "\"") + "\\s*\\+").matcher(code).find();
            if (!named && !byFamily) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void anApostropheReadsAsOneWhateverTheMessageTakes() {
        assertThat(translations.get(Locale.ENGLISH, "base.error.page.back")).isEqualTo("Back to Cascade's start page");
        assertThat(translations.get(Locale.FRENCH, "base.error.notAllowed"))
                .isEqualTo("Vous n'êtes pas autorisé à faire cela.");
        assertThat(translations.get(Locale.FRENCH, "base.error.somethingWentWrong", "ab12cd34"))
                .startsWith("Une erreur s'est produite (réf. ab12cd34).");
    }

    @Test
    void aLanguageCascadeDoesNotSpeakReadsEnglish() {
        assertThat(translations.get(Locale.JAPANESE, "base.shell.signOut")).isEqualTo("Sign out");
        assertThat(translations.get(Locale.forLanguageTag("de-CH"), "base.shell.signOut")).isEqualTo("Abmelden");
    }

    @Test
    void aKeyNoLanguageHasIsMarkedSoItCannotPassForText() {
        assertThat(translations.get(Locale.GERMAN, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void aBrowsersFirstLanguageThatCascadeSpeaksWins() {
        assertThat(Language.firstOf(java.util.List.of(Locale.JAPANESE, Locale.forLanguageTag("fr-CA"), Locale.GERMAN)))
                .contains(Language.FRENCH);
        assertThat(Language.of("es_MX")).contains(Language.SPANISH);
        assertThat(Language.of("pt")).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
