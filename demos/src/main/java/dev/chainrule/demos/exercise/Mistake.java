package dev.chainrule.demos.exercise;

/**
 * A mistake planted in one step of a worked solution, for a "find the error" variant.
 *
 * <pre>{@code
 * Mistake.at(Mistake.Kind.WRONG_DERIVATIVE, "z1");   // tanh′ as 1 − h1 in the step of δ1 = ∂L/∂z1
 * new Mistake(Mistake.Kind.SLIP, "W2", "[[0, 0.03]]", "row 1, column 2, off by 0.03");
 * }</pre>
 *
 * @param kind   what went wrong
 * @param of     the step's name: the name of the program whose gradient the step computes
 * @param addend for a {@link Kind#SLIP}, the {@code .chain} literal added to the right value (one element not
 *               zero); empty otherwise
 * @param where  for a {@link Kind#SLIP}, which element and by how much, in words; empty otherwise
 */
record Mistake(Kind kind, String of, String addend, String where) {
    /** A mistake of {@code kind} in the step of {@code of}, other than a slip. */
    static Mistake at(Kind kind, String of) {
        return new Mistake(kind, of, "", "");
    }

    /** The kinds of mistake, each with the step it can be planted in. */
    enum Kind {
        /** The output error taken as target − output: every gradient changes sign. */
        SIGN,
        /** The activation's derivative written wrongly: σ for σ(1 − σ), 1 − h for 1 − h². */
        WRONG_DERIVATIVE,
        /** {@code W @ δ} for {@code Wᵀ @ δ} in carrying δ back (only where W is square: the shapes still fit). */
        DROPPED_TRANSPOSE,
        /** A bias's gradient from the first example of the batch only: the sum over the batch is missing. */
        MISSING_SUM,
        /** An arithmetic slip in one element. */
        SLIP
    }
}
