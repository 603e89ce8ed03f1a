package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.MariaDbRequired;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new installation on an empty database, started with {@code CASCADE_BOOTSTRAP_ADMIN_PASSWORD}: its first
 * administrator can sign in once with that password and must then choose another.
 */
@ExtendWith(MariaDbRequired.class)
@SpringBootTest(properties = {"cascade.demo.enabled=false", "cascade.bootstrap.admin-username=first.admin",
        "cascade.bootstrap.admin-password=" + FirstAdministratorTest.PASSWORD})
class FirstAdministratorTest {

    static final String PASSWORD = "Northwind harbour lantern 7";

    /** A database of its own, emptied before the application starts: this is the first start of an installation. */
    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
        String testDatabase = System.getenv().getOrDefault("CASCADE_TEST_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/cascade_test");
        String database = testDatabase.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1") + "_first_admin";
        String server = testDatabase.replaceFirst("/([^/?]+)(\\?.*)?$", "/");
        try (var connection = DriverManager.getConnection(server,
                System.getenv().getOrDefault("CASCADE_TEST_DB_USER", "root"),
                System.getenv().getOrDefault("CASCADE_TEST_DB_PASSWORD", ""));
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists `" + database + "`");
        }
        registry.add("spring.datasource.url", () -> server + database + "?createDatabaseIfNotExist=true");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldCreateTheFirstAdministratorWithAOneTimePasswordOnAnEmptyDatabase() {
        var account = jdbc.sql("""
                        select a.password_hash, a.must_change_password, r.role from user_account a
                        join user_account_role r on r.account_id = a.id where a.username = 'first.admin'""")
                .query((row, n) -> new Object[] {row.getString(1), row.getBoolean(2), row.getString(3)}).single();

        assertThat(passwordEncoder.matches(PASSWORD, (String) account[0])).isTrue();
        assertThat(account[1]).as("a one-time password, to be replaced at the first sign-in").isEqualTo(true);
        assertThat(account[2]).isEqualTo("ADMIN");
        assertThat(jdbc.sql("select actor from audit_event where action = 'CREATE' and entity_type = 'Account'")
                .query(String.class).list()).containsExactly("system");
    }

    @Test
    void shouldNotCreateASecondAdministratorWhenStartedAgainWithTheSetting() throws Exception {
        context.getBean(FirstAdministrator.class).run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(1);
    }
}
