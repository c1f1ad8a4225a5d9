package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program run again with some names bound to other values: the rest of it, and every number, unchanged. */
class RebindingTest {
    private static final String PROGRAM = """
            # a header comment stays
            x = [[1], [2]]
            param w = [[0.5,
                        -0.25]]
            h = tanh(w @ x)       # a computed value
            L = sum(h ^ 2)
            check L == 0.0
            """;

    @Test
    void namesAreReboundExactlyAndChecksLeftOut() {
        Tensor w = Tensor.of(new double[][] {{0.1 + 0.2, -1e-300}});
        String source = Rebinding.source(PROGRAM, Map.of("w", w, "x", Tensor.of(new double[][] {{3}, {-4}})));
        assertThat(source).startsWith("# a header comment stays\n").contains("param w = [[").doesNotContain("check")
                .contains("h = tanh(w @ x)       # a computed value");
        Evaluation e = ChainProgram.parse(source).evaluate();
        assertThat(e.binding("w").orElseThrow().value().sameValues(w)).isTrue();
        assertThat(e.binding("w").orElseThrow().param()).isTrue();
        assertThat(e.target().value().item()).isEqualTo(Math.pow(Math.tanh(3 * (0.1 + 0.2) + 4e-300), 2));
    }

    @Test
    void aComputedValueCanBeBoundToANumber() {
        Evaluation e = Rebinding.evaluate(PROGRAM, Map.of("h", Tensor.of(new double[][] {{0.5}})));
        assertThat(e.target().value().item()).isEqualTo(0.25);
    }

    @Test
    void literalsOfEveryRank() {
        assertThat(Rebinding.literal(Tensor.of(-2.5))).isEqualTo("-2.5");
        assertThat(Rebinding.literal(Tensor.of(1.0, 2.0))).isEqualTo("[1.0, 2.0]");
        assertThat(Rebinding.literal(Tensor.of(new double[][] {{1}, {2}}))).isEqualTo("[[1.0], [2.0]]");
    }

    @Test
    void aNameTheProgramDoesNotAssignIsAnError() {
        assertThatThrownBy(() -> Rebinding.source(PROGRAM, Map.of("W9", Tensor.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W9");
    }
}
