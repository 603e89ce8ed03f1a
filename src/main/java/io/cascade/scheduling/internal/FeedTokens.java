package io.cascade.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What is stored of a calendar subscription token: its SHA-256, in hex. The token is 160 random bits, so a fast hash
 * cannot be reversed by guessing, and the table alone opens no one's calendar.
 */
public final class FeedTokens {

    private FeedTokens() {
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
