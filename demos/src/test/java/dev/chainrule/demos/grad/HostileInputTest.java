package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.demos.cli.Io;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile programs get an answer in bounded time and memory, in every format: the reproductions of issue 10.
 * Each test has a generous time bound; before the fixes each ran for minutes or ended in a stack overflow.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final String[] FORMATS = {"text", "markdown", "latex", "json", "dot"};

    private static Grad grad(String program, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "-";
        System.arraycopy(args, 0, all, 1, args.length);
        return Grad.run(program, new Graphviz(""), all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sum", "minus", "tanh", "transpose"})
    void deeplyNestedProgramsPrintInEveryFormat(String kind) {
        String program = switch (kind) {
            case "sum" -> "x = 1" + " + 1".repeat(2000) + "\nL = x\n";
            case "minus" -> "x = 1\ny = " + "-".repeat(3000) + "x\nL = y\n";
            case "tanh" -> "x = 0.5\ny = " + "tanh(".repeat(49_000) + "x" + ")".repeat(49_000) + "\nL = y\n";
            default -> "x = [[1, 2], [3, 4]]\ny = x" + ".T".repeat(100_000) + "\nL = sum(y)\n";
        };
        for (String format : FORMATS) {
            Grad g = grad(program, "--format", format);
            assertThat(g.status()).as(kind + " as " + format + ": " + g.stderr()).isZero();
            assertThat(g.stderr()).as(format).isEmpty();
            assertThat(g.stdout().length).as(format + " output size").isBetween(50, 5_000_000);
        }
    }

    @Test
    void aVeryLongUnknownNameIsReportedWithoutComparingIt() {
        String n = "a".repeat(100_000);
        Grad g = grad(n + " = 2\nL = " + n.substring(1) + "b ^ 2\n");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).startsWith("<stdin>:2:5: unknown name").doesNotContain("did you mean");
    }

    @Test
    void largeValuesAreSummarisedUnlessAskedInFull() {
        Grad g = grad("x = eye(2000)\nL = sum(x)\n");
        assertThat(g.status()).isZero();
        String text = g.out();
        assertThat(text).contains("[1.000000, 0.000000, 0.000000, …, 0.000000, 0.000000, 0.000000]").contains("⋮");
        assertThat(text.length()).isLessThan(5_000);
        Grad full = grad("x = eye(40)\nL = sum(x)\n", "--full");
        assertThat(full.out()).doesNotContain("…").doesNotContain("⋮");
        Grad json = grad("x = eye(40)\nL = sum(x)\n", "--format", "json");
        assertThat(json.out()).doesNotContain("…");
    }

    @Test
    void aProductPastTheLimitOfOperationsNamesTheLimitAndItsFlag() {
        Grad g = grad("a = ones(2000, 2000)\nb = a @ a\nL = sum(b)\n");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stdout()).isEmpty();
        assertThat(g.stderr()).startsWith("<stdin>:2:7: too much work").contains("--max-flops 40000000000");
        Grad raised = grad("a = ones(20, 20)\nb = a @ a\nL = sum(b)\n", "--max-flops", "48000");
        assertThat(raised.status()).isZero();
    }

    @Test
    void literalsPastTheLimitOfElementsAreRefusedWhileParsed() {
        Grad g = grad("x = [" + "1, ".repeat(5000) + "1]\nL = sum(x)\n", "--max-elements", "1000");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).contains("limit of 1000 elements").contains("--max-elements 2000");
    }

    @Test
    void anEndlessInputStopsAtTheLimitOfProgramText() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return '0';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '0');
                return len;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GradCommand.run(new String[] {"-"}, new Io(zeros, new PrintStream(out), new PrintStream(err, true,
                StandardCharsets.UTF_8)), new Graphviz(""));
        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("longer than 1000000 characters")
                .contains("--max-source 2000000");
    }
}
