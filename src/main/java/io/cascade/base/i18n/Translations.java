package io.cascade.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text of Cascade, by key, in each {@link Language}. Each module keeps its own texts, in
 * {@code i18n/<module>.properties} (English) and {@code i18n/<module>_de.properties} and so on (UTF-8); a key starts
 * with its module's name ({@code catalog.courses.title}), which names the bundle it is in. Messages take arguments in ICU MessageFormat, so plurals, numbers and dates follow the language
 * ({@code {0, plural, one {# person} other {# people}}}); a translation never glues fragments together.
 * <p>
 * One source for the views (Vaadin's {@link I18NProvider}: {@code getTranslation(key, args)}), for bean validation
 * (it is Spring's {@code messageSource}, so a constraint's {@code {key}} message resolves here) and for mails and
 * certificates written in the recipient's language. A key missing from a bundle falls back to English; a key missing
 * from English shows as {@code !key!} and is logged, and the bundle tests fail on both.
 */
@Component("messageSource")
public class Translations implements I18NProvider, MessageSource {

    static final String FOLDER = "i18n";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_SERVERS_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    /** The text of {@code key} in {@code locale}'s language (English for a language Cascade does not speak). */
    public String get(Locale locale, String key, Object... args) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        String pattern = pattern(language, key);
        if (pattern == null) {
            log.warn("No text for the key {} in any language", key);
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0 ? pattern
                    : format(language, key, pattern, new Object[0]);
        }
        return format(language, key, pattern, args);
    }

    /** Whether English, the source language, has {@code key}. */
    public boolean has(String key) {
        return pattern(Language.ENGLISH, key) != null;
    }

    /** The keys one language's own files hold, in every module, for the tests that hold every bundle complete. */
    public static Set<String> keys(Language language) {
        Set<String> keys = new TreeSet<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader());
            for (Resource file : resolver.getResources("classpath*:" + FOLDER + "/*.properties")) {
                String name = file.getFilename();
                String module = name.substring(0, name.length() - ".properties".length());
                boolean english = module.indexOf('_') < 0;
                if (english ? language == Language.ENGLISH : module.endsWith("_" + language.tag())) {
                    try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                        var properties = new Properties();
                        properties.load(in);
                        keys.addAll(properties.stringPropertyNames());
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return keys;
    }

    private String format(Language language, String key, String pattern, Object[] args) {
        MessageFormat format = formats.computeIfAbsent(language.tag() + '\u0000' + key,
                ignored -> new MessageFormat(pattern, language.locale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    private static String pattern(Language language, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : Locale.of(language.tag());
        try {
            return ResourceBundle.getBundle(FOLDER + "." + key.substring(0, dot), locale,
                    Translations.class.getClassLoader(), NO_FALLBACK_TO_THE_SERVERS_LOCALE).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    // ------------------------------------------------------------------ Spring's MessageSource, for validation

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return has(code) ? get(locale, code, args) : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        if (!has(code)) {
            throw new NoSuchMessageException(code, locale);
        }
        return get(locale, code, args);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        String[] codes = resolvable.getCodes();
        for (String code : codes == null ? new String[0] : codes) {
            if (has(code)) {
                return get(locale, code, resolvable.getArguments());
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }
}
