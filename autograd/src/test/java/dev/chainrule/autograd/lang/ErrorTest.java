package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every kind of error in a {@code .chain} program is a {@link ChainException} with its own clear message, at the
 * line and column of what is wrong, and renders as {@code FILE:LINE:COL: message}, the line, and a caret under the
 * column.
 */
class ErrorTest {

    /**
     * Asserts that {@code source} fails at {@code line:column} with a message containing every fragment, and that
     * {@link ChainException#render} shows the message, the offending line and a caret under the column.
     */
    private static ChainException assertError(String source, int line, int column, String... fragments) {
        ChainException e = Chain.error(source);
        assertThat(e.getMessage()).as("message").isNotBlank();
        assertThat(e.isAboutTarget()).as("about the target: " + e.getMessage())
                .isEqualTo(e.getMessage().startsWith("the target '"));
        for (String f : fragments) {
            assertThat(e.getMessage()).as("message").contains(f);
        }
        assertThat(e.line() + ":" + e.column()).as("position of: " + e.getMessage()).isEqualTo(line + ":" + column);
        String lineText = source.split("\r?\n", -1)[line - 1];
        String expected = "prog.chain:" + line + ":" + column + ": " + e.getMessage() + "\n" + lineText + "\n"
                + " ".repeat(column - 1) + "^";
        assertThat(e.render("prog.chain", source)).isEqualTo(expected);
        return e;
    }

    @Nested
    @DisplayName("names")
    class Names {
        @Test
        @DisplayName("an unknown name suggests the nearest assigned name")
        void unknownName() {
            assertError("alpha = 1\ny = alpa * 2", 2, 5, "unknown name 'alpa'", "did you mean 'alpha'?");
            assertError("W1 = 1\nL = w1 * 2", 2, 5, "unknown name 'w1'", "did you mean 'W1'?");
            assertError("hidden = 1\nh2 = 2\nL = hidden + hiden2 * h3", 3, 14, "'hiden2'", "did you mean 'hidden'?");
            assertError("x = 1\nL = x + y", 2, 9, "unknown name 'y'", "did you mean 'x'?");
        }

        @Test
        @DisplayName("no suggestion when nothing is close")
        void noSuggestion() {
            ChainException e = assertError("x = 1\nL = banana", 2, 5, "unknown name 'banana'");
            assertThat(e.getMessage()).doesNotContain("did you mean");
        }

        @Test
        @DisplayName("an unknown function suggests the nearest function")
        void unknownFunction() {
            assertError("y = tnah(1)", 1, 5, "unknown function 'tnah'", "did you mean 'tanh'?");
            assertError("x = [1, 2]\ny = sofmax(x)", 2, 5, "unknown function 'sofmax'", "did you mean 'softmax'?");
            assertError("x = 1\ny = 2 * Sigmoid(x)", 2, 9, "unknown function 'Sigmoid'", "did you mean 'sigmoid'?");
            assertError("x = 1\ny = leakyrelu(x)", 2, 5, "did you mean 'leaky_relu'?");
            ChainException far = assertError("y = frobnicate(1)", 1, 5, "unknown function 'frobnicate'");
            assertThat(far.getMessage()).doesNotContain("did you mean");
        }

        @Test
        @DisplayName("suggestions are deterministic: the same program always gets the same one")
        void deterministicSuggestions() {
            String first = Chain.error("y = exe(2)").getMessage();
            for (int i = 0; i < 20; i++) {
                assertThat(Chain.error("y = exe(2)").getMessage()).isEqualTo(first);
            }
        }

        @Test
        @DisplayName("a value called as a function, and a function used as a value")
        void valueVersusFunction() {
            assertError("x = 1\ny = x(2)", 2, 5, "'x' is a value, not a function");
            assertError("y = 2 * tanh", 1, 9, "'tanh' is a function", "tanh(...)");
        }

        @Test
        @DisplayName("use before assignment names the line that assigns it")
        void useBeforeAssignment() {
            assertError("y = x\nx = 1", 1, 5, "'x' is used before it is assigned (on line 2)");
            assertError("L = 1\ng = grad(L, w)\nw = 2", 2, 13, "'w' is used before it is assigned (on line 3)");
            assertError("x = 1\n\ncheck y == 1\ny = 2", 3, 7, "'y' is used before it is assigned (on line 4)");
            assertError("x = x + 1", 1, 5, "'x' is used before it is assigned");
        }

        @Test
        @DisplayName("a name is assigned once")
        void reassignment() {
            assertError("x = 1\nx = 2", 2, 1, "'x' is already assigned on line 1", "assigned once");
            assertError("param w = 1\ny = 2\nparam w = 3", 3, 7, "'w' is already assigned on line 1");
        }

