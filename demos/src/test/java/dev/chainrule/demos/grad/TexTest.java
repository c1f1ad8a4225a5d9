package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TexTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "W1|W_{1}", "z10|z_{10}", "x|x", "yhat|\\hat{y}", "y_hat|\\hat{y}", "W1_hat|\\hat{W_{1}}", "eta|\\eta",
        "delta2|\\delta_{2}", "lam|\\lambda", "Sigma|\\Sigma", "x_new|x_{\\mathrm{new}}", "W_1|W_{1}",
        "loss|\\mathrm{loss}", "h1_b|h_{1,b}", "_tmp|\\mathrm{\\_tmp}", "a__b|\\mathrm{a\\_\\_b}", "xbar|\\bar{x}"})
    void names(String name, String latex) {
        assertThat(Tex.name(name)).isEqualTo(latex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "W1 @ x + b1|W_{1} x + b_{1}",
        "W2.T @ grad(L, u2)|W_{2}^{\\top} \\frac{\\partial L}{\\partial u_{2}}",
        "(W2.T @ d) * (1 - h1 ^ 2)|(W_{2}^{\\top} d) \\odot (1 - h_{1}^{2})",
        "2 * (yhat - y)|2 \\cdot (\\hat{y} - y)",
        "sigmoid(z) * (1 - sigmoid(z))|\\sigma(z) \\odot (1 - \\sigma(z))",
        "sum((y - yhat) ^ 2)|\\sum (y - \\hat{y})^{2}",
        "sum(d, axis=1, keepdims=true)|\\sum_{\\text{axis}=1,\\,\\text{keepdims}=\\text{true}} d",
        "-sum(Y * log(P)) / 3|\\frac{-\\sum (Y \\odot \\log(P))}{3}",
        "softmax(z, axis=0)|\\operatorname{softmax}_{\\text{axis}=0}(z)",
        "(a + b).T|(a + b)^{\\top}",
        "x ^ -1|x^{-1}",
        "sum(x) * y + y * sum(x)|\\left(\\sum x\\right) \\cdot y + y \\cdot \\sum x",
        "(a / b) ^ 2 - (c / d)|\\left(\\frac{a}{b}\\right)^{2} - \\frac{c}{d}",
        "a - (b - c)|a - (b - c)",
        "2e-3 * x|2 \\times 10^{-3} \\cdot x",
        "sqrt(abs(x))|\\sqrt{\\left\\lvert x \\right\\rvert}",
        "[[1, 2], [3, 4]] @ v|\\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix} v",
        "mse(p, y) + bce(p, y)|\\operatorname{MSE}(p, y) + \\operatorname{BCE}(p, y)",
        "leaky_relu(z, slope=0.2)|\\operatorname{LeakyReLU}_{\\text{slope}=0.2}(z)"})
    void expressions(String source, String latex) {
        assertThat(Tex.of(expr(source))).isEqualTo(latex);
    }

    @Test
    void tensorsAreBmatrices() {
        Tex tex = new Tex(2, false);
        assertThat(tex.tensor(Tensor.of(0.5))).isEqualTo("0.50");
        assertThat(tex.tensor(Tensor.of(1.0, -2.0))).isEqualTo("\\begin{bmatrix}1.00 & -2.00\\end{bmatrix}");
        assertThat(tex.tensor(Tensor.of(new double[][] {{1}, {2}}))).isEqualTo("\\begin{bmatrix}1.00\\\\2.00\\end{bmatrix}");
        assertThat(tex.number(2.5e12)).isEqualTo("2.50 \\times 10^{12}");
        assertThat(tex.number(Double.NEGATIVE_INFINITY)).isEqualTo("-\\infty");
        assertThat(tex.number(Double.NaN)).isEqualTo("\\text{NaN}");
    }

    /** The expression of {@code L = source}, parsed (not evaluated: its names need not exist). */
    private static Expr expr(String source) {
        Statement s = ChainProgram.parse("L = " + source).statements().get(0);
        return ((Statement.Assign) s).value();
    }
}
