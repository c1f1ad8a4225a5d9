package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link ExprText}: source that parses back to the same tree, formulas as people write them, and cut-short text. */
class ExprTextTest {
    private static Expr parse(String expression) {
        return Parser.expression(expression);
    }

    private static String source(String expression) {
        return ExprText.of(parse(expression));
    }

    private static String pretty(String expression) {
        return ExprText.pretty(parse(expression));
    }

    @Test
    @DisplayName("source keeps exactly the parentheses the grammar needs")
    void parentheses() {
        assertThat(source("a - b - c")).isEqualTo("a - b - c");
        assertThat(source("a - (b - c)")).isEqualTo("a - (b - c)");
        assertThat(source("(a ^ b) ^ c")).isEqualTo("(a ^ b) ^ c");
        assertThat(source("a ^ b ^ c")).isEqualTo("a ^ b ^ c");
        assertThat(source("(a + b) * c")).isEqualTo("(a + b) * c");
        assertThat(source("-(a @ b).T")).isEqualTo("-(a @ b).T");
        assertThat(Chain.tree(parse(source("(a ^ b) ^ c")))).isEqualTo("(^ (^ a b) c)");
    }

    @Test
    @DisplayName("calls print their arguments and keywords; literals their numbers as written")
    void callsAndLiterals() {
        assertThat(source("sum(x, axis=1, keepdims=true)")).isEqualTo("sum(x, axis=1, keepdims=true)");
        assertThat(source("leaky_relu(z, slope=0.1 * a)")).isEqualTo("leaky_relu(z, slope=0.1 * a)");
        assertThat(source("[1, -2, 0.5]")).isEqualTo("[1, -2, 0.5]");
        assertThat(source("[[1, 2], [3, 4.25]] @ x")).isEqualTo("[[1, 2], [3, 4.25]] @ x");
        assertThat(source("[[1e-4, 1e15]]")).isEqualTo("[[1.0E-4, 1.0E15]]");
    }

    @Test
    @DisplayName("operands in labels: names, numbers and calls bare, anything else in parentheses")
    void operands() {
        assertThat(ExprText.operand(parse("z1"))).isEqualTo("z1");
        assertThat(ExprText.operand(parse("2.5"))).isEqualTo("2.5");
        assertThat(ExprText.operand(parse("tanh(z)"))).isEqualTo("tanh(z)");
        assertThat(ExprText.operand(parse("W @ x"))).isEqualTo("(W @ x)");
        assertThat(ExprText.operand(parse("[1, 2]"))).isEqualTo("([1, 2])");
    }

    @Test
    @DisplayName("pretty: Unicode minus, ·, ᵀ and superscripts for the whole exponents 0 to 9")
    void prettyFormulas() {
        assertThat(pretty("1 - h ^ 2")).isEqualTo("1 − h²");
        assertThat(pretty("2 * (y - yhat)")).isEqualTo("2·(y − yhat)");
        assertThat(pretty("W.T @ G")).isEqualTo("Wᵀ @ G");
        assertThat(pretty("-x ^ 0")).isEqualTo("−x⁰");
        assertThat(pretty("x ^ 9")).isEqualTo("x⁹");
        assertThat(pretty("x ^ 10")).isEqualTo("x ^ 10");
        assertThat(pretty("x ^ 0.5")).isEqualTo("x ^ 0.5");
        assertThat(pretty("x ^ -1")).isEqualTo("x ^ (−1)");
    }

    @Test
    @DisplayName("pretty: heaviside as an Iverson bracket, reshape_as in words")
    void prettyBracketsAndWords() {
        assertThat(pretty("heaviside(z, 0)")).isEqualTo("[z > 0]");
        assertThat(pretty("heaviside(x - lo, 1) * heaviside(hi - x, 1)")).isEqualTo("[x ≥ lo]·[hi ≥ x]");
        assertThat(pretty("heaviside(x - (a - b), 0)")).isEqualTo("[x > (a − b)]");
        assertThat(pretty("heaviside(z, 0.5)")).isEqualTo("heaviside(z, 0.5)");
        assertThat(pretty("reshape_as(G, x)")).isEqualTo("G reshaped as x");
        assertThat(pretty("reshape_as(G + 1, x.T)")).isEqualTo("(G + 1) reshaped as (xᵀ)");
        assertThat(source("reshape_as(G, x)")).isEqualTo("reshape_as(G, x)");
    }

    @Test
    @DisplayName("cut short: at most maxChars characters, the last of them …")
    void cutShort() {
        assertThat(ExprText.of(parse("abc + def"), 9)).isEqualTo("abc + def");
        assertThat(ExprText.of(parse("abc + def"), 8)).isEqualTo("abc + d…");
        assertThat(ExprText.of(parse("[1, 2, 3, 4]"), 12)).isEqualTo("[1, 2, 3, 4]");
        assertThat(ExprText.of(parse("[1, 2, 3, 4]"), 6)).isEqualTo("[1, 2…");
        assertThat(ExprText.of(parse("[[1, 2], [3, 4]]"), 10)).isEqualTo("[[1, 2], …");
        assertThat(ExprText.pretty(parse("1 - h ^ 2"), 4)).isEqualTo("1 −…");
        assertThat(ExprText.operand(parse("W @ x"), 4)).isEqualTo("(W @…)");
        assertThat(ExprText.of(parse("x"), 0)).isEqualTo("…");
    }

    @Test
    @DisplayName("plain numbers: whole ones without a point up to 1e15, others as Java writes them")
    void plainNumbers() {
        assertThat(ExprText.plain(2)).isEqualTo("2");
        assertThat(ExprText.plain(-3)).isEqualTo("-3");
        assertThat(ExprText.plain(0.5)).isEqualTo("0.5");
        assertThat(ExprText.plain(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(ExprText.plain(1e15)).isEqualTo("1.0E15");
        assertThat(ExprText.plain(-1e15)).isEqualTo("-1.0E15");
        assertThat(ExprText.plain(Double.NaN)).isEqualTo("NaN");
    }
}
