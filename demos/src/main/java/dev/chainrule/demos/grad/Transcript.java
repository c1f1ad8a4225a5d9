package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * The text derivation of {@code chainrule grad} for other parts of the command (the demos), and the example
 * programs that ship in the jar.
 *
 * <pre>{@code
 * String source = Transcript.example("seed000-ex1-tanh-step");
 * System.out.print(Transcript.text("seed000-ex1-tanh-step.chain", source, 0.1));
 * }</pre>
 */
public final class Transcript {
    private Transcript() {
    }

    /** The text report of {@code source} (called {@code file}), with the update for learning rate {@code lr}. */
    public static String text(String file, String source, double lr) {
        Evaluation e = ChainProgram.parse(source).evaluate();
        return TextReport.render(new Derivation(file, source, e, OptionalDouble.of(lr), 6, false));
    }

    /** The source of the shipped example {@code name} ({@code demos/examples/NAME.chain}). */
    public static String example(String name) {
        try (InputStream in = Transcript.class.getResourceAsStream("/dev/chainrule/demos/examples/" + name + ".chain")) {
            if (in == null) {
                throw new IllegalArgumentException("no example program '" + name + "' in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
