package dev.chainrule.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Anomaly;
import dev.chainrule.autograd.NonFiniteException;
import dev.chainrule.autograd.Tensor;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ParamsTest {
    private static final Tensor W = Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}});
    private static final Tensor B = Tensor.of(0.1, -0.2);

    @Test
    void aPersistentMapOfNamedTensorsInOrder() {
        Params p = Params.of("W1", W, "b1", B);
        Params more = p.with("W2", Tensor.of(new double[][] {{0.5, -0.3}}));
        assertThat(p.names()).containsExactly("W1", "b1");
        assertThat(more.names()).containsExactly("W1", "b1", "W2");
        assertThat(more.size()).isEqualTo(3);
        assertThat(more.count()).isEqualTo(8);
        assertThat(p.get("W1")).isSameAs(W);
        assertThat(p.contains("W2")).isFalse();
        Params replaced = more.with("b1", Tensor.of(1.0, 2.0));
        assertThat(replaced.names()).as("replacing keeps the position").containsExactly("W1", "b1", "W2");
        assertThat(more.get("b1")).isSameAs(B);
        assertThat(Params.empty().size()).isZero();
    }

    @Test
    void mergeMapAndZipWith() {
        Params p = Params.of("W1", W, "b1", B);
        Params merged = p.merge(Params.of("b1", Tensor.of(9.0, 9.0), "c", Tensor.of(1.0)));
        assertThat(merged.names()).containsExactly("W1", "b1", "c");
        assertThat(merged.get("b1").toArray()).containsExactly(9.0, 9.0);
        assertThat(p.map(t -> t.mul(2)).get("b1").toArray()).containsExactly(0.2, -0.4);
        Params updated = p.zipWith(p.map(t -> t.mul(10)), (w, g) -> w.sub(g.mul(0.1)));
        assertThat(updated.get("W1").toArray()).containsExactly(new double[] {0, 0, 0, 0}, within(1e-16));
        assertThat(updated.get("W1").isLeaf()).as("results are detached leaves").isTrue();
        assertThatThrownBy(() -> p.zipWith(Params.of("W1", W), (a, b) -> a)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no parameter 'b1'");
    }

    @Test
    void gradientsFromALossOfTheseTensors() {
        Params p = Params.of("w", Tensor.of(3.0), "v", Tensor.of(1.0, 2.0));
        Tensor loss = p.get("w").square().sum().add(p.get("v").mul(p.get("w")).sum());
        Params g = p.gradientsFrom(loss);
        assertThat(g.names()).containsExactly("w", "v");
        assertThat(g.get("w").item()).isEqualTo(9.0);
        assertThat(g.get("v").toArray()).containsExactly(3.0, 3.0);
        assertThat(p.gradientsFrom(loss.grad())).as("the same from all the gradients").isEqualTo(g);
    }

    @Test
    void aParameterTheLossDoesNotDependOnIsAnErrorNamingIt() {
        Params p = Params.of("W", W, "b", B);
        Tensor x = Tensor.of(1.0, -1.0);
        Tensor rewrapped = Tensor.of(p.get("W").shape(), p.get("W").toArray());   // same numbers, a new leaf
        Tensor loss = rewrapped.matmul(x).add(p.get("b")).square().sum();
        assertThatThrownBy(() -> p.gradientsFrom(loss)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no gradient for parameter 'W': the loss does not depend on it.")
                .hasMessageContaining("re-wrapped").hasMessageContaining("gradientsFromAllowingUnused");
        assertThatThrownBy(() -> p.gradientsFrom(loss.grad())).hasMessageStartingWith("no gradient for parameter 'W'");
        Tensor neither = x.square().sum();
        assertThatThrownBy(() -> p.gradientsFrom(neither)).hasMessageStartingWith("no gradient for parameters 'W', 'b':");

        Params allowed = p.gradientsFromAllowingUnused(loss);
        assertThat(allowed.get("W").sameValues(Tensor.zeros(2, 2))).as("allowUnused: zeros").isTrue();
        assertThat(allowed.get("b").sameValues(loss.grad().of(p.get("b")))).isTrue();
    }

    @Test
    void gradientsFromALossDoNotDifferentiateWithRespectToTheData() {
        // ∂L/∂X through sqrt at 0 is infinite: anomaly detection would stop a full backward pass there.
        Tensor x = Tensor.of(new double[][] {{0.0, 4.0}, {1.0, 0.0}});
        Params p = Params.of("W", W);
        Tensor loss = x.sqrt().matmul(p.get("W")).sum();
        try (var scope = Anomaly.detect()) {
            assertThatThrownBy(loss::grad).isInstanceOf(NonFiniteException.class);
            assertThat(p.gradientsFrom(loss).get("W").toArray()).containsExactly(1.0, 1.0, 2.0, 2.0);
        }
    }

    @Test
    void weightsAreDeclaredAndKeptThroughEveryChange() {
        Params p = Params.empty().withWeight("W1", W).with("b1", B);
        assertThat(p.isWeight("W1")).isTrue();
        assertThat(p.isWeight("b1")).isFalse();
        assertThat(p.weights().names()).containsExactly("W1");
        assertThat(p.with("W1", W.mul(2)).isWeight("W1")).as("replacing a value keeps it a weight").isTrue();
        assertThat(p.map(t -> t.mul(2)).isWeight("W1")).isTrue();
        assertThat(p.zipWith(p, Tensor::add).weights().names()).containsExactly("W1");
        assertThat(p.gradientsFrom(p.get("W1").sum().add(p.get("b1").sum())).isWeight("W1")).isTrue();
        assertThat(Params.of("b1", B).merge(p).isWeight("W1")).isTrue();
        assertThat(p.merge(Params.of("W1", W)).isWeight("W1")).as("merge: the other's declaration wins").isFalse();
        assertThat(p).isNotEqualTo(Params.of("W1", W, "b1", B)).isEqualTo(Params.empty().withWeight("W1", W).with("b1", B));
        assertThat(p.toString()).startsWith("W1 (2,2) weight =\n");
    }

    @Test
    void valuesAreLeaves() {
        Tensor computed = W.mul(2);
        Params p = Params.of("W", computed);
        assertThat(computed.isLeaf()).isFalse();
        assertThat(p.get("W").isLeaf()).isTrue();
        assertThat(p.get("W").sameValues(computed)).isTrue();
    }

    @Test
    void equalityIsByNamesInOrderAndBitForBitValues() {
        assertThat(Params.of("a", Tensor.of(0.0))).isEqualTo(Params.of("a", Tensor.of(0.0)))
                .hasSameHashCodeAs(Params.of("a", Tensor.of(0.0)));
        assertThat(Params.of("a", Tensor.of(0.0))).isNotEqualTo(Params.of("a", Tensor.of(-0.0)));
        assertThat(Params.of("a", Tensor.of(1.0), "b", Tensor.of(2.0)))
                .isNotEqualTo(Params.of("b", Tensor.of(2.0), "a", Tensor.of(1.0)));
        assertThat(Params.of("a", Tensor.of(1.0))).isNotEqualTo(Params.of("a", Tensor.of(new double[] {1.0})));
    }

    @Test
    void badNamesAndLookupsAreReported() {
        Params p = Params.of("W1", W, "b1", B);
        assertThatThrownBy(() -> p.get("W2")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no parameter 'W2' (known: W1, b1)");
        assertThatThrownBy(() -> p.with(" ", W)).hasMessageContaining("name is null or blank");
        assertThatThrownBy(() -> p.with("x", null)).hasMessageContaining("parameter x is null");
        assertThat(p.toString()).startsWith("W1 (2,2) =\n").contains("b1 (2,) =");
    }

    @Test
    void layoutAxes() {
        assertThat(Layout.SAMPLES_AS_ROWS.featureAxis()).isEqualTo(1);
        assertThat(Layout.SAMPLES_AS_ROWS.sampleAxis()).isZero();
        assertThat(Layout.SAMPLES_AS_COLUMNS.featureAxis()).isZero();
        assertThat(Layout.SAMPLES_AS_COLUMNS.sampleAxis()).isEqualTo(1);
    }
}