        @Test
        @DisplayName("built-in names and keywords cannot be assigned")
        void reserved() {
            assertError("sum = 1", 1, 1, "'sum' is a built-in name");
            assertError("x = 1\nparam grad = 2", 2, 7, "'grad' is a built-in name");
            assertError("true = 1", 1, 1, "'true' is a built-in name");
        }
    }

    @Nested
    @DisplayName("shapes")
    class Shapes {
        @Test
        @DisplayName("a shape error points at the operator: '@' in z = A @ B")
        void matmul() {
            assertError("A = ones(2, 3)\nB = ones(2, 3)\nz = A @ B\nL = sum(z)", 3, 7,
                    "matmul: (2,3) @ (2,3): inner dimensions 3 and 2 differ");
            assertError("A = ones(2, 3)\nL = sum(tanh(A @ A) + 1)", 2, 16, "inner dimensions 3 and 2 differ");
            assertError("A = ones(2, 3)\nL = sum(A @ 2)", 2, 11, "not scalars");
        }

        @Test
        @DisplayName("element-wise operators that do not broadcast")
        void broadcast() {
            assertError("z = [1, 2] + [1, 2, 3]", 1, 12, "(2,) and (3,) do not broadcast");
            assertError("a = ones(2, 3)\nb = ones(3, 2)\nL = sum(a * b)", 3, 11, "(2,3) and (3,2) do not broadcast");
            assertError("a = ones(2, 3)\nL = sum(1 - a / ones(2))", 2, 15, "do not broadcast");
            assertError("a = ones(2, 3)\nL = sum(a - ones(3, 1))", 2, 11, "do not broadcast");
            assertError("a = ones(2)\nb = ones(3)\nL = sum(a ^ b)", 3, 11, "do not broadcast");
            assertError("a = ones(2)\nL = mse(a, ones(3))", 2, 5, "do not broadcast");
        }

        @Test
        @DisplayName("an axis out of range names the valid axes, at the axis argument")
        void axis() {
            assertError("A = ones(2, 3)\nL = sum(sum(A, axis=2))", 2, 21, "axis 2 is out of range for shape (2,3)",
                    "valid: -2 to 1");
            assertError("L = mean(3, axis=0)", 1, 18, "axis 0 is out of range for shape ()", "a scalar has no axes");
            assertError("v = ones(2)\nL = sum(v, 1)", 2, 12, "axis 1 is out of range for shape (2,)", "valid: -1 to 0");
            assertError("v = ones(2)\nL = sum(softmax(v, axis=-2))", 2, 25, "axis -2 is out of range for shape (2,)");
            assertError("L = sum(ones(2), axis=1e7)", 1, 23, "axis 10000000 is out of range");
        }

        @Test
        @DisplayName("softmax of a matrix without an axis says which axis means what")
        void softmaxAxis() {
            assertError("M = ones(2, 3)\nS = softmax(M)\nL = sum(S)", 2, 5, "softmax of a (2,3) matrix needs an axis",
                    "axis=0 normalises each column", "axis=1 each row");
            assertError("M = ones(2, 3)\nL = sum(log_softmax(M))", 2, 9, "log_softmax of a (2,3) matrix needs an axis");
            assertError("L = softmax(2)", 1, 5, "softmax", "scalar");
        }

        @Test
        @DisplayName("the two sides of a check must broadcast")
        void checkShapes() {
            assertError("x = 1\ncheck [1, 2] == [1, 2, 3]", 2, 1, "check", "(2,) and (3,)", "do not broadcast");
        }
    }

    @Nested
    @DisplayName("the target")
    class Target {
        @Test
        @DisplayName("a non-scalar target suggests sum(...), at its assignment")
        void nonScalar() {
            assertError("x = ones(3)", 1, 1, "the target 'x' has shape (3,)", "gradients are of a scalar",
                    "'L = sum(x)'", "differentiate another value");
            assertThat(Chain.error("x = ones(3)").getMessage()).doesNotContain("--");
            assertError("a = 1\n\nparam W = ones(2, 2)\ncheck W == 1", 3, 7, "'W' has shape (2,2)", "sum(W)");
        }

        @Test
        @DisplayName("an empty or comment-only program is an error at 1:1")
        void empty() {
            assertError("", 1, 1, "empty program", "nothing is assigned");
            assertError("# a comment\n\n# another\n", 1, 1, "empty program");
            assertError("   \n\t\n", 1, 1, "empty program");
            assertError("check 1 == 1", 1, 1, "empty program");
        }

        @Test
        @DisplayName("grad(T, name) needs a scalar T and two names")
        void gradArguments() {
            assertError("v = [1, 2]\ng = grad(v, v)", 2, 10, "grad: 'v' has shape (2,)", "sum(v)");
            assertError("x = 1\ng = grad(x, 2)", 2, 13, "grad(T, name) takes two names");
            assertError("x = 1\ng = grad(x * 2, x)", 2, 12, "grad(T, name) takes two names");
        }
    }

