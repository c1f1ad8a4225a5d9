package dev.chainrule.autograd.lang;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers shared by the {@code .chain} language tests: running programs, reading values, printing trees. */
final class Chain {
    /** The six seed programs of {@code demos/examples}, on the test class path as {@code /chain/NAME.chain}. */
    static final List<String> EXAMPLES = List.of("seed000-ex1-tanh-step", "seed001-ex1-sigmoid-sgd",
            "seed001-ex2-tanh-batch", "seed001-ex3-softmax-ce", "seed004-published-slip", "seed004-sigmoid-mse");

    private Chain() {
    }

    /** Parses and evaluates {@code source} with the default target and no learning rate. */
    static Evaluation run(String source) {
        return ChainProgram.parse(source).evaluate();
    }

    /** Parses and evaluates {@code source}, differentiating {@code of}. */
    static Evaluation run(String source, String of) {
        return ChainProgram.parse(source).evaluate(of);
    }

    /** The error that parsing or evaluating {@code source} must raise. */
    static ChainException error(String source) {
        return assertThrows(ChainException.class, () -> run(source), () -> "expected an error from:\n" + source);
    }

    /** The value of {@code expression} evaluated after the lines of {@code prelude} (of any shape). */
    static Tensor valueOf(String prelude, String expression) {
        Evaluation e = run(prelude + "\nvalue_ = " + expression + "\ntarget_ = 0\n");
        return binding(e, "value_").value();
    }

    static Tensor valueOf(String expression) {
        return valueOf("", expression);
    }

    /** The scalar value of {@code expression}. */
    static double scalar(String expression) {
        Tensor t = valueOf(expression);
        if (!t.shape().equals(Shape.scalar())) {
            throw new AssertionError(expression + " has shape " + t.shape() + ", not ()");
        }
        return t.item();
    }

    static Binding binding(Evaluation e, String name) {
        return e.bindings().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no binding " + name));
    }

    static Tensor value(Evaluation e, String name) {
        return binding(e, name).value();
    }

    /** {@code ∂target/∂name}. */
    static Tensor grad(Evaluation e, String name) {
        return e.gradient(binding(e, name));
    }

    static CheckResult check(Evaluation e, int index) {
        return e.checks().get(index);
    }

    /** The elements of {@code t} as rows ({@code [[v]]} for a scalar, one row for a vector). */
    static double[][] rows(Tensor t) {
        return t.toMatrix();
    }

    static String shape(Tensor t) {
        return t.shape().toString();
    }

    /** The source of an example program, from the test classpath. */
    static String example(String name) {
        try (InputStream in = Chain.class.getResourceAsStream("/chain/" + name + ".chain")) {
            if (in == null) {
                throw new AssertionError("missing test resource /chain/" + name + ".chain");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An expression as a fully parenthesised prefix form: {@code (- (- a b) c)}, {@code (neg x)}, {@code (T x)},
     * {@code (sum x axis=1)}, {@code [1.0, 2.0]}.
     */
    static String tree(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.text();
            case Expr.Name n -> n.name();
            case Expr.Bool b -> Boolean.toString(b.value());
            case Expr.Literal l -> l.rows() == null ? Arrays.toString(l.vector()) : Arrays.deepToString(l.rows());
            case Expr.Negate n -> "(" + (n.minus() ? "neg " : "pos ") + tree(n.operand()) + ")";
            case Expr.Transposed t -> "(T " + tree(t.operand()) + ")";
            case Expr.Binary b -> "(" + b.op() + " " + tree(b.left()) + " " + tree(b.right()) + ")";
            case Expr.Call c -> "(" + c.function()
                    + c.args().stream().map(a -> " " + tree(a)).collect(Collectors.joining())
                    + c.keywords().stream().map(k -> " " + k.name() + "=" + tree(k.value())).collect(Collectors.joining())
                    + ")";
        };
    }

    /** The tree of the expression assigned by the single statement {@code y = expression}. */
    static String parseTree(String expression) {
        List<Statement> statements = ChainProgram.parse("y = " + expression).statements();
        if (statements.size() != 1 || !(statements.get(0) instanceof Statement.Assign a)) {
            throw new AssertionError("expected one assignment, got " + statements);
        }
        return tree(a.value());
    }
}
