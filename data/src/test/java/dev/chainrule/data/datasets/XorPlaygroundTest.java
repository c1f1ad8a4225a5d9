package dev.chainrule.data.datasets;

import static dev.chainrule.data.datasets.SklearnAssert.assertSameAsSklearn;
import static dev.chainrule.data.datasets.SklearnAssert.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class XorPlaygroundTest {
    static Stream<JsonNode> xor() {
        return StreamSupport.stream(Fixtures.load("blobs.json").get("xor").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("xor")
    void xorIsMakeBlobsAtTheFourCorners(JsonNode c) {
        Dataset d = Xor.of((int) param(c, "n_samples", 0L)).withNoise(param(c, "noise", 0.0))
                .withDistance(param(c, "distance", 1.0)).generate(param(c, "random_state", 0L));
        assertSameAsSklearn(d, c);
    }

    @Test
    void xorLabelsAreTheExclusiveOrOfTheCentresSigns() {
        Dataset d = Xor.of(400).withNoise(0.05).generate(3);
        for (int i = 0; i < d.size(); i++) {
            int expected = (d.x(i, 0) > 0) != (d.x(i, 1) > 0) ? 1 : 0;
            assertThat(d.labels()[i]).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Playground.Kind.class)
    void playgroundDataAreReproducibleAndBalanced(Playground.Kind kind) {
        Dataset a = Playground.generate(kind, 301, 0.2, 5);
        assertThat(Playground.generate(kind, 301, 0.2, 5)).isEqualTo(a);
        assertThat(Playground.generate(kind, 301, 0.2, 6)).isNotEqualTo(a);
        assertThat(a.size()).isEqualTo(301);
        assertThat(a.features()).isEqualTo(2);
        assertThat(Arrays.stream(a.labels()).allMatch(l -> l == 0 || l == 1)).isTrue();
    }

    @Test
    void spiralWithoutNoiseLiesOnTheTwoSpirals() {
        Dataset s = Playground.spiral(200, 0.0, 1);
        for (int i = 0; i < 100; i++) {
            double r = Math.hypot(s.x(i, 0), s.x(i, 1));
            assertThat(r).isCloseTo(5.0 * i / 100, within(1e-12));
            assertThat(s.y(i)).isEqualTo(1.0);
            // the second spiral is the first turned by π
            assertThat(s.x(100 + i, 0)).isCloseTo(-s.x(i, 0), within(1e-12));
            assertThat(s.y(100 + i)).isEqualTo(0.0);
        }
    }

    @Test
    void circleGaussAndXorFollowThePlaygroundsRules() {
        Dataset circle = Playground.circle(200, 0.0, 2);
        for (int i = 0; i < circle.size(); i++) {
            double r = Math.hypot(circle.x(i, 0), circle.x(i, 1));
            assertThat(circle.y(i)).isEqualTo(r < 2.5 ? 1.0 : 0.0);
            assertThat(r).isLessThanOrEqualTo(5.0);
        }
        Dataset xor = Playground.xor(200, 0.0, 3);
        for (int i = 0; i < xor.size(); i++) {
            assertThat(Math.abs(xor.x(i, 0))).isGreaterThanOrEqualTo(0.3);
            assertThat(xor.y(i)).isEqualTo(xor.x(i, 0) * xor.x(i, 1) >= 0 ? 1.0 : 0.0);
        }
        Dataset gauss = Playground.gauss(2000, 0.0, 4);
        double mean1 = 0;
        for (int i = 0; i < 1000; i++) {
            mean1 += gauss.x(i, 0) / 1000;
        }
        assertThat(mean1).isCloseTo(2.0, within(0.1));
        assertThat(gauss.y(0)).isEqualTo(1.0);
        assertThat(gauss.y(1999)).isEqualTo(0.0);
    }

    @Test
    void theSevenInputFeatures() {
        Dataset d = Dataset.of(new double[][] {{0.5, -2.0}}, new int[] {1});
        Dataset all = PlaygroundFeature.map(d, PlaygroundFeature.values());
        assertThat(all.row(0)).containsExactly(0.5, -2.0, 0.25, 4.0, -1.0, Math.sin(0.5), Math.sin(-2.0));
        assertThat(all.labels()).containsExactly(1);
        assertThat(PlaygroundFeature.X1_SQUARED.label()).isEqualTo("x1²");
        assertThatThrownBy(() -> PlaygroundFeature.map(Dataset.of(new double[][] {{1, 2, 3}}, new int[] {0}),
                PlaygroundFeature.X1)).hasMessageContaining("must have 2 features");
    }

    @Test
    void theFacadeUsesScikitLearnsNames() {
        assertThat(Datasets.makeMoons(50, 0.1, 3)).isEqualTo(MakeMoons.of(50).withNoise(0.1).generate(3));
        assertThat(Datasets.makeCircles(50, 0.1, 0.5, 3))
                .isEqualTo(MakeCircles.of(50).withNoise(0.1).withFactor(0.5).generate(3));
        assertThat(Datasets.makeBlobs(50, 3, 4, 3)).isEqualTo(MakeBlobs.of(50).withFeatures(3).withCenters(4).generate(3));
        assertThat(Datasets.makeClassification(50, 6, 3)).isEqualTo(MakeClassification.of(50, 6).generate(3));
        assertThat(Datasets.xor(50, 0.2, 3)).isEqualTo(Xor.of(50).withNoise(0.2).generate(3));
        assertThat(Datasets.spiral(50, 0.2, 3)).isEqualTo(Playground.spiral(50, 0.2, 3));
    }
}
