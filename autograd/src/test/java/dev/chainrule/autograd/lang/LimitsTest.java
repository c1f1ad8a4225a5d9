package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile programs get their error before the work is done: each limit is named in the error (so that a caller
 * can say how to raise it), and a program within a raised limit runs.
 */
class LimitsTest {
    private static ChainException refused(String source, Limits limits) {
        return assertThrows(ChainException.class, () -> ChainProgram.parse(source, limits).evaluate());
    }

    @Test
    @DisplayName("a program longer than the limit is refused before it is read any further")
    void sourceLength() {
        String program = "# a comment\n".repeat(4) + "x = 1\n";
        ChainException e = refused(program, Limits.DEFAULT.withSourceChars(20));
        assertThat(e.limit()).contains(Limits.Kind.SOURCE_CHARS);
        assertThat(e.getMessage()).contains("54 characters").contains("limit of 20");
        assertThat(ChainProgram.parse(program, Limits.DEFAULT.withSourceChars(54)).evaluate().bindings())
                .hasSize(1);
    }

    @Test
    @DisplayName("literals count against the element limit while they are parsed, not after")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hugeLiteral() {
        String literal = "x = [" + "1, ".repeat(1000) + "1]\n";
        ChainException e = refused(literal, Limits.DEFAULT.withElements(100));
        assertThat(e.limit()).contains(Limits.Kind.ELEMENTS);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("limit of 100 elements");
        assertThat(ChainProgram.parse(literal + "L = sum(x)").evaluate().target().value().item()).isEqualTo(1001);
    }

    @Test
    @DisplayName("computed values count against the element limit before they are made")
    void elements() {
        ChainException e = refused("x = eye(4473)\nL = sum(x)", Limits.DEFAULT);
        assertThat(e.limit()).contains(Limits.Kind.ELEMENTS);
        assertThat(e.line()).isEqualTo(1);
        assertThat(ChainProgram.parse("x = eye(100)\nL = sum(x)", Limits.DEFAULT.withElements(20_000)).evaluate()
                .target().value().item()).isEqualTo(100);
    }

    @Test
    @DisplayName("matrix products count their operations, forward and backward, before they are computed")
    void flops() {
        ChainException e = refused("a = ones(2000, 2000)\nb = a @ a\nL = sum(b)", Limits.DEFAULT);
        assertThat(e.limit()).contains(Limits.Kind.FLOPS);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("2000×2000 @ 2000×2000").contains("at most 20000000000");
        ChainException small = refused("a = ones(10, 10)\nb = a @ a\nL = sum(b)", Limits.DEFAULT.withFlops(5999));
        assertThat(small.limit()).contains(Limits.Kind.FLOPS);
        assertThat(ChainProgram.parse("a = ones(10, 10)\nb = a @ a\nL = sum(b)", Limits.DEFAULT.withFlops(6000))
                .evaluate().target().value().item()).isEqualTo(1000);
    }

    @Test
    @DisplayName("every way to make a large value is refused before it is made: operators, broadcasts, checks, builders, losses")
    void everyLargeValueIsCounted() {
        Limits small = Limits.DEFAULT.withElements(500);
        String columnAndRow = "a = ones(30, 1)\nb = ones(1, 30)\n";
        for (String step : List.of("c = a + b", "c = a - b", "c = a * b", "c = a / b", "c = a ^ b", "c = a @ b",
                "check a == b", "L = mse(a, b)", "L = bce(a, b)", "c = full(30, 30, 1)", "c = zeros(30, 30)",
                "c = ones(30, 30)", "c = eye(30)")) {
            ChainException e = refused(columnAndRow + step + "\nL = 0", small);
            assertThat(e.limit()).as(step).contains(Limits.Kind.ELEMENTS);
            assertThat(e.line()).as(step).isEqualTo(3);
            assertThat(e.getMessage()).as(step).contains("this would compute 900 elements after ");
        }
    }

    @Test
    @DisplayName("the element limit is a number of elements a program may compute, not one fewer")
    void exactlyAtTheElementLimit() {
        // ones(10, 10): its two arguments and its 100 elements
        String program = "x = ones(10, 10)\nL = sum(x)";
        assertThat(ChainProgram.parse(program, Limits.DEFAULT.withElements(102)).evaluate().target().value().item())
                .isEqualTo(100);
        assertThat(refused(program, Limits.DEFAULT.withElements(101)).limit()).contains(Limits.Kind.ELEMENTS);
        String literal = "x = [" + "1, ".repeat(1000) + "1]\n";
        assertThat(ChainProgram.parse(literal, Limits.DEFAULT.withElements(1001)).statements()).hasSize(1);
        assertThat(refused(literal, Limits.DEFAULT.withElements(1000)).limit()).contains(Limits.Kind.ELEMENTS);
    }

