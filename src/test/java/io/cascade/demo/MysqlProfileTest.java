package io.cascade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.MariaDbRequired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile starts against a real organisation's empty database: Flyway builds the schema and no demo
 * data is loaded unless asked for.
 */
@ExtendWith(MariaDbRequired.class)
@SpringBootTest(properties = {"spring.datasource.username=root", "spring.datasource.password="})
@ActiveProfiles("mysql")
class MysqlProfileTest {

    /**
     * A database of its own next to the test database ({@code cascade_test} gives {@code cascade_test_mysql_profile}),
     * so that runs with their own {@code CASCADE_TEST_DB_URL} do not share it.
     */
    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String testDatabase = System.getenv().getOrDefault("CASCADE_TEST_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/cascade_test");
        registry.add("spring.datasource.url", () -> testDatabase.replaceFirst("/([^/?]+)(\\?.*)?$",
                "/$1_mysql_profile?createDatabaseIfNotExist=true"));
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldStartOnAnEmptyDatabaseWithoutDemoData() {
        assertThat(context.getBeanNamesForType(DemoDataLoader.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = true").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(*) from department where name = 'Northwind Service Group'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isZero();
    }
}
