package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.chainrule.autograd.Tensor;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded fuzzing of the {@code .chain} front end and evaluator (plain {@link Random}, fixed seeds: every run sees
 * the same programs). Whatever the program, parsing and evaluating it either succeeds or throws a
 * {@link ChainException} with a message and a position inside the source; never another exception, never a hang.
 *
 * <ul>
 *   <li>random well-typed programs ({@link ProgramGenerator}) must evaluate, with the NumPy shapes the generator
 *       predicts for every name, and the same programs mutated ({@link Mutator}) must be judged cleanly;</li>
 *   <li>mutants of the six example programs of {@code demos/examples};</li>
 *   <li>the gradients of smooth random programs — {@code grad(T, name)} inside them included, so second
 *       derivatives too — agree with central finite differences;</li>
 *   <li>10,000-deep parentheses, unary minus, calls and {@code ^}, and 10,000-term sums, evaluate without
 *       {@link StackOverflowError}.</li>
 * </ul>
 */
class FuzzTest {
    private static final int BATCH = 500;
    private static final Duration BATCH_LIMIT = Duration.ofSeconds(60);

    /** Random programs: each is run as generated, then mutated. */
    private static final int GENERATED = 3_500;
    /** Mutants of each of the six examples. */
    private static final int MUTANTS_PER_EXAMPLE = 600;
    /** Smooth random programs whose gradients are compared with finite differences. */
    private static final int SMOOTH = 300;

    private static final AtomicInteger programs = new AtomicInteger();
    private static final AtomicInteger succeeded = new AtomicInteger();
    private static final AtomicInteger failedCleanly = new AtomicInteger();

    @AfterAll
    static void enoughPrograms() {
        System.out.printf("FuzzTest: %d programs, %d evaluated, %d rejected with a ChainException%n", programs.get(),
                succeeded.get(), failedCleanly.get());
        assertThat(programs.get()).as("programs fuzzed").isGreaterThanOrEqualTo(10_000);
        assertThat(succeeded.get()).as("programs that evaluate").isGreaterThan(programs.get() / 5);
        assertThat(failedCleanly.get()).as("programs rejected").isGreaterThan(programs.get() / 5);
    }

    // ------------------------------------------------------------------ the property

    /**
     * Parses and evaluates {@code source}: returns the evaluation, or null after checking that the error is a
     * well-formed {@link ChainException} (or the {@link IllegalArgumentException} of a learning rate that is not a
     * finite number). Any other throwable fails, quoting the program.
     */
    static Evaluation judge(String source, Optional<String> of, OptionalDouble lr) {
        programs.incrementAndGet();
        try {
            Evaluation e = ChainProgram.parse(source).evaluate(of.orElse(null));
            if (lr.isPresent()) {
                e.updated(lr.getAsDouble());
            }
            succeeded.incrementAndGet();
            return e;
        } catch (ChainException e) {
            if (e.line() == 0) {
                assertThat(e.isAboutTarget()).as("a position-less error is about the target: " + e).isTrue();
                assertThat(of).as("only a chosen target can be unknown: " + e).isPresent();
            } else {
                assertWellReported(source, e);
            }
            failedCleanly.incrementAndGet();
            return null;
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            boolean badLr = lr.isPresent() && !Double.isFinite(lr.getAsDouble()) && m.startsWith("the learning rate ");
            if (!badLr) {
                throw new AssertionError("IllegalArgumentException not caused by the learning rate: " + e + "\n"
                        + quote(source), e);
            }
            failedCleanly.incrementAndGet();
            return null;
        } catch (Throwable t) {
            throw new AssertionError("threw " + t + " (not a ChainException) for the program:\n" + quote(source), t);
        }
    }

    /** Parses and evaluates a program that has no error in it. */
    static Evaluation mustEvaluate(String source, Optional<String> of, OptionalDouble lr) {
        try {
            Evaluation e = ChainProgram.parse(source).evaluate(of.orElse(null));
            lr.ifPresent(e::updated);
            programs.incrementAndGet();
            succeeded.incrementAndGet();
            return e;
        } catch (ChainException e) {
            throw new AssertionError("a well-typed program must evaluate, but:\n" + e.render("f.chain", source)
                    + "\nin:\n" + quote(source), e);
        } catch (Throwable t) {
            throw new AssertionError("threw " + t + " for the well-typed program:\n" + quote(source), t);
        }
    }

