package dev.chainrule.autograd.lang;

import static dev.chainrule.autograd.lang.Chain.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation#nonFinite()}: the first step of a program that made a value or a gradient NaN or infinite from
 * finite numbers, with its line, its text and what happened; and {@link Evaluation#passed()}, which it fails.
 */
class NonFiniteTest {
    private static NonFinite first(String source) {
        return run(source).nonFinite().orElseThrow(() -> new AssertionError("no non-finite step in:\n" + source));
    }

    @Test
    @DisplayName("a finite program has none, and passes")
    void finite() {
        Evaluation e = run("x = [0.5, 2]\ncheck x == [0.5, 2]\nL = sum(log(x))");
        assertThat(e.nonFinite()).isEmpty();
        assertThat(e.passed()).isTrue();
        assertThat(run("x = 1\ncheck x == 2\nL = x").passed()).as("a check fails").isFalse();
    }

    @Test
    @DisplayName("a value: the step that made it from finite operands, not the steps it flows into")
    void value() {
        NonFinite n = first("p = [0.5, 0]\nL = sum(log(p))\nq = log(0)");
        assertThat(n.kind()).isEqualTo(NonFinite.Kind.VALUE);
        assertThat(n.line()).isEqualTo(2);
        assertThat(n.column()).isEqualTo(9);
        assertThat(n.step()).isEqualTo("log(p)");
        assertThat(n.message()).isEqualTo("log(p) is -Infinity at (1) although its operands are finite");
    }

    @Test
    @DisplayName("a value: where in a matrix, or just the number of a scalar")
    void whereInTheValue() {
        assertThat(first("m = [[1, 2], [3, 0]]\nr = 1 / m\nL = sum(r)").message())
                .isEqualTo("1 / m is Infinity at (1,1) although its operands are finite");
        assertThat(first("m = [[1, 2], [0, 3]]\nr = 1 / m\nL = sum(r)").message()).contains("Infinity at (1,0)");
        assertThat(first("L = log(0)").message()).isEqualTo("log(0) is -Infinity although its operands are finite");
        Evaluation e = run("x = 1\ncheck x == 1\nL = log(x - 1)");
        assertThat(e.allChecksPassed()).isTrue();
        assertThat(e.passed()).isFalse();
    }

    @Test
    @DisplayName("a gradient: the step whose rule made it from finite values")
    void gradientOfARule() {
        NonFinite n = first("x = 0\nL = sqrt(x)");
        assertThat(n.kind()).isEqualTo(NonFinite.Kind.GRADIENT);
        assertThat(n.line()).isEqualTo(2);
        assertThat(n.step()).isEqualTo("sqrt(x)");
        assertThat(n.message()).isEqualTo("the gradient rule of sqrt(x) produced Infinity from finite values");
        assertThat(first("x = [4, 0]\nL = sum(x ^ 0.5)").message())
                .isEqualTo("the gradient rule of x ^ 0.5 produced Infinity at (1) from finite values");
    }

    @Test
    @DisplayName("a gradient: a rule inside a composition is named by the step that uses it")
    void gradientInsideAComposition() {
        // d = 1.5 x^0.5 is 0 at 0; its own gradient, 0.75 x^-0.5, is not finite: made inside grad(c, x)
        NonFinite n = first("x = 0\nc = x ^ 1.5\nd = grad(c, x)\nL = d");
        assertThat(n.kind()).isEqualTo(NonFinite.Kind.GRADIENT);
        assertThat(n.line()).isEqualTo(3);
        assertThat(n.step()).isEqualTo("grad(c, x)");
        assertThat(n.message()).startsWith("the gradient rule of grad(c, x) produced Infinity");
    }

    @Test
    @DisplayName("a gradient no rule made: finite contributions that add up to an infinity")
    void gradientOfASum() {
        // L is 0 at x = 0, each product passes 1e308 back to x, and their sum overflows
        NonFinite n = first("y = 3\nx = 0\nL = 1e308 * x + 1e308 * x + y");
        assertThat(n.kind()).isEqualTo(NonFinite.Kind.GRADIENT);
        assertThat(n.line()).isEqualTo(2);
        assertThat(n.step()).isEqualTo("x");
        assertThat(n.message()).isEqualTo("∂L/∂x is Infinity");
    }
}
