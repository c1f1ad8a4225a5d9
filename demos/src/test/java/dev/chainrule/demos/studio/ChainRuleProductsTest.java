package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The chain rule per consumer: for every named value of every shipped example (second derivatives included), the
 * consumers' products sum to the value's gradient; a value with one consumer gets exactly that consumer's product.
 */
class ChainRuleProductsTest {
    static List<String> examples() {
        return Transcript.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theConsumersProductsSumToEveryGradient(String name) {
        Evaluation e = ChainProgram.parse(Transcript.example(name)).evaluate();
        Map<String, List<ChainRuleProducts.Contribution>> products = ChainRuleProducts.of(e);
        for (Binding b : e.bindings()) {
            if (b == e.target() || !e.gradients().contains(b.value())) {
                continue;
            }
            List<ChainRuleProducts.Contribution> terms = products.get(b.name());
            assertThat(terms).as(name + ": " + b.name()).isNotEmpty();
            Tensor sum = terms.stream().map(ChainRuleProducts.Contribution::product).reduce(Tensor::add).orElseThrow();
            assertThat(sum.allClose(e.gradient(b), 1e-12, 1e-9)).as(name + ": ∂/∂" + b.name() + " = " + e.gradient(b)
                    + " but the products sum to " + sum).isTrue();
        }
    }

    @Test
    void aValueWithOneConsumerGetsItsUpstreamGradientTimesTheLocalDerivative() {
        Evaluation e = ChainProgram.parse("z = [0.5, -1.0]\nh = tanh(z)\nL = sum(h ^ 2)\n").evaluate();
        ChainRuleProducts.Contribution c = ChainRuleProducts.of(e).get("z").get(0);
        assertThat(c.consumer().name()).isEqualTo("h");
        Tensor h = e.binding("h").orElseThrow().value();
        assertThat(c.upstream().allClose(h.mul(2), 1e-15, 1e-15)).isTrue();
        assertThat(c.product().allClose(h.mul(2).mul(h.square().rsub(1)), 1e-15, 1e-15)).isTrue();
    }
}
