package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 001's questions as demos: the numbers they print and record. */
class Seed001DemosTest {
    @TempDir
    Path dir;

    /** Every printed number of a comparison agrees to its printed digits. */
    private static void everyPrintedNumberAgrees(JsonNode counts, int rows) {
        assertThat(counts.get("agree").asInt()).as(counts.toString()).isEqualTo(rows);
        assertThat(counts.get("last_digit").asInt()).isZero();
        assertThat(counts.get("disagree").asInt()).isZero();
    }

    @Test
    void question1bPutsXNewInTheFirstClassWithTheDocumentsOutputs() throws IOException {
        DemoOutput run = DemoOutput.run("seed001-q1", dir).succeeded("seed001-q1");
        assertThat(run.result("predicted_class").asInt()).isEqualTo(1);
        JsonNode outputs = run.result("outputs_x_new");
        assertThat(outputs.get(0).asDouble()).isCloseTo(0.59438, within(5e-6));
        assertThat(outputs.get(1).asDouble()).isCloseTo(0.477189, within(5e-7));
        assertThat(run.result("checks_passed").asBoolean()).isTrue();
        everyPrintedNumberAgrees(run.result("printed_1a"), 8);
        everyPrintedNumberAgrees(run.result("printed_1b"), 4);
        assertThat(run.stdout()).contains("chainrule grad seed001-ex1-sigmoid-sgd.chain", "with η = 1",
                "the network puts x_new in class 1", "as in the document's answer");
    }

    @Test
    void question2WorksOneExampleAndTheBatchAndTheBatchIsTheSumOfItsExamples() throws IOException {
        DemoOutput run = DemoOutput.run("seed001-q2", dir).succeeded("seed001-q2");
        assertThat(run.result("checks_passed_a").asBoolean()).isTrue();
        assertThat(run.result("checks_passed_b").asBoolean()).isTrue();
        everyPrintedNumberAgrees(run.result("printed_2b"), 21);
        assertThat(run.result("batch_minus_sum_of_examples").asDouble()).isLessThanOrEqualTo(1e-15);
        assertThat(run.stdout()).contains("chainrule grad seed001-ex2a-tanh-sgd.chain", "with η = 1",
                "chainrule grad seed001-ex2-tanh-batch.chain", "with η = 0.1");
    }

    @Test
    void question2aProgramHoldsTheDocumentsFirstBatchColumn() {
        Evaluation e = ChainProgram.parse(Transcript.example("seed001-ex2a-tanh-sgd")).evaluate();
        assertThat(e.checks()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(e.passed()).isTrue();
    }

    @Test
    void question3ShowsWhyTheHiddenDeltasVanish() throws IOException {
        DemoOutput run = DemoOutput.run("seed001-q3", dir).succeeded("seed001-q3");
        for (JsonNode sum : run.result("delta3_column_sums")) {
            assertThat(sum.asDouble()).isCloseTo(0.0, within(1e-15));
        }
        assertThat(run.result("w3_rows_largest_difference").asDouble()).isZero();
        assertThat(run.result("delta2_largest").asDouble()).isLessThanOrEqualTo(1e-15);
        assertThat(run.result("delta1_largest").asDouble()).isLessThanOrEqualTo(1e-15);
        JsonNode squared = run.result("squared_error_delta3_column_sums");
        assertThat(squared.get(0).asDouble()).isCloseTo(0.158216 - 0.815376 + 0.158216, within(2e-6));
        assertThat(squared.get(1).asDouble()).isCloseTo(0.205654 + 0.205654 - 0.747824, within(2e-6));
        everyPrintedNumberAgrees(run.result("printed_3"), 8);
        // The teacher's variant, one example: δ3 = [1/3, -2/3, 1/3] times x2 = tanh(0.216525…) = 0.213204…
        JsonNode w3 = run.result("one_example_w3_updated");
        assertThat(w3.get(0).get(0).asDouble()).isCloseTo(0.1 - 0.1 * (1.0 / 3) * 0.2132035, within(1e-7));
        assertThat(w3.get(1).get(2).asDouble()).isCloseTo(0.1 + 0.1 * (2.0 / 3) * 0.2132035, within(1e-7));
        assertThat(run.stdout()).contains("Why δ2 and δ1 vanish", "every j and k", "the first example only");
    }
}
