package io.cascade;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests of persistence and services run against the real MariaDB (see README "Tests"). When it is not reachable the
 * tests are skipped with a loud message on a developer's machine, and fail on CI ({@code CI=true}), so a broken CI
 * machine can never pass by skipping them.
 */
public class MariaDbRequired implements BeforeAllCallback {

    private static volatile Boolean reachable;

    @Override
    public void beforeAll(ExtensionContext context) {
        String url = System.getenv().getOrDefault("CASCADE_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/cascade_test");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() == -1 ? 3306 : uri.getPort();
        if (reachable == null) {
            reachable = canConnect(host, port);
        }
        if (reachable) {
            return;
        }
        String message = "MariaDB is not reachable at " + host + ":" + port
                + " - start it (see README) or set CASCADE_TEST_DB_URL";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    private static boolean canConnect(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
