package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * The derivations of {@code chainrule grad} for other parts of the command (the demos, the exercise sheets): as
 * text, as a Markdown or LaTeX document, and the pieces those documents are made of (LaTeX of names, expressions and
 * tensors; a tensor as the JSON report writes it); and the example programs that ship in the jar.
 *
 * <pre>{@code
 * String source = Transcript.example("seed000-ex1-tanh-step");
 * System.out.print(Transcript.text("seed000-ex1-tanh-step.chain", source, 0.1));
 * String sheet = Transcript.document("markdown", "Worked solution", "program.chain", source, 0.1, 4, "");
 * Transcript.texName("yhat");                       // "\\hat{y}"
 * Transcript.json(Tensor.of(new double[][] {{0.5}}));  // "[[0.5]]"
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

    /**
     * The derivation of {@code source} (called {@code file}) as a complete {@code "markdown"} or {@code "latex"}
     * document, exactly as {@code chainrule grad --lr LR --precision N --format FORMAT} presents it, but titled
     * {@code title} and with {@code insert} (already in the format's markup) after its introduction.
     *
     * @throws dev.chainrule.autograd.lang.ChainException for an error in the program
     * @throws IllegalArgumentException                   for another format
     */
    public static String document(String format, String title, String file, String source, double lr, int precision,
                                  String insert) {
        Evaluation e = ChainProgram.parse(source).evaluate();
        Derivation d = new Derivation(file, source, e, OptionalDouble.of(lr), precision, false);
        return switch (format) {
            case "markdown" -> MarkdownReport.render(d, title, insert);
            case "latex" -> LatexReport.render(d, title, insert);
            default -> throw new IllegalArgumentException("a document is markdown or latex, not " + format);
        };
    }

    /** An expression as the documents typeset it: {@code W1 @ x + b1} → {@code W_{1} x + b_{1}}. */
    public static String tex(Expr expression) {
        return Tex.of(expression);
    }

    /** A name as the documents typeset it: {@code W1} → {@code W_{1}}, {@code yhat} → {@code \hat{y}}. */
    public static String texName(String name) {
        return Tex.name(name);
    }

    /** A tensor as the documents typeset it, at {@code decimals}: a number, or a {@code bmatrix}. */
    public static String tex(Tensor t, int decimals) {
        return new Tex(decimals, true).tensor(t);
    }

    /**
     * A tensor as {@code chainrule grad --format json} writes it: a scalar a number, a vector an array, a matrix an
     * array of rows; every number the shortest text that reads back to the same double; NaN and the infinities as
     * strings.
     */
    public static String json(Tensor t) {
        return JsonReport.tensor(t);
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
