package io.cascade.organization;

import static io.cascade.organization.SettingsReader.GATE;
import static io.cascade.organization.SettingsReader.LANGUAGE;
import static io.cascade.organization.SettingsReader.NAME;
import static io.cascade.organization.SettingsReader.POLICY;
import static io.cascade.organization.SettingsReader.REMINDERS;
import static io.cascade.organization.SettingsReader.REVISION;
import static io.cascade.organization.SettingsReader.SENDER;
import static io.cascade.organization.SettingsReader.WINDOW;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation-wide settings, kept as named rows of {@code app_setting} and read by every module through the
 * {@link SettingsReader}: the trickle-down analytics, the gate and the reinforcement figures read the same rows, so a
 * saved change applies at once everywhere.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SettingsService {

    private final JdbcClient jdbc;
    private final SettingsReader reader;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SettingsService(JdbcClient jdbc, SettingsReader reader, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.reader = reader;
        this.audit = audit;
    }

    /** Settings are not secret: anyone signed in may read them. */
    @PreAuthorize("isAuthenticated()")
    public Settings current() {
        return reader.current();
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
            throw new ConcurrentChangeException(Text.of("organization.concurrent.settings"));
        }
        Settings before = reader.current();
        Map<String, String> values = Map.of(POLICY, settings.trickleDownPolicy().name(),
                GATE, settings.gateMode().name(), WINDOW, String.valueOf(settings.reinforcementWindow().days()),
                REMINDERS, String.valueOf(settings.refresherReminders()), SENDER, settings.mailSender().strip(),
                NAME, settings.organisationName().strip(), LANGUAGE, settings.language().tag());
        values.forEach((name, value) -> {
            int updated = jdbc.sql("update app_setting set value = :value, version = version + 1 "
                    + "where name = :name and value <> :value").param("value", value).param("name", name).update();
            if (updated == 0) {
                jdbc.sql("insert into app_setting (name, value) select :name, :value from (select 1 as one) x "
                        + "where not exists (select 1 from app_setting where name = :name)")
                        .param("name", name).param("value", value).update();
            }
        });
        Settings after = reader.current();
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
}
