package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparisons the rest of the suite trusts — {@link Tensor#sameValues}, {@link Tensor#allClose}, equal
 * {@link Shape}s and {@link Gradients} — say "different" when the values differ, not only "equal" when they agree.
 */
class EqualityTest {
    private final Tensor v = Tensor.of(0.5, -1.0, 2.0);

    @Test
    void sameValuesIsFalseForADifferentElementOrShape() {
        assertThat(v.sameValues(Tensor.of(0.5, -1.0, 2.0))).isTrue();
        assertThat(v.sameValues(Tensor.of(0.5, -1.0, 2.0000000000000004))).as("one ulp apart").isFalse();
        assertThat(v.sameValues(Tensor.of(new double[][] {{0.5, -1.0, 2.0}}))).as("(3,) against (1,3)").isFalse();
        assertThat(Tensor.of(0.0).sameValues(Tensor.of(-0.0))).as("0 and -0 differ bit for bit").isFalse();
        assertThat(Tensor.of(Double.NaN).sameValues(Tensor.of(Double.NaN))).as("NaN equals NaN").isTrue();
    }

    @Test
    void allCloseIsFalseOutsideTheToleranceAndForADifferentShape() {
        Tensor near = Tensor.of(0.5, -1.0, 2.5);
        assertThat(v.allClose(near, 0.5, 0)).as("|2 - 2.5| <= 0.5").isTrue();
        assertThat(v.allClose(near, 0.4, 0)).isFalse();
        assertThat(v.allClose(near, 0, 0.2)).as("|2 - 2.5| <= 0.2 · 2.5").isTrue();
        assertThat(v.allClose(near, 0, 0.19)).isFalse();
        assertThat(v.allClose(near, 0.25, 0.1)).as("|2 - 2.5| <= 0.25 + 0.1 · 2.5").isTrue();
        assertThat(v.allClose(near, 0.24, 0.1)).isFalse();
        assertThat(Tensor.of(7.0, 1.0, 1.0).allClose(Tensor.of(1.0, 1.0, 1.0), 1, 1)).as("first element").isFalse();
        assertThat(v.allClose(Tensor.of(new double[][] {{0.5, -1.0, 2.0}}), 1, 1)).as("(3,) against (1,3)").isFalse();
        assertThat(Tensor.of(Double.NaN).allClose(Tensor.of(Double.NaN), 1, 1)).as("NaN is close to nothing").isFalse();
    }

    @Test
    void shapesAreValues() {
        assertThat(Shape.matrix(2, 3)).isEqualTo(Shape.of(2, 3)).hasSameHashCodeAs(Shape.of(2, 3));
        assertThat(Shape.vector(3)).isNotEqualTo(Shape.matrix(1, 3)).isNotEqualTo(Shape.matrix(3, 1));
        assertThat(Shape.scalar()).isNotEqualTo(Shape.vector(1)).isNotEqualTo(Shape.matrix(1, 1));
        assertThat(Shape.matrix(2, 3).dim(0)).isEqualTo(2);
        assertThat(Shape.matrix(2, 3).dim(-1)).isEqualTo(3);
        assertThat(Shape.vector(4).dim(0)).isEqualTo(4);
    }

    @Test
    void distinctShapesHashApart() {
        // a hash code worth its name: a set or map keyed by shape does not degrade into a list
        Set<Integer> codes = new HashSet<>();
        int shapes = 0;
        for (int r = 0; r <= 30; r++) {
            for (int c = 0; c <= 30; c++) {
                codes.add(Shape.matrix(r, c).hashCode());
                shapes++;
            }
            codes.add(Shape.vector(r).hashCode());
            shapes++;
        }
        codes.add(Shape.scalar().hashCode());
        assertThat(codes).hasSize(shapes + 1);
    }

    @Test
    void aSingleElementIsAnyShapeOfSizeOne() {
        assertThat(Shape.scalar().isSingleElement()).isTrue();
        assertThat(Shape.vector(1).isSingleElement()).isTrue();
        assertThat(Shape.matrix(1, 1).isSingleElement()).isTrue();
        assertThat(Shape.vector(2).isSingleElement()).isFalse();
        assertThat(Shape.matrix(1, 0).isSingleElement()).isFalse();
    }

    @Test
    void gradientsDifferWhenTheirValuesDo() {
        Tensor w = Tensor.param("w", 0.5, -1.0);
        Tensor loss = w.square().sum().add(Tensor.of(1.0));
        Gradients g = loss.grad();
        assertThat(g).isEqualTo(loss.grad()).hasSameHashCodeAs(loss.grad());
        assertThat(g).as("another target").isNotEqualTo(w.square().sum().grad());
        assertThat(g).as("fewer nodes: not the constant").isNotEqualTo(loss.grad(w));
        assertThat(g).isNotEqualTo("a string");
        // as many nodes, but other ones: ∂(a·b)/∂a against ∂(a·b)/∂b
        Tensor a = Tensor.param("a", 2.0);
        Tensor b = Tensor.param("b", 3.0);
        Tensor product = a.mul(b);
        assertThat(product.grad(a).size()).isEqualTo(product.grad(b).size());
        assertThat(product.grad(a)).isNotEqualTo(product.grad(b));
        assertThat(product.grad(a).hashCode()).as("gradients of two targets").isNotEqualTo(g.hashCode());
    }
}
