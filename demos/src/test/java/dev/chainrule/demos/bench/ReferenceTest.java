package dev.chainrule.demos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code chainrule bench --reference FILE}: the JSON torch_reference.py prints, read with Jackson; PyTorch's time, its
 * threads and the ratio beside each workload; a file that is not such JSON is a usage error that says where.
 */
class ReferenceTest {
    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("torch.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theScriptsOutputPutsPyTorchsTimeThreadsAndRatioBesideTheWorkload() throws IOException {
        Path torch = file("{\"tiny-step\": {\"median_ms\": 61.5, \"runs\": 30, \"threads\": 2}, "
                + "\"deep-graph\": {\"median_ms\": 210.0, \"runs\": 10, \"threads\": 1}}\n");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out().lines()).hasSize(1);
        assertThat(b.out()).startsWith("tiny-step      median ").contains(" over  3 runs")
                .containsPattern("PyTorch +61\\.500 ms \\(2 threads\\) +[0-9]+\\.[0-9]x (faster|slower)\\n");
    }

    @Test
    void withJsonTheReferenceAddsKeysBesideTheShapeOfWorkloadsMd() throws IOException {
        Path torch = file("{\"tiny-step\": {\"median_ms\": 61.5, \"runs\": 30, \"threads\": 1}}");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString(), "--json");
        assertThat(b.status()).as(b.err()).isZero();
        JsonNode tiny = b.json().get("tiny-step");
        assertThat(tiny.get("runs").asInt()).isEqualTo(3);
        assertThat(tiny.get("pytorch_median_ms").asDouble()).isEqualTo(61.5);
        assertThat(tiny.get("pytorch_threads").asInt()).isEqualTo(1);
        double ratio = 61.5 / tiny.get("median_ms").asDouble();
        assertThat(tiny.get("speedup_vs_pytorch").asDouble()).isCloseTo(ratio, withinPercentage(1));
    }

    @Test
    void extraKeysAndUnknownWorkloadsAreIgnored() throws IOException {
        Path torch = file("""
                {"gpu-step": {"median_ms": [1, 2], "device": "cuda"},
                 "tiny-step": {"device": "cpu", "median_ms": 61.5, "extra": {"nested": [1, {"a": null}]}, "threads": 1},
                 "torch_version": "1.13.1"}
                """);
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).contains("PyTorch     61.500 ms (1 thread)");
    }

    @Test
    void aWorkloadMissingFromTheReferenceSaysSo() throws IOException {
        Path torch = file("{\"deep-graph\": {\"median_ms\": 210.0}}");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).endsWith("PyTorch: not in torch.json\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "trailing comma   | {\"tiny-step\": {\"median_ms\": 61.5,}}      | line 1, column 34: not JSON: Unexpected character ('}'",
        "an array         | [1, 2]                                       | line 1, column 1: expected an object {\"workload\"",
        "a string time    | {\"tiny-step\": {\"median_ms\": \"fast\"}}  | line 1, column 29: tiny-step.median_ms must be a positive number of milliseconds, not \"fast\"",
        "a negative time  | {\"tiny-step\": {\"median_ms\": -1}}        | line 1, column 29: tiny-step.median_ms must be a positive number of milliseconds, not -1",
        "no median        | {\"tiny-step\": {\"runs\": 30}}             | line 1, column 15: tiny-step: no \"median_ms\"",
        "not an object    | {\"tiny-step\": 61.5}                        | line 1, column 15: tiny-step: expected an object",
        "fractional threads | {\"tiny-step\": {\"median_ms\": 1, \"threads\": 1.5}} | line 1, column 43: tiny-step.threads must be a positive whole number, not 1.5",
        "NaN              | {\"tiny-step\": {\"median_ms\": NaN}}       | line 1, column 29: tiny-step.median_ms must be a positive number of milliseconds, not NaN",
        "two objects      | {\"a\": 1} {\"b\": 2}                         | line 1, column 10: more after the end of the object",
        "a repeated name  | {\"tiny-step\": {\"median_ms\": 1, \"median_ms\": 2}} | line 1, column 43: not JSON: Duplicate field 'median_ms'",
        "cut short        | {\"tiny-step\": {\"median_ms\": 1             | line 1, column 30: not JSON: Unexpected end-of-input"})
    void aMalformedFileIsAUsageErrorNamingTheFileAndWhere(String what, String json, String message) throws IOException {
        Path torch = file(json);
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).as(b.err()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err().lines().findFirst().orElseThrow()).startsWith("bench: --reference " + torch + ", line ")
                .contains(message).doesNotContain("REDACTED", "Source:");
        assertThat(b.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anEmptyFileIsAUsageError() throws IOException {
        Path torch = file("");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).startsWith("bench: --reference " + torch + ": the file is empty; expected {\"workload\": ");
    }

    @Test
    void theLineOfAnErrorFurtherDownIsItsOwn() throws IOException {
        Path torch = file("{\n  \"tiny-step\": {\"median_ms\": 61.5},\n  \"deep-graph\": {\"median_ms\": null}\n}\n");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).startsWith("bench: --reference " + torch + ", line 3, column 31: deep-graph.median_ms must be "
                + "a positive number of milliseconds, not null");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Path torch = dir.resolve("absent.json");
        Bench b = Bench.quick("--only", "tiny-step", "--reference", torch.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.out()).isEmpty();
        assertThat(b.err()).startsWith("bench: --reference " + torch + ": no such file\n");
    }
}
