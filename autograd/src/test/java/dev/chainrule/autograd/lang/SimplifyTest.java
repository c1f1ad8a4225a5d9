package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Simplify}: numbers folded, signs and numeric factors gathered in front, nothing reordered or expanded. */
class SimplifyTest {
    private static String simplified(String expression) {
        return ExprText.of(Simplify.of(Parser.expression(expression)));
    }

    private static String number(double v) {
        return ExprText.of(Simplify.number(v));
    }

    @Test
    @DisplayName("numbers are folded")
    void folding() {
        assertThat(simplified("2 + 3")).isEqualTo("5");
        assertThat(simplified("2 - 3")).isEqualTo("-1");
        assertThat(simplified("2 * 3")).isEqualTo("6");
        assertThat(simplified("3 / 4")).isEqualTo("0.75");
        assertThat(simplified("2 ^ 3")).isEqualTo("8");
        assertThat(simplified("1 / 0")).as("not folded into a non-finite number").isEqualTo("1 / 0");
    }

    @Test
    @DisplayName("signs: a double minus dropped, a minus on the left of a sum moved to a subtraction")
    void signs() {
        assertThat(simplified("-(-a)")).isEqualTo("a");
        assertThat(simplified("-a + b")).isEqualTo("b - a");
        assertThat(simplified("a + -b")).isEqualTo("a - b");
        assertThat(simplified("0 - a")).isEqualTo("-a");
        assertThat(simplified("-(2 * a)")).isEqualTo("-(2 * a)");
        assertThat(simplified("-(a * b)")).isEqualTo("-(a * b)");
    }

    @Test
    @DisplayName("products: numeric factors and signs gathered into one coefficient in front")
    void products() {
        assertThat(simplified("2 * -a")).isEqualTo("-(2 * a)");
        assertThat(simplified("-a * -b")).isEqualTo("a * b");
        assertThat(simplified("0.25 * 2 * (a - b)")).isEqualTo("0.5 * (a - b)");
        assertThat(simplified("a * (1 / b)")).isEqualTo("a / b");
        assertThat(simplified("0 * a")).isEqualTo("0");
        assertThat(simplified("1 * a ^ 1")).isEqualTo("a");
        assertThat(simplified("a ^ 0")).isEqualTo("1");
    }

    @Test
    @DisplayName("numbers as expressions: a minus before a magnitude, whole numbers without a point")
    void numbers() {
        assertThat(number(3)).isEqualTo("3");
        assertThat(number(-2.5)).isEqualTo("-2.5");
        assertThat(number(0)).isEqualTo("0");
        assertThat(number(-0.0)).as("the sign of zero is kept").isEqualTo("-0");
        assertThat(number(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(number(1e15)).isEqualTo("1e+15");
        assertThat(number(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(number(Double.NaN)).isEqualTo("NaN");
        assertThat(Simplify.number(-2.5)).isInstanceOf(Expr.Negate.class);
    }
}
