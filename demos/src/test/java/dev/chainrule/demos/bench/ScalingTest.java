package dev.chainrule.demos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code chainrule bench --scaling}, on short chains only: every per-node figure is measured, positive and finite. */
class ScalingTest {
    @Test
    void everyPerNodeFigureOfAShortChainIsPositiveAndFinite() {
        for (int iterations : new int[] {1_000, 10_000}) {
            Scaling.Row row = Scaling.measure(iterations, 3);
            assertThat(row.nodes()).isEqualTo(3L * iterations);
            assertThat(row.runs()).isEqualTo(3);
            assertThat(row.nanosPerNode()).as("ns/node at %d", iterations).isPositive().isFinite();
            assertThat(row.allocatedBytesPerNode()).as("allocated B/node at %d", iterations).isPositive().isFinite();
            assertThat(row.retainedBytesPerNode()).as("retained B/node at %d", iterations).isPositive().isFinite();
        }
    }

    @Test
    void theLengthsAreThoseAskedForWithFewerRunsForTheLongest() {
        assertThat(Scaling.ITERATIONS).containsExactly(1_000, 10_000, 100_000, 1_000_000);
        assertThat(Scaling.runs(1_000_000)).isEqualTo(3);
        assertThat(Scaling.runs(10_000)).isEqualTo(10);
    }

    @Test
    void scalingJsonIsOneObjectOfTheTable() throws IOException {
        Bench b = Bench.quick("--scaling", "--json");
        assertThat(b.status()).as(b.err()).isZero();
        JsonNode json = b.json();
        assertThat(BenchJsonTest.names(json)).containsExactly("1000", "2000");
        for (int iterations : Bench.SHORT_CHAINS) {
            JsonNode row = json.get(Integer.toString(iterations));
            assertThat(row.get("iterations").asInt()).isEqualTo(iterations);
            assertThat(row.get("nodes").asLong()).isEqualTo(3L * iterations);
            assertThat(row.get("runs").asInt()).isEqualTo(3);
            for (String key : new String[] {"median_ms", "ns_per_node", "allocated_bytes_per_node", "retained_bytes_per_node"}) {
                assertThat(row.get(key).isNumber()).as(key).isTrue();
                assertThat(row.get(key).asDouble()).as(key).isPositive();
            }
        }
    }

    @Test
    void theTableSaysWhatANodeIsAndHasARowPerLength() {
        Bench b = Bench.quick("--scaling");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).contains("nodes = 3 × iterations")
                .containsPattern("iterations +nodes +runs +median ms +ns/node +allocated B/node +retained B/node\n")
                .containsPattern("\n +1,000 +3,000 +3 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+\n")
                .containsPattern("\n +2,000 +6,000 +3 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+\n");
    }

    @Test
    void scalingTakesNeitherOnlyNorReference() {
        Bench b = Bench.quick("--scaling", "--only", "deep-graph");
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).startsWith("bench: --scaling measures deep-graph alone: it takes neither --only nor --reference");
    }
}
