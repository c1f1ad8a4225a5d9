package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.gradient;
import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.CheckResult;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import dev.chainrule.demos.seeds.Printed.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Seed 004, section 6: the 2-2-1 sigmoid network with {@code C = ½(ŷ − y)²}, as the transcript of
 * {@code seed004-published-slip.chain}, whose last check states the published {@code C = 0.1010} and fails. The demo
 * explains the slip in one line — the program's own loss line gives 0.1018 even from the document's rounded
 * {@code ŷ = 0.5488} — compares the section's other printed numbers, and ends normally: a flagged slip is the
 * demo's result, not its failure.
 *
 * <pre>{@code
 * ./chainrule demo seed004-mse-slip
 * }</pre>
 */
final class Seed004MseSlip implements Demo {
    static final String EXAMPLE = "seed004-published-slip";
    /** The section's example learning rate. */
    static final double LEARNING_RATE = 1.0;
    /** The document's rounded prediction, from which it computes C. */
    static final double PRINTED_YHAT = 0.5488;

    @Override
    public String name() {
        return "seed004-mse-slip";
    }

    @Override
    public String summary() {
        return "seed 004 section 6: the 2-2-1 sigmoid network with MSE by hand, and the published slip C = 0.1010 flagged";
    }

    @Override
    public void run(DemoRun run) {
        run.setting("program", Transcripts.program(EXAMPLE)).setting("learning_rate", LEARNING_RATE);
        run.printf("Seed 004, section 6: the 2-2-1 sigmoid network, C = ½(ŷ − y)², η = %s (the section's example).",
                LEARNING_RATE);
        run.printf("The program states the document's numbers as checks; the last is its published loss, C = 0.1010.");
        run.out().println();
        Evaluation e = Transcripts.print(run, EXAMPLE, LEARNING_RATE);
        List<CheckResult> failed = e.checks().stream().filter(c -> !c.passed()).toList();
        double loss = e.target().value().item();
        Evaluation fromPrinted = Rebinding.evaluate(Transcript.example(EXAMPLE),
                Map.of("yhat", Tensor.of(new double[][] {{PRINTED_YHAT}})));
        double lossFromPrinted = fromPrinted.target().value().item();
        run.out().println();
        if (failed.isEmpty()) {
            run.printf("No claim fails: C = %.6f.", loss);
        } else {
            run.printf("The slip: C = ½(ŷ − y)² is %.6f, and %.6f from the document's own rounded ŷ = %s (the program's"
                    + " loss line), so the printed %.4f is an arithmetic slip, not rounding.", loss, lossFromPrinted,
                    PRINTED_YHAT, failed.get(0).right().item());
        }

        Comparison c = Comparison.begin(run, "Section 6 as the document prints it (its summary table of gradients too):")
                .row("ŷ", value(e, "yhat"), "0.5488")
                .row("C", loss, "0.1010")
                .row("δ2 = ∂C/∂z2", gradient(e, "z2"), "-0.1118")
                .row("∂C/∂W2", gradient(e, "W2"), "[[-0.0656, -0.0503]]")
                .row("∂C/∂b2", gradient(e, "b2"), "-0.1118")
                .row("δ1 = ∂C/∂z1", gradient(e, "z1"), "[[-0.0081], [0.0111]]")
                .row("∂C/∂W1", gradient(e, "W1"), "[[-0.0041, 0.0121], [0.0056, -0.0166]]")
                .row("∂C/∂b1", gradient(e, "b1"), "[[-0.0081], [0.0111]]");
        c.record("printed_section6");
        run.printf("%d agree, %d are one unit off in the last printed digit, %d a slip.",
                c.count(Verdict.AGREES), c.count(Verdict.LAST_DIGIT), c.count(Verdict.DISAGREES));
        run.result("loss", loss).result("published_loss", failed.isEmpty() ? null : failed.get(0).right().item())
                .result("loss_from_printed_yhat", lossFromPrinted).result("checks_failed", failed.size())
                .result("failed_check_lines", failed.stream().map(f -> f.check().line()).toList());
    }
}
