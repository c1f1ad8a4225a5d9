package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.DeepStack;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.Limits;
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
 * Transcript.json(source, Limits.DEFAULT, null, OptionalDouble.of(0.1));   // chainrule grad --format json --lr 0.1
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

    /**
     * Exactly what {@code chainrule grad - --format json} prints on stdout for {@code source}, with {@code --of of}
     * (null: the last assigned name) and {@code --lr} when {@code lr} is present, evaluated within {@code limits}
     * (the studio's {@code POST /api/grad} answers with it).
     *
     * @throws dev.chainrule.autograd.lang.ChainException for an error in the program, past a limit or about
     *                                                    {@code of}, as the command reports it on stderr
     */
    public static String json(String source, Limits limits, String of, OptionalDouble lr) {
        return DeepStack.run(() -> {
            Evaluation e = ChainProgram.parse(source, limits).evaluate(of);
            byte[] report = Formats.render("json", new Derivation("<stdin>", source, e, lr, 6, false), null);
            return new String(report, StandardCharsets.UTF_8);
        });
    }

    /**
     * The names an expression uses, in order of first use, each mapped to true when every use is inside
     * {@code grad(…)}: the edges of the graph that {@code --format dot} draws.
     */
    public static java.util.Map<String, Boolean> uses(Expr expression) {
        java.util.Map<String, Boolean> names = new java.util.LinkedHashMap<>();
        DotReport.collect(expression, false, names);
        return names;
    }

    /** Whether {@code b} is computed from other values, rather than written as a number, a matrix or a builder. */
    public static boolean computed(dev.chainrule.autograd.lang.Binding b) {
        return TextReport.computed(b);
    }

    /** The names of the example programs that ship in the jar ({@code demos/examples/NAME.chain}), sorted. */
    public static java.util.List<String> examples() {
        return ExampleFiles.names();
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
