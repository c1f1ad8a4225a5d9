package dev.chainrule.demos.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Shape;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.init.Initializer;
import org.junit.jupiter.api.Test;

/** nn's initialisers driven by RandomState give NumPy's numbers (printed by NumPy 1.24 with repr). */
class NumpyInitialisersTest {
    @Test
    void standardNormalIsNpRandomRandn() {
        // np.random.seed(0); np.random.randn(3, 2)
        double[] expected = {1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458,
            1.8675579901499675, -0.977277879876411};
        double[] w = Initializer.standardNormal().create(Shape.of(3, 2), 2, 3, new RandomState(0)).toArray();
        assertThat(w).containsExactly(expected);
    }

    @Test
    void uniformAndNormalAreNumpys() {
        // np.random.seed(1); np.random.uniform(-0.5, 0.5, (2, 2))
        assertThat(Initializer.uniform(-0.5, 0.5).create(Shape.of(2, 2), 2, 2, new RandomState(1)).toArray())
                .containsExactly(-0.082977995297426, 0.2203244934421581, -0.4998856251826551, -0.19766742736816023);
        // np.random.seed(2); np.random.normal(0.1, 0.01, (2, 3))
        assertThat(Initializer.normal(0.1, 0.01).create(Shape.of(2, 3), 3, 2, new RandomState(2)).toArray())
                .containsExactly(0.0958324215259453, 0.09943733172773671, 0.07863803904331547, 0.1164027080840499,
                        0.08206564414805137, 0.09158252634343797);
    }
}
