package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A variant's worked solution, recomputed from other numbers: the {@link WorkedProgram} of the key's program, with
 * the steps its checks state, in which any answer can be replaced by a student's own. What an answer becomes then is
 * what follows from those numbers — for marking an error carried forward.
 *
 * <pre>{@code
 * Recomputation r = Recomputation.of(Files.readString(dir.resolve("program.chain")), key.lr());
 * r.value(Map.of("h1", studentsH1), "yhat");   // ŷ from the student's h1
 * }</pre>
 */
final class Recomputation {
    private final ChainProgram program;
    private final Evaluation evaluation;
    private final List<WorkedProgram.Line> steps;
    private final double lr;
    private final Evaluation baseline;

    private Recomputation(ChainProgram program, Evaluation evaluation, double lr) {
        this.program = program;
        this.evaluation = evaluation;
        this.steps = WorkedProgram.steps(program, evaluation.target().name());
        this.lr = lr;
        this.baseline = evaluate(Map.of()).orElseThrow(() -> new ChainException(1, 1,
                "its worked solution does not run"));
    }

    /**
     * The recomputation of the program {@code source} with learning rate {@code lr}.
     *
     * @throws ChainException for an error in the program
     */
    static Recomputation of(String source, double lr) {
        ChainProgram p = ChainProgram.parse(source);
        return new Recomputation(p, p.evaluate(), lr);
    }

    /** The worked program's {@code name} with the names of {@code replaced} given their tensors; empty if it fails. */
    Optional<Tensor> value(Map<String, Tensor> replaced, String name) {
        return (replaced.isEmpty() ? Optional.of(baseline) : evaluate(replaced))
                .flatMap(e -> e.binding(name)).map(Binding::value);
    }

    private Optional<Evaluation> evaluate(Map<String, Tensor> replaced) {
        try {
            Evaluation e = WorkedProgram.evaluate(WorkedProgram.text(program, evaluation, steps, lr, replaced),
                    evaluation.target().name());
            return e.nonFinite().isPresent() ? Optional.empty() : Optional.of(e);
        } catch (ChainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
