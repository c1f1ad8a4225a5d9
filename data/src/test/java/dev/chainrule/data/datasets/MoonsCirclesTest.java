package dev.chainrule.data.datasets;

import static dev.chainrule.data.datasets.SklearnAssert.assertSameAsSklearn;
import static dev.chainrule.data.datasets.SklearnAssert.param;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MoonsCirclesTest {
    static Stream<JsonNode> moons() {
        return StreamSupport.stream(Fixtures.load("moons.json").get("cases").spliterator(), false);
    }

    static Stream<JsonNode> circles() {
        return StreamSupport.stream(Fixtures.load("circles.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("moons")
    void moonsAreScikitLearns(JsonNode c) {
        Dataset d = MakeMoons.of((int) param(c, "n_samples", 100L)).withNoise(param(c, "noise", 0.0))
                .withShuffle(param(c, "shuffle", true)).generate(param(c, "random_state", 0L));
        assertSameAsSklearn(d, c);
    }

    @ParameterizedTest
    @MethodSource("circles")
    void circlesAreScikitLearns(JsonNode c) {
        Dataset d = MakeCircles.of((int) param(c, "n_samples", 100L)).withNoise(param(c, "noise", 0.0))
                .withFactor(param(c, "factor", 0.8)).withShuffle(param(c, "shuffle", true))
                .generate(param(c, "random_state", 0L));
        assertSameAsSklearn(d, c);
    }

    @Test
    void impossibleParametersAreRefusedWithTheRule() {
        assertThatThrownBy(() -> MakeMoons.of(10).withNoise(-0.1)).hasMessageContaining("noise")
                .hasMessageContaining(">= 0").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> MakeCircles.of(10).withFactor(1.0)).hasMessageContaining("factor")
                .hasMessageContaining("< 1");
        assertThatThrownBy(() -> MakeMoons.of(-1)).hasMessageContaining("samples must be >= 0");
    }
}
