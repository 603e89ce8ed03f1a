package io.cascade.organization;

import io.cascade.base.i18n.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password someone chooses must be (ASVS 4.0.3 V2.1): at least 12 characters, of any kind (spaces, accents
 * and emoji welcome, no rules about mixing kinds), at most 72 bytes in UTF-8 because bcrypt reads no further, and
 * not a common password. "Common" is a list shipped with Cascade ({@code common-passwords.txt}: Openwall's list of
 * the passwords most often seen in breaches, in the public domain, plus Cascade's own name), looked up ignoring case
 * and also after the usual disguises: digits or signs before or after ({@code Sunshine2024!}), letters written as
 * digits or signs ({@code P@ssw0rd}), a word repeated ({@code passwordpassword}), a run of the keyboard, the
 * alphabet or the digits ({@code qwertyuiop12}, {@code 123456789012}), or a few characters repeated
 * ({@code abcabcabcabc}). The username is refused in the same way.
 */
final class PasswordPolicy {

    /** The fewest characters a chosen password may have. */
    static final int MIN_LENGTH = 12;
    /** bcrypt's limit: it ignores everything past the 72nd byte. */
    static final int MAX_BYTES = 72;

    private static final List<String> RUNS = List.of("0123456789", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p", "zaq12wsxcde34rfvbgt56yhn");

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the list shipped in Cascade. */
    static PasswordPolicy withBundledList() {
        var words = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.startsWith("#!comment") && !line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(Set.copyOf(words));
    }

    /** Why {@code password} cannot be chosen by {@code username}, in words for the person; empty if it can. */
    Optional<Text> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Text.of("organization.passwordPolicy.required"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Text.of("organization.passwordPolicy.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Text.of("organization.passwordPolicy.tooLong", MAX_BYTES));
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name) || !core(name).isEmpty() && core(lower).equals(core(name)))) {
            return Optional.of(Text.of("organization.passwordPolicy.username"));
        }
        if (isCommon(lower)) {
            return Optional.of(Text.of("organization.passwordPolicy.common"));
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        String compact = lower.replaceAll("\\s+", "");
        for (String candidate : List.of(lower, compact, core(compact), core(plain(compact)),
                plain(core(compact)))) {
            if (candidate.isEmpty()) {
                continue;
            }
            if (common.contains(candidate) || isRun(candidate)) {
                return true;
            }
            var repeated = java.util.regex.Pattern.compile("^(.+?)\\1+$").matcher(candidate);
            if (repeated.matches() && (repeated.group(1).length() <= 4 || common.contains(repeated.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Without the digits and signs around the letters: "sunshine" of "2024sunshine!!". */
    private static String core(String text) {
        return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    /** Letters written as digits or signs, read back as letters. */
    private static String plain(String text) {
        var letters = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            letters.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7', '+' -> 't';
                default -> c;
            });
        }
        return letters.toString();
    }

    /** A stretch of one of the keyboard, alphabet or digit runs, forwards or backwards, or one character repeated. */
    private static boolean isRun(String text) {
        if (text.chars().distinct().count() == 1) {
            return true;
        }
        for (String run : RUNS) {
            String cycled = run.repeat(3);
            String backwards = new StringBuilder(cycled).reverse().toString();
            if (cycled.contains(text) || backwards.contains(text)) {
                return true;
            }
        }
        return false;
    }
}
