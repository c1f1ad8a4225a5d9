package dev.chainrule.data.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Playground's plane and multi-Gaussian regression sets: their targets, ranges, seeds and argument checks. */
class PlaygroundRegressionTest {
    @Test
    void withoutNoiseThePlaneIsTheSumOverTen() {
        Dataset d = PlaygroundRegression.plane(300, 0.0, 42);
        assertThat(d.size()).isEqualTo(300);
        assertThat(d.features()).isEqualTo(2);
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.x(i, 0)).isBetween(-6.0, 6.0);
            assertThat(d.x(i, 1)).isBetween(-6.0, 6.0);
            assertThat(d.y(i)).isCloseTo((d.x(i, 0) + d.x(i, 1)) / 10, within(1e-15));
        }
    }

    @Test
    void theBumpsAreOneAtTheirCentresWithAlternatingSignsAndZeroFarAway() {
        assertThat(PlaygroundRegression.bumps(-4, 2.5)).isEqualTo(1.0);
        assertThat(PlaygroundRegression.bumps(0, 2.5)).isEqualTo(-1.0);
        assertThat(PlaygroundRegression.bumps(4, -2.5)).isEqualTo(-1.0);
        assertThat(PlaygroundRegression.bumps(0, -2.5)).isEqualTo(1.0);
        assertThat(PlaygroundRegression.bumps(-4, 3.5)).isCloseTo(0.5, within(1e-15));
        assertThat(PlaygroundRegression.bumps(6, 6)).isZero();
        Dataset d = PlaygroundRegression.multiGauss(500, 0.0, 7);
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.y(i)).isEqualTo(PlaygroundRegression.bumps(d.x(i, 0), d.x(i, 1)));
        }
    }

    @Test
    void noiseMovesTheTargetNotThePointAndTheSeedRepeatsIt() {
        Dataset noisy = PlaygroundRegression.plane(200, 0.3, 5);
        Dataset again = PlaygroundRegression.generate(PlaygroundRegression.Kind.PLANE, 200, 0.3, 5);
        assertThat(noisy).isEqualTo(again);
        int moved = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double clean = (noisy.x(i, 0) + noisy.x(i, 1)) / 10;
            assertThat(Math.abs(noisy.y(i) - clean)).isLessThanOrEqualTo(2 * 6 * 0.3 / 10 + 1e-12);
            moved += Math.abs(noisy.y(i) - clean) > 1e-3 ? 1 : 0;
        }
        assertThat(moved).isGreaterThan(150);
        assertThat(PlaygroundRegression.multiGauss(200, 0.3, 6)).isNotEqualTo(PlaygroundRegression.multiGauss(200, 0.3, 5));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> PlaygroundRegression.plane(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samples");
        assertThatThrownBy(() -> PlaygroundRegression.multiGauss(10, -0.1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noise");
    }
}