    static void assertWellReported(String source, ChainException e) {
        String what = "ChainException \"" + e.getMessage() + "\" at " + e.line() + ":" + e.column() + " for:\n"
                + quote(source);
        assertThat(e.getMessage()).as(what).isNotBlank().doesNotContain("internal error").doesNotContain("null");
        String[] lines = source.split("\n", -1);
        assertThat(e.line()).as("line of " + what).isBetween(1, lines.length);
        assertThat(e.column()).as("column of " + what).isBetween(1, lines[e.line() - 1].length() + 1);
        String rendered = e.render("f.chain", source);
        String[] r = rendered.split("\n", -1);
        assertThat(r[0]).as("render of " + what)
                .isEqualTo("f.chain:" + e.line() + ":" + e.column() + ": " + e.getMessage());
        assertThat(r).as("render of " + what).hasSize(3);
        assertThat(r[2].strip()).as("caret of " + what).isEqualTo("^");
    }

    /**
     * {@link Evaluation#value} of every assignment's and check's expressions is the value the program computed for
     * it, and every step's local derivatives can be worked out (the transcripts print them).
     */
    static void assertReevaluates(Evaluation e, String source) {
        List<Binding> bindings = e.bindings();
        for (Binding b : bindings.subList(Math.max(0, bindings.size() - 10), bindings.size())) {
            Tensor again = e.value(b.statement().value()).orElseThrow();
            assertThat(again.sameValues(b.value())).as("value(%s) = %s, but the program computed %s, in:%n%s",
                    b.name(), again, b.value(), quote(source)).isTrue();
            assertThat(e.localDerivatives(b)).as("local derivatives of " + b.name()).isNotNull();
        }
        for (CheckResult c : e.checks()) {
            assertThat(e.value(c.check().left()).orElseThrow().sameValues(c.left())).as(c.check().source()).isTrue();
            assertThat(e.value(c.check().right()).orElseThrow().sameValues(c.right())).as(c.check().source()).isTrue();
        }
    }

    private static String quote(String source) {
        return source.length() > 4000 ? source.substring(0, 4000) + "\n... (" + source.length() + " chars)" : source;
    }

    private static Stream<DynamicTest> batches(int count, String what, java.util.function.IntConsumer one) {
        return IntStream.range(0, (count + BATCH - 1) / BATCH).mapToObj(b -> {
            int from = b * BATCH;
            int to = Math.min(count, from + BATCH);
            // In parallel (the programs are independent and each has its own seed): about twice as fast on 2 cores.
            return dynamicTest(what + " " + from + "–" + (to - 1), () -> assertTimeoutPreemptively(BATCH_LIMIT,
                    () -> IntStream.range(from, to).parallel().forEach(one)));
        });
    }

    // ------------------------------------------------------------------ random programs

