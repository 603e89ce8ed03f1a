package io.cascade.trickledown;

import java.util.OptionalDouble;

/**
 * "count of total", for coverage and champion rates. A share of nothing is empty, not 100%: with no leaders or no
 * trained reports there is nothing to be proud (or ashamed) of.
 */
public record Share(int count, int total) {

    public Share {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("Not a share: " + count + " of " + total);
        }
    }

    public static Share of(int count, int total) {
        return new Share(count, total);
    }

    /** The share between 0 and 1, empty when the total is 0. */
    public OptionalDouble ratio() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }

    /** The share in percent (0 to 100), empty when the total is 0. */
    public OptionalDouble percent() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count / total);
    }
}
