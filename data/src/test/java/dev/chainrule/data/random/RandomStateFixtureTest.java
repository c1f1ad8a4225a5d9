package dev.chainrule.data.random;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays NumPy 1.24's call sequences on {@code RandomState(seed)} for several seeds and compares every result. */
class RandomStateFixtureTest {
    private static final JsonNode FIXTURE = Fixtures.load("random_state.json");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : FIXTURE.get("cases")) {
            out.add(Arguments.of(c.get("seed").longValue(), c.get("steps")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void replaysNumpysCallSequence(long seed, JsonNode steps) {
        RandomState rng = new RandomState(seed);
        for (JsonNode step : steps) {
            String op = step.get("op").asText();
            JsonNode a = step.get("args");
            JsonNode out = step.get("out");
            String where = "seed " + seed + ", " + op + a;
            switch (op) {
                case "random_sample" -> assertBits(rng.randomSample(a.get(0).intValue()), out, where);
                case "randn" -> assertBits(rng.randn(a.get(0).intValue()), out, where);
                case "normal" -> assertBits(rng.normal(a.get(0).doubleValue(), a.get(1).doubleValue(), a.get(2).intValue()),
                        out, where);
                case "uniform" -> assertBits(rng.uniform(a.get(0).doubleValue(), a.get(1).doubleValue(), a.get(2).intValue()),
                        out, where);
                case "randint" -> assertThat(rng.randint(a.get(0).longValue(), a.get(1).longValue(), a.get(2).intValue()))
                        .as(where).containsExactly(Fixtures.longs(out));
                case "permutation" -> assertThat(rng.permutation(a.get(0).intValue())).as(where)
                        .containsExactly(Fixtures.ints(out));
                case "shuffle" -> assertThat(rng.shuffle(Fixtures.ints(a.get(0)))).as(where)
                        .containsExactly(Fixtures.ints(out));
                case "choice" -> assertThat(rng.choice(a.get(0).intValue(), a.get(1).intValue(), a.get(2).booleanValue(),
                        a.get(3).isNull() ? null : Fixtures.doubles(a.get(3)))).as(where).containsExactly(Fixtures.ints(out));
                case "raw_window" -> {
                    long[] raw = rng.randint(0, 1L << 32, a.get(0).intValue());
                    assertThat(java.util.Arrays.copyOfRange(raw, a.get(1).intValue(), a.get(2).intValue())).as(where)
                            .containsExactly(Fixtures.longs(out));
                    lastRaw = raw;
                }
                case "raw_xor_sum" -> {
                    long xor = 0;
                    long sum = 0;
                    for (long v : lastRaw) {
                        xor ^= v;
                        sum += v;
                    }
                    assertThat(new long[] {xor, sum}).as(where).containsExactly(Fixtures.longs(out));
                }
                default -> throw new IllegalStateException("unknown op " + op);
            }
        }
    }

    private long[] lastRaw;

    @ParameterizedTest(name = "key {0}")
    @MethodSource("keys")
    void seedsByArrayAsNumpy(JsonNode key, JsonNode raw, JsonNode samples) {
        RandomState rng = RandomState.fromKey(Fixtures.longs(key));
        assertThat(rng.randint(0, 1L << 32, raw.size())).containsExactly(Fixtures.longs(raw));
        assertBits(rng.randomSample(samples.size()), samples, "key " + key);
    }

    static Stream<Arguments> keys() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : FIXTURE.get("by_array")) {
            out.add(Arguments.of(c.get("key"), c.get("raw"), c.get("random_sample")));
        }
        return out.stream();
    }

    static void assertBits(double[] actual, JsonNode expected, String where) {
        double[] e = Fixtures.doubles(expected);
        assertThat(actual).as(where).hasSameSizeAs(e);
        for (int i = 0; i < e.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as(where + " [" + i + "]: " + actual[i] + " vs " + e[i])
                    .isEqualTo(Double.doubleToRawLongBits(e[i]));
        }
    }
}