    @TestFactory
    @DisplayName("random well-typed programs evaluate with the predicted shapes; their mutants fail cleanly")
    Stream<DynamicTest> generatedPrograms() {
        return batches(GENERATED, "seeds", seed -> {
            ProgramGenerator.Program p = new ProgramGenerator(seed, false).program();
            String source = p.render();
            Random options = new Random(~seed);
            Optional<String> of = Optional.empty();
            OptionalDouble lr = options.nextInt(4) == 0 ? OptionalDouble.of(0.1) : OptionalDouble.empty();
            int choice = options.nextInt(10);
            List<String> names = List.copyOf(p.shapes.keySet());
            String chosen = names.get(options.nextInt(names.size()));
            if (choice == 0) {
                of = Optional.of(chosen);
            }
            boolean scalarTarget = of.isEmpty() || Arrays.stream(p.shapes.get(chosen)).reduce(1, (x, y) -> x * y) == 1;
            if (!scalarTarget) {
                assertThat(judge(source, of, lr)).as("a target that is not a scalar is an error").isNull();
            } else {
                Evaluation e = mustEvaluate(source, of, lr);
                assertThat(e.target().name()).isEqualTo(of.orElse(p.target));
                assertThat(e.bindings()).extracting(Binding::name).containsExactlyElementsOf(p.shapes.keySet());
                for (Binding b : e.bindings()) {
                    assertThat(b.value().shape().dims()).as("shape of " + b.name() + " in:\n" + source)
                            .containsExactly(p.shapes.get(b.name()));
                    assertThat(e.gradient(b).shape()).as("gradient shape of " + b.name() + " in:\n" + source)
                            .isEqualTo(b.value().shape());
                }
                assertThat(e.checks()).hasSize(p.checks);
                assertReevaluates(e, source);
                if (lr.isPresent()) {
                    assertThat(e.updated(lr.getAsDouble()).keySet()).allMatch(n -> Chain.binding(e, n).param());
                }
            }
            // Options the command line could pass wrongly.
            if (choice == 1) {
                assertThat(judge(source, Optional.of("no_such_name"), OptionalDouble.empty())).isNull();
            } else if (choice == 2) {
                assertThat(judge(source, Optional.empty(), OptionalDouble.of(Double.POSITIVE_INFINITY))).isNull();
            }
            judge(new Mutator(seed).mutate(source), Optional.empty(), lr);
        });
    }

    // ------------------------------------------------------------------ mutants of the examples

    @TestFactory
    @DisplayName("mutants of the six example programs evaluate or fail cleanly")
    Stream<DynamicTest> mutatedExamples() {
        return Chain.EXAMPLES.stream().flatMap(name -> {
            String source = Chain.example(name);
            assertThat(judge(source, Optional.empty(), OptionalDouble.of(0.1))).as(name).isNotNull();
            long base = name.hashCode() * 1_000_003L;
            return batches(MUTANTS_PER_EXAMPLE, name + " mutants", i -> judge(new Mutator(base + i).mutate(source),
                    Optional.empty(), i % 3 == 0 ? OptionalDouble.of(0.1) : OptionalDouble.empty()));
        });
    }

    // ------------------------------------------------------------------ gradients against finite differences

    @TestFactory
    @DisplayName("gradients of smooth random programs, grad(T, name) inside included, match finite differences")
    Stream<DynamicTest> finiteDifferences() {
        AtomicInteger compared = new AtomicInteger();
        return Stream.concat(batches(SMOOTH, "smooth seeds", seed -> {
            if (gradientsMatchFiniteDifferences(new ProgramGenerator(1_000_000 + seed, true).program())) {
                compared.incrementAndGet();
            }
        }), Stream.of(dynamicTest("most smooth programs were compared", () ->
                assertThat(compared.get()).isGreaterThan(SMOOTH * 6 / 10))));
    }

    /** False when the program has no params or its values are too large for finite differences to be exact. */
    private static boolean gradientsMatchFiniteDifferences(ProgramGenerator.Program p) {
        String source = p.render();
        Evaluation e = mustEvaluate(source, Optional.empty(), OptionalDouble.empty());
        if (p.params.isEmpty() || !tame(e)) {
            return false;
        }
        double h = 1e-6;
        for (Map.Entry<String, double[]> param : p.params.entrySet()) {
            double[] g = e.gradient(Chain.binding(e, param.getKey())).toArray();
            for (int i = 0; i < param.getValue().length; i++) {
                double up = target(p.render(param.getKey(), i, h));
                double down = target(p.render(param.getKey(), i, -h));
                double fd = (up - down) / (2 * h);
                double tol = 1e-5 * (1 + Math.abs(g[i]));
                assertThat(Math.abs(fd - g[i])).as("∂%s/∂%s[%d]: autograd %s, finite difference %s, in:%n%s",
                        p.target, param.getKey(), i, g[i], fd, source).isLessThanOrEqualTo(tol);
            }
        }
        return true;
    }

    private static double target(String source) {
        return mustEvaluate(source, Optional.empty(), OptionalDouble.empty()).target().value().item();
    }

