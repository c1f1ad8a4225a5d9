package dev.chainrule.demos.exercise;

/**
 * The loss of a template, as the {@code .chain} language writes it, and the output layer's δ (the gradient of the
 * loss with respect to the output's pre-activation) as a hand derivation writes it.
 *
 * <pre>{@code
 * Loss.SQUARED.of("yhat", "y");                                             // "sum((y - yhat) ^ 2)"
 * Loss.SQUARED.outputDelta("yhat", "y", Activation.TANH, false, false);    // "2 * (yhat - y) * (1 - yhat ^ 2)"
 * Loss.CROSS_ENTROPY.outputDelta("x3", "Z", Activation.SOFTMAX, false, false); // "x3 - Z"
 * }</pre>
 */
enum Loss {
    /** Seed 000: {@code L = Σ (y − ŷ)²}. */
    SQUARED("squared error"),
    /** Seeds 001 and 004: {@code E = ½ Σ (ŷ − y)²}. */
    HALF_SQUARED("half the squared error"),
    /** Seed 003: {@code E = −y log ŷ − (1 − y) log(1 − ŷ)}, with a sigmoid output. */
    BINARY_CROSS_ENTROPY("binary cross-entropy"),
    /** Seed 001 question 3: {@code E = −Σ y log ŷ}, with a softmax output. */
    CROSS_ENTROPY("cross-entropy");

    private final String words;

    Loss(String words) {
        this.words = words;
    }

    /** The loss in prose. */
    String words() {
        return words;
    }

    /** The loss of {@code output} against {@code target}, as {@code .chain} source, a scalar. */
    String of(String output, String target) {
        return switch (this) {
            case SQUARED -> "sum((" + target + " - " + output + ") ^ 2)";
            case HALF_SQUARED -> "0.5 * sum((" + output + " - " + target + ") ^ 2)";
            case BINARY_CROSS_ENTROPY -> "sum(-" + target + " * log(" + output + ") - (1 - " + target + ") * log(1 - "
                    + output + "))";
            case CROSS_ENTROPY -> "-sum(" + target + " * log(" + output + "))";
        };
    }

    /**
     * δ of the output layer, as {@code .chain} source in the layer's output {@code o} and the target {@code t}.
     * With {@code flipSign} the error is taken as {@code t − o}; with {@code wrongDerivative} the activation's
     * derivative is the classic slip (see {@link Activation#derivative}).
     */
    String outputDelta(String o, String t, Activation activation, boolean flipSign, boolean wrongDerivative) {
        String error = flipSign ? t + " - " + o : o + " - " + t;
        return switch (this) {
            case SQUARED -> "2 * (" + error + ") * " + activation.derivative(o, wrongDerivative);
            case HALF_SQUARED -> "(" + error + ") * " + activation.derivative(o, wrongDerivative);
            case BINARY_CROSS_ENTROPY, CROSS_ENTROPY -> error;
        };
    }

    /** Whether the output δ has an activation's derivative as a factor (cross-entropies cancel it). */
    boolean outputDeltaHasDerivative() {
        return this == SQUARED || this == HALF_SQUARED;
    }

    /** The activation this loss needs on the output layer, if it needs one. */
    boolean fits(Activation output) {
        return switch (this) {
            case SQUARED, HALF_SQUARED -> output != Activation.SOFTMAX;
            case BINARY_CROSS_ENTROPY -> output == Activation.SIGMOID;
            case CROSS_ENTROPY -> output == Activation.SOFTMAX;
        };
    }
}
