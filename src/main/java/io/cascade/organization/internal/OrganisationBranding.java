package io.cascade.organization.internal;

import io.cascade.security.Branding;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisation's name and logo address for the shell and the sign-in page, read fresh each time (two rows). */
@Component
class OrganisationBranding implements Branding {

    private final JdbcClient jdbc;

    OrganisationBranding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String organisationName() {
        return jdbc.sql("select value from app_setting where name = 'organisation.name'").query(String.class)
                .optional().map(String::strip).filter(name -> !name.isEmpty()).orElse("Cascade");
    }

    @Override
    public Optional<String> logoUrl() {
        return jdbc.sql("select sha256 from organisation_logo where id = 1").query(String.class).optional()
                .map(LogoImages::url);
    }
}
