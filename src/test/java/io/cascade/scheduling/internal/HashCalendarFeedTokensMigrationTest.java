package io.cascade.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.scheduling.CalendarService;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

/** An installation upgraded to hashed calendar tokens: the addresses people subscribed to before still work. */
@CascadeSpringTest
@Transactional
class HashCalendarFeedTokensMigrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CalendarService calendar;

    @Test
    void calendarAddressMadeBeforeTheUpgradeKeepsWorkingWhileTheTableHoldsOnlyItsHash() throws Exception {
        long person = jdbc.sql("select person_id from user_account where username = 'employee'").query(Long.class)
                .single();
        String token = "ab".repeat(20);
        jdbc.sql("delete from calendar_feed where person_id = :p").param("p", person).update();
        jdbc.sql("insert into calendar_feed (person_id, token, created_at) values (:p, :t, :now)")
                .param("p", person).param("t", token).param("now", LocalDateTime.now()).update();
        assertThat(calendar.feed(token)).as("a plain token is not looked up").isEmpty();

        new HashCalendarFeedTokensMigration().migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public java.sql.Connection getConnection() {
                return DataSourceUtils.getConnection(dataSource);
            }
        });

        assertThat(jdbc.sql("select token from calendar_feed where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo(FeedTokens.hash(token));
        assertThat(calendar.feed(token)).isPresent();
    }
}