    @Nested
    @DisplayName("syntax")
    class Syntax {
        @Test
        @DisplayName("a missing '='")
        void missingAssign() {
            assertError("x 1", 1, 3, "missing '='", "'x = expression'", "number 1");
            assertError("x = 1\ny", 2, 2, "missing '='", "end of line");
            assertError("param W [[1]]", 1, 9, "missing '='");
            assertError("x = 1\ny tanh(x)", 2, 3, "missing '='");
        }

        @Test
        @DisplayName("'==' used in an assignment")
        void doubleEquals() {
            assertError("x == 1", 1, 3, "'==' compares only in a check", "check x == ...");
            assertError("y = 1\n  z  == y", 2, 6, "'==' compares only in a check");
        }

        @Test
        @DisplayName("a missing expression, an expression that ends early, and junk after a statement")
        void incomplete() {
            assertError("x =", 1, 4, "missing expression after 'x ='");
            assertError("x = 1 +\ny = 2", 1, 8, "expression ends too early");
            assertError("x = 1 2", 1, 7, "unexpected number 2 after a complete statement");
            assertError("x = 1\ny = x x", 2, 7, "unexpected 'x' after a complete statement");
            assertError("x = 1\n= 2", 2, 1, "expected a name to assign, found '='");
            assertError("3 = x", 1, 1, "expected a name to assign, found number 3");
            assertError("x = * 2", 1, 5, "expected a value", "found '*'");
            assertError("x = 1\ny = x.y", 2, 7, "unknown attribute '.y'", "only '.T'");
        }

        @Test
        @DisplayName("unbalanced brackets: unclosed, stray and mismatched")
        void brackets() {
            assertError("x = (1 + 2", 1, 5, "unbalanced brackets", "this '(' is never closed");
            assertError("x = 1\ny = tanh(x\nz = 2", 2, 9, "this '(' is never closed");
            assertError("x = [1, 2\ny = 3", 1, 5, "this '[' is never closed");
            assertError("x = [[1, 2], [3, 4]\nL = 1", 1, 5, "this '[' is never closed");
            assertError("x = 1 + 2)", 1, 10, "unbalanced brackets", "')' has no matching opening '('");
            assertError("x = 1\ny = x]", 2, 6, "']' has no matching opening '['");
            assertError("x = (1]", 1, 7, "']' closes the '(' opened at 1:5");
            assertError("x = [1)", 1, 7, "')' closes the '[' opened at 1:5");
            assertError("x = 1\n)", 2, 1, "')' has no matching opening '('");
        }

        @Test
        @DisplayName("ragged and malformed literals")
        void literals() {
            assertError("x = [[1, 2], [3]]", 1, 14, "ragged matrix literal", "row 2 has 1 element but row 1 has 2");
            assertError("x = [[1, 2],\n     [3, 4],\n     [5, 6, 7]]", 3, 6, "row 3 has 3 elements but row 1 has 2");
            assertError("x = []", 1, 5, "empty literal");
            assertError("x = [[1], []]", 1, 11, "empty literal");
            assertError("x = [1, [2]]", 1, 9, "rows cannot nest further");
            assertError("y = 1\nx = [1, y]", 2, 9, "literals hold numbers only", "'y'");
            assertError("x = [[1], 2]", 1, 11, "'[' to start a row");
            assertError("x = [1 2]", 1, 8, "',' or ']'");
        }

        @Test
        @DisplayName("bad numbers")
        void numbers() {
            assertError("x = 2e", 1, 6, "malformed number '2e'", "exponent needs digits");
            assertError("x = 1.5e+ * 2", 1, 8, "malformed number '1.5e+'");
            assertError("x = 3x", 1, 6, "malformed number", "names cannot start with a digit");
            assertError("x = 0x1F", 1, 6, "malformed number");
            assertError("x = 1.2.3", 1, 5, "malformed number '1.2.3'");
            assertError("x = 1e999", 1, 5, "1e999", "too large");
            assertError("x = [1, 2e400]", 1, 9, "2e400", "too large");
        }

        @Test
        @DisplayName("unexpected characters, including invisible and non-ASCII ones")
        void characters() {
            assertError("x = 1 $ 2", 1, 7, "unexpected character '$'");
            assertError("x = 1\ncheck x != 2", 2, 9, "unexpected character '!'", "checks compare with ==");
            assertError("x = 1\ncheck x < 2", 2, 9, "checks compare with ==");
            assertError("x = 1 ; y = 2", 1, 7, "unexpected character ';'", "one statement a line");
            assertError("é = 1", 1, 1, "unexpected character 'é'", "names");
            assertError("x = \u0663", 1, 5, "unexpected character", "U+0663");
            assertError("x = 1\u00a0+ 2", 1, 6, "unexpected character U+00A0");
            assertError("x = 1 \uD83D\uDE00", 1, 7, "unexpected character '\uD83D\uDE00'");
            assertError("x = \"a\"", 1, 5, "unexpected character '\"'");
        }

