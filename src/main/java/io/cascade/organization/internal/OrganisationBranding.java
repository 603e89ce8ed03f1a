package io.cascade.organization.internal;

import io.cascade.organization.SettingsReader;
import io.cascade.security.Branding;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisation's name (Settings) and logo address for the shell and the sign-in page, read fresh each time. */
@Component
class OrganisationBranding implements Branding {

    private final JdbcClient jdbc;
    private final SettingsReader settings;

    OrganisationBranding(JdbcClient jdbc, SettingsReader settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public String organisationName() {
        return settings.current().organisationName();
    }

    @Override
    public Optional<String> logoUrl() {
        return jdbc.sql("select sha256 from organisation_logo where id = 1").query(String.class).optional()
                .map(LogoImages::url);
    }
}
