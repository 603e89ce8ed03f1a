package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.base.mail.SenderAddress;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation-wide settings, kept as named rows of {@code app_setting}: the trickle-down analytics, the gate and
 * the reinforcement figures read the same rows, so a saved change applies at once everywhere.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SettingsService {

    static final String POLICY = "trickle-down.policy";
    static final String GATE = "gate.mode";
    static final String WINDOW = "reinforcement.window-days";
    static final String REMINDERS = "refresher.reminders";
    static final String SENDER = "mail.from";
    static final String NAME = "organisation.name";
    /** The settings' revision: its version column counts the saves, it is what an admin's form carries. */
    static final String REVISION = "settings.revision";
    private static final List<String> NAMES = List.of(POLICY, GATE, WINDOW, REMINDERS, SENDER, NAME);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SenderAddress sender;
    private final ApplicationEventPublisher events;

    SettingsService(JdbcClient jdbc, AuditLog audit, SenderAddress sender, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sender = sender;
    }

    /** Settings are not secret: anyone signed in may read them. */
    @PreAuthorize("isAuthenticated()")
    public Settings current() {
        Map<String, String> values = new LinkedHashMap<>();
        long version = jdbc.sql("select version from app_setting where name = :name").param("name", REVISION)
                .query(Long.class).optional().orElse(0L);
        jdbc.sql("select name, value from app_setting where name in (:names)").param("names", NAMES)
                .query(rs -> {
                    values.put(rs.getString("name"), rs.getString("value"));
                });
        return new Settings(values.getOrDefault(POLICY, "STRICT"), values.getOrDefault(GATE, "WARN"),
                parseDays(values.get(WINDOW)), !"false".equalsIgnoreCase(values.getOrDefault(REMINDERS, "true")),
                values.getOrDefault(SENDER, sender.configured()), values.getOrDefault(NAME, "Cascade"),
                version);
    }

    /**
     * Saves all settings at once, or none when someone else saved since {@code settings.version()} was read. The
     * check and the claim are one conditional update of the revision row, which also holds that row's lock until
     * the commit: a second admin saving at the same moment waits, then finds the revision moved on and is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings update(@Valid Settings settings) {
        if (!claimRevision(settings.version())) {
            throw new ConcurrentChangeException("The settings");
        }
        Settings before = current();
        Map<String, String> values = Map.of(POLICY, settings.trickleDownPolicy(), GATE, settings.gateMode(),
                WINDOW, String.valueOf(settings.reinforcementWindowDays()),
                REMINDERS, String.valueOf(settings.refresherReminders()), SENDER, settings.mailSender().strip(),
                NAME, settings.organisationName().strip());
        values.forEach((name, value) -> {
            int updated = jdbc.sql("update app_setting set value = :value, version = version + 1 "
                    + "where name = :name and value <> :value").param("value", value).param("name", name).update();
            if (updated == 0) {
                jdbc.sql("insert into app_setting (name, value) select :name, :value from (select 1 as one) x "
                        + "where not exists (select 1 from app_setting where name = :name)")
                        .param("name", name).param("value", value).update();
            }
        });
        Settings after = current();
        events.publishEvent(new OrganizationEvent.SettingsChanged(before, after));
        audit.record("Settings", "organisation", "update", "Settings changed", before, after);
        return after;
    }

    /** Moves the revision on from {@code expected}; false when it is somewhere else already. */
    private boolean claimRevision(long expected) {
        String claim = "update app_setting set version = version + 1 where name = :name and version = :expected";
        if (jdbc.sql(claim).param("name", REVISION).param("expected", expected).update() == 1) {
            return true;
        }
        // only a database whose revision row was removed by hand gets here: put it back and try once more
        jdbc.sql("insert into app_setting (name, value) select :name, 'see version' from (select 1 as one) x "
                + "where not exists (select 1 from app_setting where name = :name)").param("name", REVISION).update();
        return jdbc.sql(claim).param("name", REVISION).param("expected", expected).update() == 1;
    }

    private static int parseDays(String value) {
        try {
            return value == null ? 30 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
