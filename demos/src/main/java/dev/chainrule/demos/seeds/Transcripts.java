package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;

/**
 * The demos that are derivations: a shipped {@code .chain} program worked by {@code chainrule grad}, and the
 * printing of such a transcript for the demos that go on from one.
 *
 * <pre>{@code
 * Evaluation e = Transcripts.print(run, "seed001-ex1-sigmoid-sgd", 1.0);   // prints what chainrule grad prints
 * e.updated(1.0);                                                          // and goes on from its numbers
 * }</pre>
 */
final class Transcripts {
    private Transcripts() {
    }

    /** A shipped example worked as a transcript with learning rate {@code lr}. */
    record Worked(String name, String summary, String example, double lr) implements Demo {
        @Override
        public void run(DemoRun run) {
            run.setting("program", program(example)).setting("learning_rate", lr);
            run.result("checks_passed", print(run, example, lr).allChecksPassed());
        }
    }

    static final Demo SEED000_EX1 = new Worked("seed000-ex1",
            "seed 000 Exercise 1: one step of the 2-2-1 tanh network by hand — values, every δ, the update with η = 0.1",
            "seed000-ex1-tanh-step", 0.1);

    /**
     * Prints the text transcript of the shipped example {@code example} with the update for learning rate
     * {@code lr} (what {@code chainrule grad demos/examples/EXAMPLE.chain --lr LR} prints), and returns the
     * program's evaluation.
     */
    static Evaluation print(DemoRun run, String example, double lr) {
        String source = Transcript.example(example);
        run.out().print(Transcript.text(example + ".chain", source, lr));
        return ChainProgram.parse(source).evaluate();
    }

    /** The shipped example evaluated, without printing. */
    static Evaluation evaluate(String example) {
        return ChainProgram.parse(Transcript.example(example)).evaluate();
    }

    /** Where the shipped example lives in the repository, for the summary. */
    static String program(String example) {
        return "demos/examples/" + example + ".chain";
    }

    /** The value the program calls {@code name}. */
    static Tensor value(Evaluation e, String name) {
        return e.binding(name).orElseThrow(() -> new IllegalArgumentException("the program assigns no " + name)).value();
    }

    /** The gradient of the program's target with respect to the value called {@code name}: its δ. */
    static Tensor gradient(Evaluation e, String name) {
        return e.gradient(e.binding(name).orElseThrow(() -> new IllegalArgumentException("the program assigns no " + name)));
    }
}
