package dev.chainrule.demos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code chainrule bench --matmul}: a row per size, as text or one JSON object, with positive finite GFLOP/s. */
class MatmulThroughputTest {
    @Test
    void theTableHasARowPerSizeWithItsGflops() {
        Bench b = Bench.quick("--matmul");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).containsPattern("n +runs +median +GFLOP/s\n")
                .containsPattern("\n +64 +3 +[0-9.]+ ms +[0-9.]+\n")
                .containsPattern("\n +256 +3 +[0-9.]+ ms +[0-9.]+\n")
                .containsPattern("\n +1024 +3 +[0-9.]+ ms +[0-9.]+\n");
    }

    @Test
    void matmulJsonIsOneObjectKeyedBySize() throws IOException {
        Bench b = Bench.quick("--matmul", "--json");
        assertThat(b.status()).as(b.err()).isZero();
        JsonNode json = b.json();
        assertThat(BenchJsonTest.names(json)).containsExactly("64", "256", "1024");
        for (JsonNode row : json) {
            assertThat(row.get("runs").asInt()).isEqualTo(3);
            assertThat(row.get("median_ms").asDouble()).isPositive();
            assertThat(row.get("gflops").asDouble()).isPositive().isFinite();
        }
    }

    @Test
    void aFlopIsTwoPerMultiplyAdd() {
        assertThat(new MatmulThroughput.Row(1000, 1, 1000.0).gflops()).isEqualTo(2.0);
    }

    @Test
    void matmulTakesNoOtherMeasurement() {
        Bench b = Bench.quick("--matmul", "--scaling");
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).startsWith("bench: --matmul measures products alone");
    }
}
