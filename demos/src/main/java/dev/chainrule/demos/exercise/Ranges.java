package dev.chainrule.demos.exercise;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Where a template draws its numbers: inputs, weights and biases each from a {@link Range} of numbers with one or
 * two decimals, and targets of a {@link Targets} kind.
 *
 * <pre>{@code
 * Range w = new Range(1, 0.9, true);   // -0.9, -0.8, ..., -0.1, 0.1, ..., 0.9, each as likely
 * w.draw(new RandomState(7));          // "0.3"
 * }</pre>
 *
 * @param inputs  the inputs' range
 * @param weights the weights' range
 * @param biases  the biases' range
 * @param targets the targets' kind
 */
record Ranges(Range inputs, Range weights, Range biases, Targets targets) {
    /**
     * Numbers with {@code decimals} decimals from −max to max, all equally likely; without 0 when {@code nonzero}.
     *
     * @param decimals 1 or 2
     * @param max      the largest magnitude
     * @param nonzero  whether 0 is left out
     */
    record Range(int decimals, double max, boolean nonzero) {
        /** One number, as the program writes it: {@code 0.3}, {@code -0.25}, {@code 1}, {@code 0}. */
        String draw(RandomGenerator random) {
            int top = (int) Math.round(max * Math.pow(10, decimals));
            int k;
            do {
                k = random.nextInt(2 * top + 1) - top;
            } while (nonzero && k == 0);
            return BigDecimal.valueOf(k, decimals).stripTrailingZeros().toPlainString();
        }

        /** The rule in words: {@code one decimal from -0.9 to 0.9, not 0}. */
        String words() {
            return (decimals == 1 ? "one decimal" : decimals + " decimals") + " from "
                    + String.format(Locale.ROOT, "%.1f", -max) + " to " + String.format(Locale.ROOT, "%.1f", max)
                    + (nonzero ? ", not 0" : "");
        }
    }

    /** How targets are drawn. */
    enum Targets {
        /** Each a number with one decimal from −1 to 1 (a tanh output's range). */
        DECIMAL("one decimal from -1.0 to 1.0"),
        /** Each 0 or 1. */
        BINARY("0 or 1"),
        /** Each example's column one-hot: a single 1, the rest 0. */
        ONE_HOT("one-hot: a single 1 in each example's column");

        private final String words;

        Targets(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }

        private static final Range DECIMALS = new Range(1, 1.0, false);

        /** The targets of {@code units} outputs for {@code batch} examples, as rows of the program's numbers. */
        String[][] draw(int units, int batch, RandomGenerator random) {
            String[][] rows = new String[units][batch];
            for (int j = 0; j < batch; j++) {
                int hot = this == ONE_HOT ? random.nextInt(units) : -1;
                for (int i = 0; i < units; i++) {
                    rows[i][j] = switch (this) {
                        case DECIMAL -> DECIMALS.draw(random);
                        case BINARY -> random.nextInt(2) == 1 ? "1" : "0";
                        case ONE_HOT -> i == hot ? "1" : "0";
                    };
                }
            }
            return rows;
        }
    }
}
