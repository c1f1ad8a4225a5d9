package dev.chainrule.data.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStateTest {
    @Test
    void theRandomGeneratorMethodsAreTheNumpyOnes() {
        RandomGenerator g = new RandomState(7);
        RandomState r = new RandomState(7);
        assertThat(g.nextGaussian()).isEqualTo(r.randn());
        assertThat(g.nextGaussian()).as("the kept second value").isEqualTo(r.randn());
        assertThat(g.nextDouble()).isEqualTo(r.randomSample());
        assertThat(g.nextInt(10)).isEqualTo((int) r.randint(10));
        assertThat(g.nextLong(5, 1L << 40)).isEqualTo(r.randint(5, 1L << 40));
        assertThat(g.nextGaussian(1.0, 2.0)).isEqualTo(r.normal(1.0, 2.0));
        assertThat(g.nextDouble(-1, 3)).isEqualTo(r.uniform(-1, 3));
    }

    @Test
    void copyForksTheStateWithTheKeptGaussian() {
        RandomState r = new RandomState(3);
        r.randn();
        RandomState c = r.copy();
        assertThat(c.randn()).isEqualTo(r.randn());
        assertThat(c.rand(5)).containsExactly(r.rand(5));
        r.rand();
        assertThat(c.rand()).isNotEqualTo(r.rand());
    }

    @Test
    void shufflesReturnCopies() {
        int[] a = {1, 2, 3, 4, 5};
        int[] s = new RandomState(0).shuffle(a);
        assertThat(a).containsExactly(1, 2, 3, 4, 5);
        assertThat(s).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        int[] perm = new RandomState(0).permutation(5);
        for (int i = 0; i < 5; i++) {
            assertThat(s[i]).isEqualTo(a[perm[i]]);
        }
        assertThat(new RandomState(0).shuffle(new double[] {1, 2, 3, 4, 5})).containsExactly(1.0 * s[0], s[1], s[2],
                s[3], s[4]);
        assertThat(new RandomState(0).shuffle(List.of("a", "b", "c", "d", "e")).get(0))
                .isEqualTo(String.valueOf((char) ('a' + perm[0])));
        double[][] rows = {{1}, {2}, {3}, {4}, {5}};
        assertThat(new RandomState(0).shuffle(rows)[0]).containsExactly(s[0]);
    }

    @Test
    void badArgumentsNameTheArgument() {
        assertThatThrownBy(() -> new RandomState(-1)).hasMessage("seed must be between 0 and 2**32 - 1, got -1");
        assertThatThrownBy(() -> new RandomState(1L << 32)).hasMessageContaining("seed must be between");
        assertThatThrownBy(() -> RandomState.fromKey(1, -2)).hasMessageContaining("key[1] must be between");
        assertThatThrownBy(() -> RandomState.fromKey()).hasMessageContaining("key must not be empty");
        RandomState r = new RandomState(0);
        assertThatThrownBy(() -> r.randint(3, 3)).hasMessageContaining("low must be < high, got low = 3, high = 3");
        assertThatThrownBy(() -> r.normal(0, -1)).hasMessageContaining("scale must be >= 0, got -1.0");
        assertThatThrownBy(() -> r.randn(-1)).hasMessageContaining("size must be >= 0");
        assertThatThrownBy(() -> r.choice(3, 4, false)).hasMessageContaining("larger sample (4) than the population (3)");
        assertThatThrownBy(() -> r.choice(2, 1, true, new double[] {0.5, 0.6}))
                .hasMessageContaining("must sum to 1");
        assertThatThrownBy(() -> r.choice(2, 1, true, new double[] {1.5, -0.5}))
                .hasMessageContaining("p[1] = -0.5");
        assertThatThrownBy(() -> r.uniform(-Double.MAX_VALUE, Double.MAX_VALUE)).hasMessageContaining("finite");
    }
}
