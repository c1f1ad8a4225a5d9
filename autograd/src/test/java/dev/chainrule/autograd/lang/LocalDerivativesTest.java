package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Tensor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The local derivatives a transcript prints come from the ops: the formula of the op's {@link Rule} in the program's
 * names, the numbers from the op's vjp; a step the language composes of several ops gets them chained.
 */
class LocalDerivativesTest {
    private static final String PROGRAM = """
            z = [[0.5, -1.2], [0.3, 2]]
            a = [[0.2], [0.9]]
            b = [[0.5], [0.4]]
            param w = [[0.1, -0.3]]
            h = tanh(z)
            s = sigmoid(z)
            r = relu(z)
            k = leaky_relu(z, 0.1)
            d = a - b
            v = a / b
            p = (a - b) ^ 2
            c = mean(z)
            E = mse(a, b)
            u = w @ z
            L = sum(h) + sum(s) + sum(r) + sum(k) + sum(d) + sum(v) + sum(p) + c + E + sum(u)
            """;

    private static final Evaluation E = ChainProgram.parse(PROGRAM).evaluate();

    /** label → text, for the step that made {@code name}. */
    private static Map<String, String> texts(String name) {
        return E.localDerivatives(E.binding(name).orElseThrow()).stream()
                .collect(Collectors.toMap(LocalDerivative::label, LocalDerivative::text, (x, y) -> x,
                        java.util.LinkedHashMap::new));
    }

    @Test
    @DisplayName("single ops: the rule's formula with the program's names, as the seeds write it")
    void singleOps() {
        assertThat(texts("h")).containsExactly(Map.entry("∂h/∂z", "1 − h²"));
        assertThat(texts("s")).containsExactly(Map.entry("∂s/∂z", "s·(1 − s)"));
        assertThat(texts("r")).containsExactly(Map.entry("∂r/∂z", "[z > 0]"));
        assertThat(texts("k")).containsExactly(Map.entry("∂k/∂z", "0.1 + 0.9·[z > 0]"));
        assertThat(texts("u")).containsExactly(Map.entry("∂u/∂w", "G ↦ G @ zᵀ"), Map.entry("∂u/∂z", "G ↦ wᵀ @ G"));
        assertThat(texts("p")).containsExactly(Map.entry("∂p/∂(a - b)", "2·(a − b)"), Map.entry("∂(a - b)/∂a", "1"),
                Map.entry("∂(a - b)/∂b", "−1"));
    }

    @Test
    @DisplayName("compositions get the chain rule across their ops: a - b is a + (-b), a / b is a · b⁻¹, mean and mse")
    void compositions() {
        assertThat(texts("d")).containsExactly(Map.entry("∂d/∂a", "1"), Map.entry("∂d/∂b", "−1"));
        assertThat(texts("v")).containsExactly(Map.entry("∂v/∂a", "1 / b"), Map.entry("∂v/∂b", "a·(−1 / b²)"));
        assertThat(texts("c")).containsExactly(Map.entry("∂c/∂z", "0.25 (G is spread back over the reduced elements)"));
        assertThat(texts("E")).containsExactly(
                Map.entry("∂E/∂a", "a − b (G is spread back over the reduced elements)"),
                Map.entry("∂E/∂b", "−(a − b) (G is spread back over the reduced elements)"));
    }

    @Test
    @DisplayName("the numbers of an element-wise step are the op's vjp of ones")
    void numbersAreTheVjpOfOnes() {
        Binding h = E.binding("h").orElseThrow();
        LocalDerivative d = E.localDerivatives(h).get(0);
        Tensor ones = Tensor.ones(h.value().shape());
        assertThat(d.values()).isPresent();
        assertThat(d.values().get().sameValues(h.value().op().vjp(0, h.value(), ones))).isTrue();
        // mse: the gradient of the scalar with respect to each element, 2 (a - b) / n
        List<LocalDerivative> mse = E.localDerivatives(E.binding("E").orElseThrow());
        assertThat(mse.get(0).values().orElseThrow().toArray()).containsExactly(0.2 - 0.5, 0.9 - 0.4);
        // constants and broadcasts show no numbers: 1, −1, a summed gradient
        assertThat(E.localDerivatives(E.binding("d").orElseThrow())).allMatch(l -> l.values().isEmpty());
        assertThat(E.localDerivatives(E.binding("u").orElseThrow())).allMatch(l -> l.form() == Rule.Form.MAP);
    }

    @Test
    @DisplayName("nested steps are labelled by their expression, in reading order")
    void nestedSteps() {
        Evaluation e = ChainProgram.parse("x = [1, 2]\nparam W = [[0.5, 1], [2, -1]]\nL = sum(tanh(W @ x) * 3)").evaluate();
        assertThat(e.localDerivatives(e.binding("L").orElseThrow()).stream().map(l -> l.label() + " = " + l.text()))
                .containsExactly(
                        "∂L/∂(tanh(W @ x) * 3) = 1 (G is spread back over the reduced elements)",
                        "∂(tanh(W @ x) * 3)/∂tanh(W @ x) = 3",
                        "∂tanh(W @ x)/∂(W @ x) = 1 − tanh(W @ x)²",
                        "∂(W @ x)/∂W = G ↦ G @ xᵀ",
                        "∂(W @ x)/∂x = G ↦ Wᵀ @ G");
    }

    @Test
    @DisplayName("an operand used twice in a step gets the sum of both derivatives")
    void anOperandUsedTwice() {
        Evaluation e = ChainProgram.parse("x = [0.5, 2]\ny = x * x\nL = sum(y)").evaluate();
        List<LocalDerivative> d = e.localDerivatives(e.binding("y").orElseThrow());
        assertThat(d).extracting(LocalDerivative::label, LocalDerivative::text).containsExactly(tuple("∂y/∂x", "x + x"));
        assertThat(d.get(0).values().orElseThrow().toArray()).containsExactly(1.0, 4.0);
    }

    @Test
    @DisplayName("a step that reduces its operand spreads G back, one that broadcasts it sums G, also at equal sizes")
    void spreads() {
        Evaluation e = ChainProgram.parse("""
                z = [[1, 2, 3]]
                s = sum(z, axis=0)
                a = 2
                m = [[3]]
                c = a * m
                L = sum(s) + sum(c)
                """).evaluate();
        assertThat(e.localDerivatives(e.binding("s").orElseThrow()))
                .extracting(LocalDerivative::spread).containsExactly(LocalDerivative.Spread.REDUCTION);
        assertThat(e.localDerivatives(e.binding("c").orElseThrow()))
                .extracting(LocalDerivative::label, LocalDerivative::spread).containsExactly(
                        tuple("∂c/∂a", LocalDerivative.Spread.BROADCAST), tuple("∂c/∂m", LocalDerivative.Spread.NONE));
    }

    @Test
    @DisplayName("a rule's keyword arguments are written in the program's terms")
    void keywordsOfARule() {
        Evaluation e = ChainProgram.parse("z = [1, 2]\nq = softmax(z)\nL = sum(q * z)").evaluate();
        assertThat(e.localDerivatives(e.binding("q").orElseThrow())).extracting(LocalDerivative::text)
                .containsExactly("G ↦ q·(G − sum(G·q, axis=0, keepdims=true))");
    }

    @Test
    @DisplayName("values written as they are have no local derivatives")
    void writtenValues() {
        assertThat(E.localDerivatives(E.binding("z").orElseThrow())).isEmpty();
        assertThat(E.localDerivatives(E.binding("w").orElseThrow())).isEmpty();
    }
}
