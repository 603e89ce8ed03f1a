package io.cascade.base.mail;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The address Cascade's mails come from: the sender an admin chose in Settings (the {@code mail.from} row of
 * {@code app_setting}) or, until one is chosen, {@code cascade.mail.from}. Read for every mail, so a change in
 * Settings applies to the next mail.
 */
@Component
public class SenderAddress implements Supplier<String> {

    private final JdbcClient jdbc;
    private final String configured;

    SenderAddress(JdbcClient jdbc, @Value("${cascade.mail.from:training@cascade.example}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    @Override
    public String get() {
        return jdbc.sql("select value from app_setting where name = 'mail.from'").query(String.class).optional()
                .map(String::strip).filter(value -> !value.isEmpty()).orElse(configured);
    }

    /** The address from the configuration, used until an admin chooses one. */
    public String configured() {
        return configured;
    }
}
