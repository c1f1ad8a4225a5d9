package dev.chainrule.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.*;
import dev.chainrule.nn.layers.*;
import org.junit.jupiter.api.Test;

/**
 * Both packages star-imported together compile: no layer of {@code nn} has the simple name of an autograd op, so
 * {@code Tanh}, {@code Sigmoid}, {@code Softmax} and {@code Relu} below are the op records, unambiguously.
 */
class StarImportsTest {
    @Test
    void theOpRecordsAndTheActivationLayersHaveDifferentNames() {
        assertThat(Tanh.class.getPackageName()).isEqualTo("dev.chainrule.autograd");
        assertThat(Sigmoid.class.getPackageName()).isEqualTo("dev.chainrule.autograd");
        assertThat(Softmax.class.getPackageName()).isEqualTo("dev.chainrule.autograd");
        assertThat(Relu.class.getPackageName()).isEqualTo("dev.chainrule.autograd");
        Sequential net = Sequential.of(new Linear(2, 3), Activation.TANH, new Linear(3, 2), Activation.SOFTMAX);
        Tensor y = net.forward(net.init(new java.util.SplittableRandom(0)), Tensor.zeros(4, 2));
        assertThat(y.sum(1).toArray()).containsOnly(1.0);
    }
}
