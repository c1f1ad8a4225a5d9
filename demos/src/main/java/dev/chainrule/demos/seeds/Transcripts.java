package dev.chainrule.demos.seeds;

import dev.chainrule.demos.grad.Transcript;

/** The demos that are derivations: a shipped {@code .chain} program worked by {@code chainrule grad}. */
final class Transcripts {
    private Transcripts() {
    }

    /** A shipped example worked as a transcript with learning rate {@code lr}. */
    record Worked(String name, String summary, String example, double lr) implements Demo {
        @Override
        public void run(DemoRun run) {
            run.setting("program", "demos/examples/" + example + ".chain").setting("learning_rate", lr);
            String text = Transcript.text(example + ".chain", Transcript.example(example), lr);
            run.out().print(text);
            run.result("checks_passed", !text.contains("✗"));
        }
    }

    static final Demo SEED000_EX1 = new Worked("seed000-ex1",
            "seed 000 Exercise 1: one step of the 2-2-1 tanh network by hand — values, every δ, the update with η = 0.1",
            "seed000-ex1-tanh-step", 0.1);
}