    /** Every value and gradient finite and of modest size. */
    private static boolean tame(Evaluation e) {
        for (Binding b : e.bindings()) {
            for (Tensor t : List.of(b.value(), e.gradient(b))) {
                for (double v : t.toArray()) {
                    if (!(Math.abs(v) < 1e3)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ depth

    /** Evaluates a deeply nested program, and re-evaluates its expressions on the test's own (small) stack. */
    private static Evaluation deep(String source) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Evaluation e = mustEvaluate(source, Optional.empty(), OptionalDouble.empty());
            assertReevaluates(e, source);
            return e;
        });
    }

    @Test
    @DisplayName("10,000 nested parentheses")
    void deepParentheses() {
        Evaluation e = deep("x = 0.5\nL = " + "(".repeat(10_000) + "x" + ")".repeat(10_000));
        assertThat(Chain.value(e, "L").item()).isEqualTo(0.5);
        assertThat(Chain.grad(e, "x").item()).isEqualTo(1.0);
        Evaluation sum = deep("x = 0.5\nL = " + "(x + ".repeat(10_000) + "x" + ")".repeat(10_000));
        assertThat(Chain.value(sum, "L").item()).isEqualTo(0.5 * 10_001);
        assertThat(Chain.grad(sum, "x").item()).isEqualTo(10_001.0);
    }

    @Test
    @DisplayName("10,000 nested unary minus, with and without spaces")
    void deepUnaryMinus() {
        Evaluation e = deep("x = 0.5\nL = " + "-".repeat(10_000) + "x");
        assertThat(Chain.value(e, "L").item()).isEqualTo(0.5);
        assertThat(Chain.grad(e, "x").item()).isEqualTo(1.0);
        Evaluation odd = deep("x = 0.5\nL = " + "- ".repeat(10_001) + "x ^ 2");
        assertThat(Chain.value(odd, "L").item()).isEqualTo(-0.25);
        assertThat(Chain.grad(odd, "x").item()).isEqualTo(-1.0);
    }

    @Test
    @DisplayName("a 10,000-term chain x + x + ... + x, and 10,000 products")
    void longChains() {
        Evaluation e = deep("x = 0.5\nL = x" + " + x".repeat(9_999));
        assertThat(Chain.value(e, "L").item()).isEqualTo(5_000.0);
        assertThat(Chain.grad(e, "x").item()).isEqualTo(10_000.0);
        Evaluation p = deep("x = 1\nL = x" + " * x".repeat(9_999));
        assertThat(Chain.grad(p, "x").item()).isEqualTo(10_000.0);
        Evaluation mixed = deep("x = [1, 2]\nL = sum(x" + " - x + x".repeat(5_000) + ")");
        assertThat(Chain.value(mixed, "L").item()).isEqualTo(3.0);
        assertThat(Chain.grad(mixed, "x").toArray()).containsExactly(1.0, 1.0);
    }

    @Test
    @DisplayName("10,000 nested calls, a 10,000-high tower of ^ and 10,001 transposes")
    void deepCallsAndPowers() {
        Evaluation calls = deep("x = 0.5\nL = " + "tanh(".repeat(10_000) + "x" + ")".repeat(10_000));
        assertThat(Chain.value(calls, "L").item()).isBetween(0.0, 0.5);
        Evaluation tower = deep("x = 1\nL = x" + " ^ x".repeat(9_999));
        assertThat(Chain.value(tower, "L").item()).isEqualTo(1.0);
        assertThat(Chain.grad(tower, "x").item()).isEqualTo(1.0);
        Evaluation t = deep("x = [[1, 2]]\nL = sum(x" + ".T".repeat(10_001) + " @ [[1, 10]])");
        assertThat(Chain.value(t, "L").item()).isEqualTo(1 * 1 + 1 * 10 + 2 * 1 + 2 * 10);
    }

    @Test
    @DisplayName("10,000 statements, each using the one before")
    void manyStatements() {
        StringBuilder sb = new StringBuilder("x0 = 0.5\n");
        for (int i = 1; i < 10_000; i++) {
            sb.append('x').append(i).append(" = x").append(i - 1).append(" + 1\n");
        }
        Evaluation e = deep(sb.toString());
        assertThat(e.target().name()).isEqualTo("x9999");
        assertThat(Chain.value(e, "x9999").item()).isEqualTo(9_999.5);
        assertThat(Chain.grad(e, "x0").item()).isEqualTo(1.0);
    }
}
