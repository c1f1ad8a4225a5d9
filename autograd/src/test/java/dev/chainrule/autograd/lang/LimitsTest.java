package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;
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
    @DisplayName("'did you mean' compares only names of comparable, bounded length (a 100,000-character name is fine)")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longNamesAreNotCompared() {
        String n = "a".repeat(100_000);
        ChainException e = Chain.error(n + " = 2\nL = " + n.substring(1) + "b ^ 2");
        assertThat(e.getMessage()).startsWith("unknown name").doesNotContain("did you mean");
        assertThat(Chain.error("loss = 2\nL = los ^ 2").getMessage()).contains("did you mean 'loss'?");
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
