package io.cascade.scheduling.internal;

import io.cascade.trickledown.TrickleDownPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin settings scheduling obeys, read from app_setting on each use so a change applies at once. */
@Component
public class SchedulingSettings {

    /** Whether the managers-first gate only warns (a trainer may override with a reason) or blocks. */
    public enum GateMode {
        WARN,
        BLOCK
    }

    private final JdbcClient jdbc;

    SchedulingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GateMode gateMode() {
        return "BLOCK".equalsIgnoreCase(value("gate.mode", "WARN")) ? GateMode.BLOCK : GateMode.WARN;
    }

    public TrickleDownPolicy policy() {
        return "LENIENT".equalsIgnoreCase(value("trickle-down.policy", "STRICT")) ? TrickleDownPolicy.LENIENT
                : TrickleDownPolicy.STRICT;
    }

    private String value(String name, String fallback) {
        return jdbc.sql("select value from app_setting where name = :name").param("name", name)
                .query(String.class).optional().map(String::strip).orElse(fallback);
    }
}
