package dev.chainrule.data.random;

/** Argument checks of {@link RandomState}, with messages that name the argument. Package-private. */
final class Checks {
    private static final long MAX_SEED = 0xffffffffL;

    private Checks() {
    }

    static long seed(long seed, String name) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException(name + " must be between 0 and 2**32 - 1, got " + seed);
        }
        return seed;
    }

    static int size(int size, String name) {
        if (size < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + size);
        }
        return size;
    }

    static void scale(double scale) {
        if (!(scale >= 0)) {
            throw new IllegalArgumentException("normal: scale must be >= 0, got " + scale);
        }
    }

    static double range(double low, double high) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("uniform: high - low must be finite, got low = " + low
                    + ", high = " + high);
        }
        return range;
    }
}
