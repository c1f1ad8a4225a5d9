package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --format markdown}, {@code latex} and {@code dot}: the boxed values are there and the documents are well formed. */
class DocumentFormatsTest {
    private static final String Z1 = "z_{1} = W_{1} x + b_{1} = \\boxed{\\begin{bmatrix}0.270000\\\\-0.180000\\end{bmatrix}}";

    @Test
    void markdownIsTheWorkedSolution() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "markdown", "--lr", "0.1");
        assertThat(g.status()).isZero();
        String md = g.out();
        assertThat(md).startsWith("# seed000-ex1-tanh-step\n")
                .contains("## Program\n\n```\n# One forward/backward step")
                .contains("$$" + Z1 + "$$")
                .contains("$$\\hat{y} = \\tanh(u_{2}) = \\boxed{\\begin{bmatrix}0.367247\\end{bmatrix}}$$")
                .contains("$$\\frac{\\partial L}{\\partial W_{1}} = \\boxed{\\begin{bmatrix}-0.254685 & 0.101874\\\\"
                        + "0.159016 & -0.063606\\end{bmatrix}}$$")
                .contains("$$\\frac{\\partial h_{1}}{\\partial z_{1}} = 1 - h_{1}^{2} = "
                        + "\\begin{bmatrix}0.930502\\\\0.968287\\end{bmatrix}$$")
                .contains("- ✓ $\\frac{\\partial L}{\\partial z_{1}} = \\left(W_{2}^{\\top} \\frac{\\partial L}"
                        + "{\\partial u_{2}}\\right) \\odot (1 - h_{1}^{2})$ (line 23): max error $0$")
                .contains("**11 of 11 checks passed.**")
                .contains("## Update with $\\eta = 0.1$")
                .contains("$$W_{1}^{\\text{new}} = W_{1} - 0.1 \\cdot \\frac{\\partial L}{\\partial W_{1}} = "
                        + "\\boxed{\\begin{bmatrix}0.325468 & -0.110187\\\\0.184098 & 0.406361\\end{bmatrix}}$$")
                .doesNotContain("✗");
        for (String line : md.split("\n")) {
            if (line.startsWith("$$")) {
                assertThat(line).endsWith("$$");
                assertBalanced(line);
            }
        }
    }

    @Test
    void aFailedClaimShowsTheTrueValue() {
        Grad g = Grad.run(Grad.example("seed004-published-slip"), "--format", "markdown");
        assertThat(g.status()).isEqualTo(1);
        assertThat(g.out()).contains("- ✗ $C = 0.1010$ within $5 \\times 10^{-5}$ (line 19): max error $7.80 \\times 10^{-4}$;"
                        + " in fact $C = 0.101780$, not $0.1010$")
                .contains("**2 of 3 checks passed; the claims that do not hold are marked.**")
                .doesNotContain("## Update");
    }

    @Test
    void precisionSetsTheDecimals() {
        String md = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "markdown", "--precision", "3").out();
        assertThat(md).contains("\\boxed{\\begin{bmatrix}0.270\\\\-0.180\\end{bmatrix}}").doesNotContain("0.270000")
                .contains("rounded to 3 decimals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.grad.Grad#examples")
    void latexIsACompleteDocument(String name) {
        Grad g = Grad.run(Grad.example(name), "--format", "latex", "--lr", "0.1");
        assertThat(g.stderr()).isEmpty();
        String tex = g.out();
        assertThat(tex).startsWith("\\documentclass{article}\n").contains("\\usepackage{amsmath}\n")
                .contains("\\begin{document}\n").endsWith("\\end{document}\n")
                .contains("\\title{" + name.replace("_", "\\_") + "}")
                .contains("\\boxed{").contains("\\begin{alltt}");
        assertBalanced(tex);
        assertEnvironmentsNest(tex);
        assertThat(tex.chars().filter(c -> c > 0xff && "–—‘’“”…".indexOf(c) < 0).count())
                .as("characters pdflatex cannot set").isZero();
    }

    @Test
    void latexOfSeed000() {
        String tex = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "latex", "--lr", "0.1").out();
        assertThat(tex).contains("\\[ " + Z1 + " \\]")
                .contains("\\item[$\\checkmark$] $z_{1} = \\begin{bmatrix}0.27\\\\-0.18\\end{bmatrix}$ (line 17)")
                .contains("\\section*{Update with $\\eta = 0.1$}")
                .contains("\\setcounter{MaxMatrixCols}{10}");
    }

    @Test
    void latexWidensMatricesAndTypesetsGreekInTheListing() {
        String source = "# η = 0.1, δ = ∂L/∂z\nparam w = full(1, 12, 0.5)\nL = sum(w ^ 2)\n";
        String tex = Grad.run(source, new Graphviz(""), "-", "--format", "latex").out();
        assertThat(tex).contains("\\setcounter{MaxMatrixCols}{12}")
                .contains("# \\ensuremath{\\eta} = 0.1, \\ensuremath{\\delta} = \\ensuremath{\\partial}L/")
                .contains("\\title{stdin}");
        assertBalanced(tex);
    }

    @Test
    void dotDrawsTheNamedValues() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "dot");
        assertThat(g.status()).isZero();
        String dot = g.out();
        assertThat(dot).startsWith("// chainrule grad ").contains("\ndigraph chainrule {\n").endsWith("}\n")
                .contains("\"W1\" -> \"z1\";").contains("\"x\" -> \"z1\";").contains("\"b1\" -> \"z1\";")
                .contains("\"z1\" -> \"h1\";").contains("\"yhat\" -> \"L\";").contains("\"y\" -> \"L\";")
                .contains("<b>z1</b> (2,1)").contains("z1 = W1 @ x + b1")
                .contains("[[ 0.270000]<br align=\"left\"/> [-0.180000]]")
                .contains("∂L/∂W1</td>").contains("[[-0.254685,  0.101874]")
                .contains("<b>L</b> target scalar").contains("penwidth=2.5")
                .contains("<b>W1</b> param (2,2)").contains("<b>x</b> input (2,1)");
        for (String name : new String[] {"x", "y", "W1", "b1", "W2", "b2", "z1", "h1", "u2", "yhat", "L"}) {
            assertThat(dot).contains("  \"" + name + "\" [label=<");
        }
        assertThat(dot.split("->", -1)).hasSize(1 + 10);
        assertBalanced(dot);
    }

    @Test
    void dotMarksGradientEdgesAndValuesTheTargetDoesNotUse() {
        String dot = Grad.run(Grad.example("second-derivative-hvp"), "--format", "dot").out();
        assertThat(dot).contains("\"w\" -> \"g\" [style=dashed, label=\"grad\"];")
                .contains("\"L\" -> \"g\" [style=dashed, label=\"grad\"];")
                .contains("\"g\" -> \"R\";")
                .containsPattern("\"S\" \\[label=<.*style=\"rounded,filled,dashed\"");
    }

    @Test
    void dotShowsTheCornersOfBigMatrices() {
        String dot = Grad.run("param W = full(10, 10, 0.5)\nL = sum(W)\n", new Graphviz(""), "-", "--format", "dot")
                .out();
        assertThat(dot).contains("0.500000, …, 0.500000, 0.500000, 0.500000]").contains(" ⋮<br");
    }

    /** Braces pair up, a backslash escaping the character after it. */
    static void assertBalanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a } without its { at offset " + i + " of\n" + s).isNotNegative();
            }
        }
        assertThat(depth).as("unclosed braces in\n" + s).isZero();
    }

    private static void assertEnvironmentsNest(String tex) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = Pattern.compile("\\\\(begin|end)\\{([a-z*]+)}").matcher(tex);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                open.push(m.group(2));
            } else {
                assertThat(open).as("\\end{" + m.group(2) + "} at " + m.start()).isNotEmpty();
                assertThat(open.pop()).isEqualTo(m.group(2));
            }
        }
        assertThat(open).isEmpty();
    }
}