    @Test
    @DisplayName("elements and operations add up over the whole program")
    void limitsAddUp() {
        ChainException e = refused("a = ones(10, 10)\nb = ones(10, 10)\nL = sum(a + b)", Limits.DEFAULT.withElements(250));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("too large: this would compute 100 elements after 204 already computed,"
                + " but a program computes at most 250 elements in all");
        ChainException f = refused("a = ones(10, 10)\nb = a @ a\nc = b @ a\nL = sum(c)", Limits.DEFAULT.withFlops(10_000));
        assertThat(f.limit()).contains(Limits.Kind.FLOPS);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.getMessage()).contains("6.00e+03 floating-point operations after 6000 already done")
                .contains("at most 10000");
        ChainException first = refused("a = ones(10, 10)\nb = a @ a\nL = sum(b)", Limits.DEFAULT.withFlops(5999));
        assertThat(first.getMessage()).doesNotContain("already");
    }

    @Test
    @DisplayName("a product that cannot be computed is refused for its shapes, whatever the limits")
    void unfitProductsAreShapeErrors() {
        Limits tight = Limits.DEFAULT.withFlops(1);
        ChainException inner = refused("a = ones(10, 10)\nb = ones(20, 10)\nc = a @ b\nL = 0", tight);
        assertThat(inner.limit()).isEmpty();
        assertThat(inner.getMessage()).isEqualTo("matmul: (10,10) @ (20,10): inner dimensions 10 and 20 differ");
        assertThat(refused("c = 2 @ [3]\nL = 0", tight).getMessage()).startsWith("matmul: () @ (1,)");
        assertThat(refused("c = [3] @ 2\nL = 0", tight).getMessage()).startsWith("matmul: (1,) @ ()");
    }

    @Test
    @DisplayName("the deepest nesting the parser takes is MAX_DEPTH levels, the expression itself one of them")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void exactlyAtTheDepthLimit() {
        int n = Parser.MAX_DEPTH - 1;
        Evaluation e = ChainProgram.parse("x = 0.5\nL = " + "(".repeat(n) + "x" + ")".repeat(n)).evaluate();
        assertThat(e.target().value().item()).isEqualTo(0.5);
        ChainException deeper = refused("x = 0.5\nL = " + "(".repeat(n + 1) + "x" + ")".repeat(n + 1), Limits.DEFAULT);
        assertThat(deeper.getMessage()).contains("nested more than " + Parser.MAX_DEPTH + " levels deep");
        // a long flat expression is not deep
        assertThat(ChainProgram.parse("x = 0.5\nL = x" + " + -x".repeat(Parser.MAX_DEPTH)).statements()).hasSize(2);
    }

    @Test
    @DisplayName("limits are positive: 1 is the least of each")
    void limitsArePositive() {
        Limits least = new Limits(1, 1, 1);
        assertThat(least.of(Limits.Kind.SOURCE_CHARS)).isEqualTo(1);
        assertThatThrownBy(() -> new Limits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits must be positive, got 0, 1, 1");
        assertThatThrownBy(() -> new Limits(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.DEFAULT.of(Limits.Kind.SOURCE_CHARS)).isEqualTo(1_000_000);
        assertThat(Limits.DEFAULT.of(Limits.Kind.ELEMENTS)).isEqualTo(20_000_000);
        assertThat(Limits.DEFAULT.of(Limits.Kind.FLOPS)).isEqualTo(20_000_000_000L);
        assertThat(Limits.Kind.ELEMENTS.what()).isEqualTo("elements of values");
        assertThat(Limits.Kind.FLOPS.what()).isEqualTo("floating-point operations of matrix products");
        assertThat(Limits.Kind.SOURCE_CHARS.what()).isEqualTo("characters of program text");
        Limits raised = Limits.DEFAULT.withElements(7);
        assertThat(ChainProgram.parse("x = 1", raised).limits()).isEqualTo(raised);
    }

    @Test
    @DisplayName("'did you mean' compares only names of comparable, bounded length (a 100,000-character name is fine)")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longNamesAreNotCompared() {
        String n = "a".repeat(100_000);
        ChainException e = Chain.error(n + " = 2\nL = " + n.substring(1) + "b ^ 2");
        assertThat(e.getMessage()).startsWith("unknown name").doesNotContain("did you mean");
        assertThat(Chain.error("loss = 2\nL = los ^ 2").getMessage()).contains("did you mean 'loss'?");
        String longest = "b".repeat(Names.LONGEST_SUGGESTED - 1);
        assertThat(Chain.error(longest + "a = 2\nL = " + longest + "e ^ 2").getMessage())
                .as("a name of the longest suggested length").contains("did you mean '" + longest + "a'?");
        assertThat(Chain.error(longest + "aa = 2\nL = " + longest + "ee ^ 2").getMessage())
                .as("one longer").doesNotContain("did you mean");
    }

    @Test
    @DisplayName("the banded distance equals Levenshtein's wherever it is within the band")
    void bandedDistance() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            String a = word(rng);
            String b = rng.nextBoolean() ? word(rng) : mutate(a, rng);
            int full = levenshtein(a, b);
            for (int bound : List.of(0, 1, 2, 3, 5, 8)) {
                int banded = Names.distance(a, b, bound);
                assertThat(banded).as("%s ~ %s, bound %d", a, b, bound).isEqualTo(Math.min(full, bound + 1));
            }
        }
    }

    private static String word(Random rng) {
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(9);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + rng.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String a, Random rng) {
        StringBuilder sb = new StringBuilder(a);
        for (int k = rng.nextInt(4); k > 0; k--) {
            int op = rng.nextInt(3);
            if (op == 0 || sb.isEmpty()) {
                sb.insert(rng.nextInt(sb.length() + 1), (char) ('a' + rng.nextInt(4)));
            } else if (op == 1) {
                sb.deleteCharAt(rng.nextInt(sb.length()));
            } else {
                sb.setCharAt(rng.nextInt(sb.length()), (char) ('a' + rng.nextInt(4)));
            }
        }
        return sb.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    @DisplayName("an interrupted thread's evaluation stops at its next step, with a line to point at")
    void interruptedEvaluationStops() {
        ChainProgram p = ChainProgram.parse("x = 1\ny = x + 1\nL = y ^ 2\n");
        Thread.currentThread().interrupt();
        try {
            ChainException e = assertThrows(ChainException.class, p::evaluate);
            assertThat(e.getMessage()).contains("stopped");
            assertThat(e.line()).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(p.evaluate().target().value().item()).isEqualTo(4.0);
    }
}
