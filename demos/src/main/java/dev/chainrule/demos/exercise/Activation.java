package dev.chainrule.demos.exercise;

/**
 * The activation of a layer: how the {@code .chain} language writes it, and its derivative as a hand derivation
 * writes it, in terms of the layer's output ({@code 1 - h1 ^ 2} for tanh, {@code a1 * (1 - a1)} for the sigmoid).
 *
 * <pre>{@code
 * Activation.TANH.of("z1");                   // "tanh(z1)"
 * Activation.SIGMOID.derivative("a1", false); // "a1 * (1 - a1)"
 * Activation.SIGMOID.derivative("a1", true);  // "a1": σ instead of σ(1 − σ)
 * }</pre>
 */
enum Activation {
    TANH("tanh"),
    SIGMOID("sigmoid"),
    /** Over the rows of each column (axis 0): one column per example. Only on the output layer, with cross-entropy. */
    SOFTMAX("softmax");

    private final String word;

    Activation(String word) {
        this.word = word;
    }

    /** The activation's name in prose: {@code tanh}, {@code sigmoid}, {@code softmax}. */
    String word() {
        return word;
    }

    /** The activation of {@code pre} as {@code .chain} source: {@code tanh(z1)}, {@code softmax(n3, axis=0)}. */
    String of(String pre) {
        return this == SOFTMAX ? "softmax(" + pre + ", axis=0)" : word + "(" + pre + ")";
    }

    /**
     * The derivative as a factor of a product, written with the layer's output {@code out}: {@code (1 - h1 ^ 2)} or
     * {@code a1 * (1 - a1)}. With {@code wrong}, the classic slip: {@code (1 - h1)} for tanh, {@code a1} (σ instead
     * of σ(1 − σ)) for the sigmoid.
     */
    String derivative(String out, boolean wrong) {
        return switch (this) {
            case TANH -> wrong ? "(1 - " + out + ")" : "(1 - " + out + " ^ 2)";
            case SIGMOID -> wrong ? out : out + " * (1 - " + out + ")";
            case SOFTMAX -> throw new IllegalStateException("the softmax's derivative is not an element-wise factor");
        };
    }

    /** The derivative at a unit whose output is {@code out}: 1 − out² or out (1 − out); for the softmax, out. */
    double slope(double out) {
        return switch (this) {
            case TANH -> 1 - out * out;
            case SIGMOID -> out * (1 - out);
            case SOFTMAX -> out;
        };
    }
}
