package dev.chainrule.demos.exercise;

import dev.chainrule.demos.grad.Transcript;

/**
 * A quantity an exercise asks for: a value of the program, the loss's gradient with respect to one of its names, or
 * a parameter after the step. It becomes one answer of the key.
 *
 * <pre>{@code
 * new Asked(Asked.Kind.GRAD, "u2", 2).label("L");     // "δ2 = ∂L/∂u2"
 * new Asked(Asked.Kind.UPDATED, "W1", 0).label("L");  // "W1 after the step"
 * }</pre>
 *
 * @param kind  which number of the program
 * @param name  a name of the program
 * @param delta for the gradient of layer {@code delta}'s pre-activation, the layer (it is written δ and the layer);
 *              else 0
 */
record Asked(Kind kind, String name, int delta) {
    /** The key's {@code kind}: where {@code chainrule grad --format json} has the number. */
    enum Kind {
        VALUE("value"), GRAD("grad"), UPDATED("updated");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** {@code value}, {@code grad} or {@code updated}, as in the key. */
        String json() {
            return json;
        }

        /** The kind called {@code json} in a key. */
        static Kind of(String json) {
            for (Kind k : values()) {
                if (k.json.equals(json)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(json);
        }
    }

    static Asked value(String name) {
        return new Asked(Kind.VALUE, name, 0);
    }

    static Asked grad(String name) {
        return new Asked(Kind.GRAD, name, 0);
    }

    static Asked delta(String name, int layer) {
        return new Asked(Kind.GRAD, name, layer);
    }

    static Asked updated(String name) {
        return new Asked(Kind.UPDATED, name, 0);
    }

    /** The answer's label in plain text, with {@code loss} the loss's name: {@code h1}, {@code δ2 = ∂L/∂u2}. */
    String label(String loss) {
        return switch (kind) {
            case VALUE -> pretty(name);
            case GRAD -> (delta > 0 ? "δ" + delta + " = " : "") + "∂" + loss + "/∂" + pretty(name);
            case UPDATED -> pretty(name) + " after the step";
        };
    }

    /** The answer's label as LaTeX mathematics. */
    String tex(String loss) {
        return switch (kind) {
            case VALUE -> Transcript.texName(name);
            case GRAD -> (delta > 0 ? "\\delta_{" + delta + "} = " : "") + "\\frac{\\partial "
                    + Transcript.texName(loss) + "}{\\partial " + Transcript.texName(name) + "}";
            case UPDATED -> Transcript.texName(name) + "^{\\text{new}}";
        };
    }

    /** {@code yhat} as {@code ŷ}; other names as they are. */
    static String pretty(String name) {
        return name.equals("yhat") ? "ŷ" : name;
    }
}
