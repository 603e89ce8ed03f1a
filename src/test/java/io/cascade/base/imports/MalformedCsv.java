package io.cascade.base.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Damaged copies of a valid CSV file, of every kind an import meets in real life: random bytes, the wrong encoding
 * (Latin-1, UTF-16), an unclosed quote, a huge field, a missing column, a truncated file, control characters,
 * flipped bytes, shuffled punctuation, and whatever kinds an import adds of its own (e.g. odd dates). The fuzz tests
 * of every import share it.
 */
public final class MalformedCsv {

    /** One damaged file and the kind of damage, for the test's messages. */
    public record Malformed(String kind, byte[] bytes) {
    }

    private static final int COMMON_KINDS = 10;

    private final byte[] valid;
    private final String text;
    private final UnaryOperator<String> accented;
    private final String column;
    private final String filler;
    private final List<BiFunction<String, Random, Malformed>> extras;

    /**
     * @param valid    the valid file
     * @param accented gives the file with a character that Latin-1 encodes differently from UTF-8
     * @param column   a header column, with its leading comma, to take away (e.g. {@code ",level"})
     * @param filler   what a huge field is made of (a letter, or a digit for a numeric column)
     * @param extras   kinds of damage of this import's own
     */
    @SafeVarargs
    public MalformedCsv(byte[] valid, UnaryOperator<String> accented, String column, String filler,
            BiFunction<String, Random, Malformed>... extras) {
        this.valid = valid.clone();
        this.text = new String(valid, UTF_8);
        this.accented = accented;
        this.column = column;
        this.filler = filler;
        this.extras = List.of(extras);
    }

    /** The next damaged file, each kind about as likely as the others. */
    public Malformed next(Random random) {
        int kind = random.nextInt(COMMON_KINDS + extras.size());
        return switch (kind) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(4000)];
                random.nextBytes(bytes);
                yield new Malformed("random bytes", bytes);
            }
            case 1 -> new Malformed("latin-1", accented.apply(text).getBytes(ISO_8859_1));
            case 2 -> new Malformed("utf-16", text.getBytes(UTF_16));
            case 3 -> new Malformed("unclosed quote", insert(text, "\"", random).getBytes(UTF_8));
            case 4 -> new Malformed("huge field", insert(text, filler.repeat(100_000 + random.nextInt(200_000)),
                    random).getBytes(UTF_8));
            case 5 -> new Malformed("missing column", text.replaceFirst(column, "").getBytes(UTF_8));
            case 6 -> new Malformed("truncated", Arrays.copyOf(valid, random.nextInt(valid.length)));
            case 7 -> new Malformed("control characters", insert(text, "\u0000\u0007", random).getBytes(UTF_8));
            case 8 -> new Malformed("flipped bytes", flip(random));
            case 9 -> new Malformed("shuffled punctuation", insert(insert(text, ",", random), "\r", random)
                    .getBytes(UTF_8));
            default -> extras.get(kind - COMMON_KINDS).apply(text, random);
        };
    }

    private static String insert(String text, String inserted, Random random) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private byte[] flip(Random random) {
        byte[] bytes = valid.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
