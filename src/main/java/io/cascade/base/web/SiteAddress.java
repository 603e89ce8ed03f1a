package io.cascade.base.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a visitor reached Cascade at, up to its context path (e.g. {@code https://training.example.com}), to
 * build links they can paste elsewhere. Behind a TLS-terminating proxy this is the proxy's {@code https://} address:
 * with {@code server.forward-headers-strategy=native} Tomcat takes scheme, host and port from the proxy's
 * {@code X-Forwarded-*} headers before the request reaches Cascade.
 */
public final class SiteAddress {

    private SiteAddress() {
    }

    public static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("https".equals(scheme) && port == 443)
                || ("http".equals(scheme) && port == 80);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
