package dev.chainrule.data.random;

/**
 * NumPy's legacy bounded-integer draws: masked rejection sampling. Package-private helpers of {@link RandomState}.
 *
 * <p>To draw uniformly from {@code 0..rng}, take the smallest all-ones bit mask covering {@code rng}, draw raw bits,
 * keep only the bits under the mask and try again while the result exceeds {@code rng}. Fewer than half of the
 * attempts fail. Ranges that fit in 32 bits use one 32-bit output per attempt, larger ones one 64-bit output
 * (two 32-bit outputs, high half first). This is what {@code RandomState.randint} does for its default
 * {@code int64} type and what {@code shuffle} and {@code permutation} do for each swap index.
 */
final class Bounded {
    private static final long MAX32 = 0xffffffffL;

    private Bounded() {
    }

    /** The smallest {@code 2^k - 1} that is {@code >= max} (as an unsigned 64-bit number). */
    static long mask(long max) {
        long m = max;
        m |= m >>> 1;
        m |= m >>> 2;
        m |= m >>> 4;
        m |= m >>> 8;
        m |= m >>> 16;
        m |= m >>> 32;
        return m;
    }

    /**
     * A uniform draw from {@code 0..rng} inclusive, {@code rng} read as unsigned ({@code random_bounded_uint64}
     * with the masked method): no draw for {@code rng == 0}; one raw 32-bit output for {@code rng == 2^32 - 1};
     * one raw 64-bit output for {@code rng == 2^64 - 1}.
     */
    static long uint64(Mt19937 mt, long rng) {
        if (rng == 0) {
            return 0;
        }
        if (Long.compareUnsigned(rng, MAX32) <= 0) {
            if (rng == MAX32) {
                return mt.next32() & MAX32;
            }
            long mask = mask(rng);
            long v;
            do {
                v = mt.next32() & mask;
            } while (v > rng);
            return v;
        }
        if (rng == -1L) {
            return mt.next64();
        }
        long mask = mask(rng);
        long v;
        do {
            v = mt.next64() & mask;
        } while (Long.compareUnsigned(v, rng) > 0);
        return v;
    }

    /**
     * A uniform index in {@code 0..max} for a Fisher–Yates swap ({@code random_interval}): the same masked
     * rejection, on 32-bit outputs while {@code max} fits in 32 bits.
     */
    static int interval(Mt19937 mt, int max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long v;
        do {
            v = mt.next32() & mask;
        } while (v > max);
        return (int) v;
    }
}