        @Test
        @DisplayName("nesting deeper than the parser allows is refused with a message")
        void tooDeep() {
            int n = Parser.MAX_DEPTH + 10;
            String src = "x = " + "(".repeat(n) + "1" + ")".repeat(n);
            ChainException e = Chain.error(src);
            assertThat(e.getMessage()).contains("nested more than " + Parser.MAX_DEPTH + " levels deep");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isGreaterThan(4);
        }
    }

    @Nested
    @DisplayName("calls and arguments")
    class Arguments {
        @Test
        @DisplayName("too many or missing arguments show the signature")
        void counts() {
            assertError("y = tanh(1, 2)", 1, 5, "tanh takes at most 1 argument, got 2", "tanh(x)");
            assertError("y = sum([1], 0, true, 4)", 1, 5, "sum takes at most 3 arguments, got 4",
                    "sum(x, axis, keepdims)");
            assertError("y = 1\nz = full(2, 3)", 2, 5, "full is missing its argument 'value'", "full(rows, cols, value)");
            assertError("y = 1\ng = grad(y)", 2, 5, "grad is missing its argument 'name'");
            assertError("y = exp()", 1, 5, "exp is missing its argument 'x'");
        }

        @Test
        @DisplayName("unknown, repeated and misplaced keywords")
        void keywords() {
            assertError("y = sum(ones(2), axs=0)", 1, 18, "sum has no argument 'axs'", "did you mean 'axis'?");
            assertError("y = sum(ones(2), keepdim=true)", 1, 18, "did you mean 'keepdims'?");
            assertError("y = leaky_relu(1, alpha=0.1)", 1, 19, "leaky_relu has no argument 'alpha'",
                    "leaky_relu(x, slope)");
            assertError("y = sum(ones(2), x=1)", 1, 18, "argument 'x' is given twice");
            assertError("y = sum(x=ones(2), 0)", 1, 20, "a positional argument cannot follow a keyword argument");
        }

        @Test
        @DisplayName("argument values of the wrong kind")
        void values() {
            assertError("y = sum(ones(2), keepdims=1)", 1, 27, "keepdims must be true or false");
            assertError("y = sum(ones(2), axis=0.5)", 1, 23, "axis must be an integer, got 0.5");
            assertError("y = sum(ones(2), axis=[0, 1])", 1, 23, "axis must be a number, got shape (2,)");
            assertError("y = zeros(-1)", 1, 11, "rows must be between 0 and 100000, got -1");
            assertError("y = ones(2, 1e7)", 1, 13, "cols must be between 0 and 100000, got 10000000");
            assertError("y = eye(2.5)", 1, 9, "n must be an integer, got 2.5");
            assertError("y = full(2, 2, [1, 2])", 1, 16, "value must be a number");
            assertError("y = true + 1", 1, 5, "true and false are only keyword values");
            assertError("y = leaky_relu(1, slope=false)", 1, 25, "true and false are only keyword values");
        }

        @Test
        @DisplayName("values too large to compute are refused before they are made")
        void tooLarge() {
            assertError("y = ones(100000, 100000)", 1, 5, "10000000000 elements", "at most");
            assertError("y = eye(100000)", 1, 5, "10000000000 elements");
            assertError("a = ones(100000)\nb = ones(100000, 1)\nc = a + b", 3, 7, "10000000000 elements");
            assertError("a = ones(100000, 1)\nc = a @ a.T", 2, 7, "10000000000 elements");
            assertError("a = ones(100000)\nc = mse(a, ones(100000, 1))", 2, 5, "10000000000 elements");
        }
    }

    @Nested
    @DisplayName("checks")
    class Checks {
        @Test
        @DisplayName("a check needs '==', and a tolerance is a number >= 0")
        void syntax() {
            assertError("x = 1\ncheck x = 1", 2, 9, "a check needs '=='", "check A == B [within TOL]");
            assertError("x = 1\ncheck x", 2, 8, "a check needs '=='");
            assertError("x = 1\ncheck x == 1 within -1", 2, 21, "a tolerance must be >= 0, got -1");
            assertError("x = 1\ncheck x == 1 within [1, 2]", 2, 21, "within must be a number");
            assertError("x = 1\ncheck x == 1 within", 2, 20, "expression ends too early");
            assertError("x = 1\ncheck x == 1 within 1e-3 x", 2, 26, "unexpected 'x' after a complete statement");
        }
    }
}
