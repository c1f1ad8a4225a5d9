package dev.chainrule.demos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code chainrule bench --json}: one object of WORKLOADS.md's shape on standard output, and nothing else. */
class BenchJsonTest {
    @Test
    void jsonIsOneObjectOfTheWorkloadsShapeAndNothingElse() throws IOException {
        Bench b = Bench.quick("--only", "tiny-step", "--json");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out().lines()).hasSize(1);
        JsonNode json = b.json();
        assertThat(names(json)).containsExactly("tiny-step");
        JsonNode tiny = json.get("tiny-step");
        assertThat(tiny.isObject()).isTrue();
        assertThat(tiny.get("median_ms").isNumber()).isTrue();
        assertThat(tiny.get("median_ms").asDouble()).isPositive().isFinite();
        assertThat(tiny.get("runs").isInt()).isTrue();
        assertThat(tiny.get("runs").asInt()).isEqualTo(3);
        assertThat(tiny.get("min_ms").asDouble()).isPositive().isLessThanOrEqualTo(tiny.get("median_ms").asDouble());
    }

    @Test
    void theShippedCommandRunsTinyStepThirtyTimesAsWorkloadsMdSays() throws IOException {
        Bench b = Bench.asShipped("--only", "tiny-step", "--json");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.json().get("tiny-step").get("runs").asInt()).isEqualTo(30);
    }

    @Test
    void everyWorkloadOfWorkloadsMdIsThereWithItsRuns() {
        List<String> names = new ArrayList<>(Workloads.all().keySet());
        assertThat(names).containsExactly("tiny-step", "moons-train", "deep-classify", "mlp784-step", "wide-step",
                "deep-graph");
        assertThat(Workloads.all().values()).extracting(Workloads.Workload::runs).containsExactly(30, 10, 5, 30, 10, 10);
    }

    @Test
    void anUnknownWorkloadIsAUsageErrorThatListsTheWorkloads() {
        Bench b = Bench.quick("--only", "huge-step", "--json");
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).startsWith("bench: unknown workload huge-step (one of tiny-step, moons-train, ");
    }

    @Test
    void deepGraphAsksForTheGradientOfTheFirstXAndGetsTheChainRulesProduct() {
        double x = 0.3;
        double product = 1;
        for (int i = 0; i < 100; i++) {
            double t = Math.tanh(x);
            product *= 0.9 * (1 - t * t);
            x = t * 0.9 + 0.1;
        }
        assertThat(product).isNotZero();
        assertThat(Workloads.deepGraphRun(100)).isCloseTo(product, within(Math.abs(product) * 1e-10));
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
