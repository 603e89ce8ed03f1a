package io.cascade.organization;

import io.cascade.base.i18n.Language;
import io.cascade.trickledown.TrickleDownPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one reader of the organisation-wide settings, the named rows of {@code app_setting} that
 * {@link SettingsService} writes: the gate and the rollout, the trickle-down analytics and its ledger, the team page,
 * the certificates, the reminders, the mailer and the shell all read them here, typed, fresh on every call, so a
 * saved change applies at once everywhere. One statement.
 * <p>
 * Read-only and deliberately not secured: scheduled jobs (the reminders, the ledger at start-up), the mailer and the
 * sign-in page read the settings without a signed-in user, and nothing in them is secret. Views go through
 * {@link SettingsService#current()}; changing the settings is {@link SettingsService#update}, for admins.
 * <p>
 * A missing row reads as its default (STRICT, WARN, {@link ReinforcementWindow#DEFAULT 30 days}, reminders on, the
 * configured {@code cascade.mail.from}, "Cascade", English). A value that cannot be read (edited by hand in the database) reads
 * as the default too, with a warning in the log once per such value, rather than taking a page or a job down.
 */
@Component
public class SettingsReader {

    static final String POLICY = "trickle-down.policy";
    static final String GATE = "gate.mode";
    static final String WINDOW = "reinforcement.window-days";
    static final String REMINDERS = "refresher.reminders";
    static final String SENDER = "mail.from";
    static final String NAME = "organisation.name";
    static final String LANGUAGE = "organisation.language";
    /** The settings' revision: its version column counts the saves, it is what an admin's form carries. */
    static final String REVISION = "settings.revision";
    private static final List<String> ROWS = List.of(POLICY, GATE, WINDOW, REMINDERS, SENDER, NAME, LANGUAGE, REVISION);
    private static final String DEFAULT_NAME = "Cascade";

    private static final Logger log = LoggerFactory.getLogger(SettingsReader.class);

    private final JdbcClient jdbc;
    private final String configuredSender;
    /** Setting name to the unreadable value last warned about, so the log says it once, not on every read. */
    private final Map<String, String> warned = new ConcurrentHashMap<>();

    SettingsReader(JdbcClient jdbc,
            @Value("${cascade.mail.from:training@cascade.example}") String configuredSender) {
        this.jdbc = jdbc;
        this.configuredSender = configuredSender;
    }

    /** Every setting, with the revision an admin's save must match. */
    public Settings current() {
        Map<String, String> values = new HashMap<>();
        long[] revision = {0};
        jdbc.sql("select name, value, version from app_setting where name in (:names)")
                .param("names", ROWS)
                .query(rs -> {
                    if (REVISION.equals(rs.getString("name"))) {
                        revision[0] = rs.getLong("version");
                    } else {
                        values.put(rs.getString("name"), rs.getString("value").strip());
                    }
                });
        return new Settings(policy(values.get(POLICY)), gateMode(values.get(GATE)), window(values.get(WINDOW)),
                !"false".equalsIgnoreCase(values.get(REMINDERS)), text(values.get(SENDER), configuredSender),
                text(values.get(NAME), DEFAULT_NAME), language(values.get(LANGUAGE)), revision[0]);
    }

    private TrickleDownPolicy policy(String value) {
        try {
            return value == null ? TrickleDownPolicy.STRICT : TrickleDownPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return unreadable(POLICY, value, "neither STRICT nor LENIENT", TrickleDownPolicy.STRICT);
        }
    }

    private GateMode gateMode(String value) {
        try {
            return value == null ? GateMode.WARN : GateMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return unreadable(GATE, value, "neither WARN nor BLOCK", GateMode.WARN);
        }
    }

    private ReinforcementWindow window(String value) {
        if (value == null) {
            return ReinforcementWindow.DEFAULT;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 0) {
                return ReinforcementWindow.ofDays(days);
            }
        } catch (NumberFormatException unreadable) {
            // fall through to the warning
        }
        return unreadable(WINDOW, value, "not a number of days", ReinforcementWindow.DEFAULT);
    }

    private Language language(String value) {
        if (value == null) {
            return Language.ENGLISH;
        }
        return Language.of(value).orElseGet(() -> unreadable(LANGUAGE, value, "not a language Cascade speaks",
                Language.ENGLISH));
    }

    private static String text(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private <T> T unreadable(String name, String value, String why, T fallback) {
        if (!value.equals(warned.put(name, value))) {
            log.warn("Setting {}={} is {}; using {}", name, value, why, fallback);
        }
        return fallback;
    }
}
