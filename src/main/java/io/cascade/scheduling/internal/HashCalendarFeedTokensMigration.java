package io.cascade.scheduling.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V64: the calendar subscription tokens stored so far become their hashes ({@link FeedTokens}), so the
 * addresses people already subscribed to keep working while the table no longer holds them. In Java because MySQL,
 * MariaDB and H2 share no SHA-256 function. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class HashCalendarFeedTokensMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("64");
    }

    @Override
    public String getDescription() {
        return "hash calendar feed tokens";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        Map<Long, String> tokens = new LinkedHashMap<>();
        try (var select = connection.createStatement();
                ResultSet rows = select.executeQuery("select person_id, token from calendar_feed")) {
            while (rows.next()) {
                tokens.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update calendar_feed set token = ? where person_id = ?")) {
            for (var token : tokens.entrySet()) {
                update.setString(1, FeedTokens.hash(token.getValue()));
                update.setLong(2, token.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
