package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Tensor;

/** Finding and describing NaN and infinite elements. */
final class NonFinites {
    private NonFinites() {
    }

    /** The flat index of the first NaN or infinite element of {@code t}, or -1. */
    static int first(Tensor t) {
        for (int i = 0; i < t.size(); i++) {
            if (!Double.isFinite(flat(t, i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code -Infinity at (0)}, or just {@code NaN} for a scalar. */
    static String describe(Tensor t, int flat) {
        String value = Double.toString(flat(t, flat));
        return switch (t.rank()) {
            case 0 -> value;
            case 1 -> value + " at (" + flat + ")";
            default -> value + " at (" + flat / t.shape().cols() + "," + flat % t.shape().cols() + ")";
        };
    }

    private static double flat(Tensor t, int i) {
        return switch (t.rank()) {
            case 0 -> t.item();
            case 1 -> t.get(i);
            default -> t.get(i / t.shape().cols(), i % t.shape().cols());
        };
    }
}
