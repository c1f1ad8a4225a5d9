package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and messages for bad input: nothing on stdout, one clear message on stderr, no stack trace. */
class GradErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamed() {
        String file = dir.resolve("nowhere.chain").toString();
        Grad g = Grad.run(file);
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).isEqualTo("chainrule grad: cannot read " + file + ": no such file" + System.lineSeparator());
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void aDirectoryIsNoProgram() {
        Grad g = Grad.run(dir.toString());
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).startsWith("chainrule grad: cannot read " + dir + ": ");
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void aSyntaxErrorPointsAtItsLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.chain");
        Files.writeString(file, "x = 2\ny = [[1, 2]\nL = sum(y)\n", StandardCharsets.UTF_8);
        Grad g = Grad.run(file.toString(), "--format", "markdown");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr().split("\\R")).containsExactly(
                file + ":2:5: unbalanced brackets: this '[' is never closed",
                "y = [[1, 2]",
                "    ^");
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void aNameErrorFromStandardInputIsNamedStdin() {
        Grad g = Grad.run("x = 2\nL = sum(z)\n", new Graphviz(""), "-", "--format", "latex");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).startsWith("<stdin>:2:9: ").contains("'z'").contains("L = sum(z)\n        ^");
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void aNonScalarTargetSuggestsSum() {
        Grad g = Grad.run("x = [[1, 2]]\nh = tanh(x)\n", new Graphviz(""), "-");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).contains("<stdin>:2:1: ").contains("sum(h)").contains("--of NAME");
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void theProgramCanComeFromStandardInput() {
        Grad g = Grad.run("param w = 3\nL = w ^ 2\ncheck grad(L, w) == 2 * w\n", new Graphviz(""), "-", "--lr", "0.1");
        assertThat(g.status()).isZero();
        assertThat(g.stderr()).isEmpty();
        assertThat(g.out()).startsWith("chainrule grad <stdin>\n").contains("∂L/∂w  6.000000").contains("w = 2.400000");
        Grad json = Grad.run("param w = 3\nL = w ^ 2\n", new Graphviz(""), "-", "--format", "json");
        assertThat(json.out()).isEqualTo("{\"target\": \"L\", \"values\": {\"w\": 3.0, \"L\": 9.0}, "
                + "\"grads\": {\"w\": 6.0, \"L\": 1.0}, \"checks\": []}\n");
    }

    @Test
    void anUnknownOptionIsExit2WithUsage() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--frobnicate");
        assertBadArguments(g, "unknown option --frobnicate");
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "html");
        assertBadArguments(g, "--format html: unknown format (one of text, markdown, latex, json, dot,"
                + " svg, png)");
    }

    @Test
    void precisionMustBeAWholeNumberFrom0To17() {
        assertBadArguments(Grad.run(Grad.example("seed000-ex1-tanh-step"), "--precision", "18"),
                "--precision 18: must be between 0 and 17");
        assertBadArguments(Grad.run(Grad.example("seed000-ex1-tanh-step"), "--precision=-1"),
                "--precision -1: must be between 0 and 17");
        assertBadArguments(Grad.run(Grad.example("seed000-ex1-tanh-step"), "--precision", "six"),
                "--precision six: not a whole number");
        assertBadArguments(Grad.run(Grad.example("seed000-ex1-tanh-step"), "--precision"),
                "--precision needs a value");
    }

    @Test
    void theLearningRateMustBeAFiniteNumber() {
        assertBadArguments(Grad.run(Grad.example("seed000-ex1-tanh-step"), "--lr", "NaN"),
                "--lr NaN: not a finite number");
    }

    @Test
    void anUnknownTargetSuggestsTheNearestName() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--of", "yhatt");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).isEqualTo("chainrule grad: --of yhatt: the program assigns no 'yhatt' to differentiate;"
                + " did you mean 'yhat'?" + System.lineSeparator());
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void anotherTargetWithOf() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--of", "u2", "--format", "json");
        assertThat(g.out()).startsWith("{\"target\": \"u2\"");
    }

    @Test
    void noProgramAndTwoProgramsAreErrors() {
        assertBadArguments(Grad.run(), "no program given (a .chain file, or - for standard input)");
        assertBadArguments(Grad.run("a.chain", "b.chain"), "one program at a time: got a.chain and b.chain");
    }

    private static void assertBadArguments(Grad g, String message) {
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr().split("\\R")).containsExactly("chainrule grad: " + message,
                "Try 'chainrule grad --help' for more information.");
        assertThat(g.stdout()).isEmpty();
    }
}
