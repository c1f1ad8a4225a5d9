package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Tensor;
import java.util.Optional;

/**
 * The derivative of one step of a program with respect to one of its operands, as the op's own {@link Rule} states
 * it, written in the program's names. For {@code h1 = tanh(z1)}: {@code ∂h1/∂z1 = 1 − h1²} with its numbers; for
 * {@code W1 @ x}, a linear map of the gradient {@code G} arriving from above: {@code G ↦ G @ xᵀ}. A step that the
 * language composes of several ops ({@code a - b} is {@code a + (-b)}, {@code mean}, {@code mse}, {@code bce}) gets
 * the chain rule applied across its ops: the product of their local derivatives.
 *
 * <pre>{@code
 * Evaluation e = ChainProgram.parse("z = [0.5, -1]\nh = tanh(z)\nL = sum(h)").evaluate();
 * LocalDerivative d = e.localDerivatives(e.binding("h").orElseThrow()).get(0);
 * d.label();      // "∂h/∂z"
 * d.text();       // "1 − h²"
 * d.values();     // Optional[[0.786448, 0.419974]]
 * }</pre>
 *
 * @param output  the step: the assigned name, or the sub-expression, e.g. {@code W1 @ x}
 * @param operand the operand it is differentiated with respect to
 * @param form    {@link Rule.Form#ELEMENTWISE}: {@code formula} is ∂output/∂operand element by element;
 *                {@link Rule.Form#MAP}: {@code formula} is the operand's gradient in terms of {@code G}
 * @param formula the derivative, simplified, in the program's names
 * @param values  the derivative's numbers, element by element, when they say more than the formula (it is not a
 *                constant, and each element of the operand feeds one element of the output)
 * @param spread  how the shapes of operand and output differ, if they do
 */
public record LocalDerivative(Expr output, Expr operand, Rule.Form form, Expr formula, Optional<Tensor> values,
                              Spread spread) {
    /** How a gradient crosses a step whose operand and output differ in shape. */
    public enum Spread {
        /** Same shape. */
        NONE(""),
        /** The operand was broadcast: its gradient is {@code G} times the derivative, summed over the broadcast axes. */
        BROADCAST("G summed over the broadcast axes"),
        /** The step reduced the operand (sum, mean, max): {@code G} is spread back over the reduced elements. */
        REDUCTION("G is spread back over the reduced elements");

        private final String words;

        Spread(String words) {
            this.words = words;
        }

        /** The note in words, empty for {@link #NONE}. */
        public String words() {
            return words;
        }
    }

    /**
     * {@code ∂output/∂operand}, e.g. {@code ∂h1/∂z1} or {@code ∂(W1 @ x)/∂W1}; a long operand is cut short with
     * {@code …} (see {@link ExprText#SHORT}).
     */
    public String label() {
        return "∂" + ExprText.operand(output, ExprText.SHORT) + "/∂" + ExprText.operand(operand, ExprText.SHORT);
    }

    /**
     * The formula as a person writes it, with {@code G ↦} before a map and the spread note after: {@code 1 − h1²};
     * cut short with {@code …} where the operands are long.
     */
    public String text() {
        String f = (form == Rule.Form.MAP ? "G ↦ " : "") + ExprText.pretty(formula, 2 * ExprText.SHORT);
        return spread == Spread.NONE || form == Rule.Form.MAP ? f : f + " (" + spread.words() + ")";
    }
}
