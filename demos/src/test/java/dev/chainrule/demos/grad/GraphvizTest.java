package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format svg} and {@code png} without Graphviz (an empty search path) and with a stand-in {@code dot}: a
 * shell script that echoes its arguments around its input, so the test needs no Graphviz.
 */
class GraphvizTest {
    private static final String MISSING = "chainrule grad: --format svg needs Graphviz's dot program; install it with"
            + " 'apt-get install graphviz' (Debian/Ubuntu) or 'brew install graphviz' (macOS), or use --format dot\n";

    @TempDir
    Path dir;

    @Test
    void withoutDotSvgIsExit2WithHowToInstallIt() {
        Grad g = Grad.run("", new Graphviz(""), Grad.example("seed000-ex1-tanh-step"), "--format", "svg");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr().replace(System.lineSeparator(), "\n")).isEqualTo(MISSING);
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void withoutDotPngSaysPng() {
        Grad g = Grad.run("", new Graphviz(dir.toString()), Grad.example("seed000-ex1-tanh-step"), "--format=png");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).startsWith("chainrule grad: --format png needs Graphviz's dot program");
        assertThat(g.stdout()).isEmpty();
    }

    @Test
    void dotFormatNeedsNoGraphviz() {
        Grad g = Grad.run("", new Graphviz(""), Grad.example("seed000-ex1-tanh-step"), "--format", "dot");
        assertThat(g.status()).isZero();
        assertThat(g.out()).contains("digraph chainrule {");
    }

    @Test
    void svgPipesTheGraphThroughDot() throws IOException {
        fakeDot("printf '<svg args=\"%s\">' \"$*\"; cat; printf '</svg>'");
        Grad g = Grad.run("", new Graphviz("/nonexistent" + java.io.File.pathSeparator + dir),
                Grad.example("seed000-ex1-tanh-step"), "--format", "svg");
        assertThat(g.stderr()).isEmpty();
        assertThat(g.status()).isZero();
        assertThat(g.out()).startsWith("<svg args=\"-Tsvg\">// chainrule grad ").contains("digraph chainrule {")
                .endsWith("}\n</svg>");
    }

    @Test
    void pngBytesGoToStdoutUnchanged() throws IOException {
        fakeDot("printf '\\211PNG\\r\\n\\032\\n'; cat >/dev/null");
        Grad g = Grad.run("", new Graphviz(dir.toString()), Grad.example("seed004-published-slip"), "--format", "png");
        assertThat(g.status()).as("a failed check still says so").isEqualTo(1);
        assertThat(g.stdout()).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void aFailingDotIsExit2WithItsMessage() throws IOException {
        fakeDot("cat >/dev/null; echo 'Error: syntax error in line 1' >&2; exit 3");
        Grad g = Grad.run("", new Graphviz(dir.toString()), Grad.example("seed000-ex1-tanh-step"), "--format", "svg");
        assertThat(g.status()).isEqualTo(2);
        assertThat(g.stderr()).startsWith("chainrule grad: ").contains("-Tsvg failed (exit status 3)")
                .contains("Error: syntax error in line 1");
        assertThat(g.stdout()).isEmpty();
    }

    private void fakeDot(String body) throws IOException {
        Path dot = dir.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
