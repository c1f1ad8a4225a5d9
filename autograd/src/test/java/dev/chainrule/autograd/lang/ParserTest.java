package dev.chainrule.autograd.lang;

import static dev.chainrule.autograd.lang.Chain.parseTree;
import static dev.chainrule.autograd.lang.Chain.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar of {@code .chain} programs as the contract states it: operators loosest first {@code + -} ·
 * {@code * / @} (left-associative, one level) · unary {@code -} · {@code ^} (right-associative) · postfix
 * {@code .T} · calls and parentheses; one statement a line, {@code #} comments, literals continuing across lines
 * inside brackets. The trees are printed in prefix form by {@link Chain#tree}.
 */
class ParserTest {

    @Nested
    @DisplayName("precedence and associativity")
    class Precedence {
        @ParameterizedTest(name = "{0}  parses as  {1}")
        @CsvSource(delimiter = '|', textBlock = """
                a + b + c          | (+ (+ a b) c)
                a - b - c          | (- (- a b) c)
                a - b + c          | (+ (- a b) c)
                a + b * c          | (+ a (* b c))
                a * b + c          | (+ (* a b) c)
                a * b / c          | (/ (* a b) c)
                a / b * c          | (* (/ a b) c)
                a / b / c          | (/ (/ a b) c)
                2 * 3 @ A          | (@ (* 2 3) A)
                A @ B * C          | (* (@ A B) C)
                A @ B @ C          | (@ (@ A B) C)
                A * B @ C          | (@ (* A B) C)
                a + A @ B          | (+ a (@ A B))
                A @ B - c          | (- (@ A B) c)
                -2 ^ 2             | (neg (^ 2 2))
                -a * b             | (* (neg a) b)
                a * -b             | (* a (neg b))
                a - -b             | (- a (neg b))
                --a                | (neg (neg a))
                2 ^ 3 ^ 2          | (^ 2 (^ 3 2))
                a ^ b ^ c ^ d      | (^ a (^ b (^ c d)))
                2 ^ -1             | (^ 2 (neg 1))
                2 ^ -a ^ 2         | (^ 2 (neg (^ a 2)))
                a * b ^ 2          | (* a (^ b 2))
                a ^ 2 * b          | (* (^ a 2) b)
                A.T                | (T A)
                A.T.T              | (T (T A))
                -A.T               | (neg (T A))
                A.T ^ 2            | (^ (T A) 2)
                a ^ B.T            | (^ a (T B))
                A.T @ B            | (@ (T A) B)
                (a + b) * c        | (* (+ a b) c)
                (a + b).T          | (T (+ a b))
                -(a + b) ^ 2       | (neg (^ (+ a b) 2))
                (-a) ^ 2           | (^ (neg a) 2)
                tanh(a).T          | (T (tanh a))
                tanh(a) ^ 2        | (^ (tanh a) 2)
                -tanh(a + b) * c   | (* (neg (tanh (+ a b))) c)
                1 - h1 ^ 2         | (- 1 (^ h1 2))
                """)
        void treeOf(String source, String expected) {
            assertThat(parseTree(source)).isEqualTo(expected);
        }

        @Test
        @DisplayName("the operator of a binary node records the operator's position")
        void operatorPositions() {
            Statement.Assign a = (Statement.Assign) ChainProgram.parse("z = A @ B + c").statements().get(0);
            Expr.Binary plus = (Expr.Binary) a.value();
            Expr.Binary at = (Expr.Binary) plus.left();
            assertThat(plus.column()).isEqualTo(11);
            assertThat(at.op()).isEqualTo('@');
            assertThat(at.line()).isEqualTo(1);
            assertThat(at.column()).isEqualTo(7);
        }
    }

    @Nested
    @DisplayName("values: numbers, literals, calls")
    class Values {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                1.5                  | 1.5
                -2e-3                | (neg 2e-3)
                .5                   | .5
                5.                   | 5.
                1E+3                 | 1E+3
                [1, 2, 3]            | [1.0, 2.0, 3.0]
                [1, 2, 3,]           | [1.0, 2.0, 3.0]
                [-1, +2, -3e1]       | [-1.0, 2.0, -30.0]
                [[0.5], [-0.2]]      | [[0.5], [-0.2]]
                [[1, 2], [3, 4],]    | [[1.0, 2.0], [3.0, 4.0]]
                tanh(x)              | (tanh x)
                f()                  | (f)
                full(3, 5, 0.1)      | (full 3 5 0.1)
                sum(x, axis=1, keepdims=true)   | (sum x axis=1 keepdims=true)
                sum(x, 1, keepdims=false)       | (sum x 1 keepdims=false)
                sum(keepdims=true, x=A)         | (sum keepdims=true x=A)
                leaky_relu(x, slope=-0.5)       | (leaky_relu x slope=(neg 0.5))
                grad(L, z1) * (1 - h1 ^ 2)      | (* (grad L z1) (- 1 (^ h1 2)))
                grad(grad(L, w), w)             | (grad (grad L w) w)
                """)
        void treeOf(String source, String expected) {
            assertThat(parseTree(source)).isEqualTo(expected);
        }

        @Test
        @DisplayName("a number followed by .T is the number transposed, not a decimal")
        void numberDotT() {
            assertThat(parseTree("2.T")).isEqualTo("(T 2)");
            assertThat(parseTree("2.5.T")).isEqualTo("(T 2.5)");
        }
    }

    @Nested
    @DisplayName("statements and lines")
    class Statements {
        @Test
        @DisplayName("assignments, params and checks, with their lines; comments and blank lines are skipped")
        void statementKinds() {
            List<Statement> s = ChainProgram.parse("""
                    # a comment on its own line

                    x = [[0.5], [-0.2]]   # trailing comment
                    param W = full(3, 5, 0.1)
                    \t
                    check grad(L, z1) == (W2.T @ grad(L, u2)) * (1 - h1 ^ 2)    # a claim
                    check L == 0.1010 within 5e-5
                    """).statements();
            assertThat(s).hasSize(4);
            Statement.Assign x = (Statement.Assign) s.get(0);
            assertThat(x.name()).isEqualTo("x");
            assertThat(x.param()).isFalse();
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(1);
            Statement.Assign w = (Statement.Assign) s.get(1);
            assertThat(w.param()).isTrue();
            assertThat(w.name()).isEqualTo("W");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.column()).isEqualTo(7);
            Statement.Check c1 = (Statement.Check) s.get(2);
            assertThat(c1.line()).isEqualTo(6);
            assertThat(tree(c1.left())).isEqualTo("(grad L z1)");
            assertThat(tree(c1.right())).isEqualTo("(* (@ (T W2) (grad L u2)) (- 1 (^ h1 2)))");
            assertThat(c1.tolerance()).isNull();
            assertThat(c1.source()).isEqualTo("check grad(L, z1) == (W2.T @ grad(L, u2)) * (1 - h1 ^ 2)");
            Statement.Check c2 = (Statement.Check) s.get(3);
            assertThat(tree(c2.tolerance())).isEqualTo("5e-5");
            assertThat(c2.source()).isEqualTo("check L == 0.1010 within 5e-5");
        }

        @Test
        @DisplayName("inside brackets a literal or a call continues on the next lines")
        void continuationInsideBrackets() {
            List<Statement> s = ChainProgram.parse("""
                    W = [[1, 2],
                         [3, 4]]
                    y = tanh(
                        W
                    )
                    check W == [[1, 2],
                                [3, 4]]   # continued check
                    """).statements();
            assertThat(s).hasSize(3);
            assertThat(tree(((Statement.Assign) s.get(0)).value())).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
            assertThat(s.get(1).line()).isEqualTo(3);
            assertThat(tree(((Statement.Assign) s.get(1)).value())).isEqualTo("(tanh W)");
            Statement.Check c = (Statement.Check) s.get(2);
            assertThat(c.line()).isEqualTo(6);
            assertThat(c.source()).isEqualTo("check W == [[1, 2], [3, 4]]");
            // a comment or a blank line inside the brackets leaves no gap in the source
            Statement.Check spaced = (Statement.Check) ChainProgram.parse("x = 2\ncheck x == (1 +\n# one more\n\n 1)")
                    .statements().get(1);
            assertThat(spaced.source()).isEqualTo("check x == (1 + 1)");
        }

        @Test
        @DisplayName("Windows line ends, tabs and a missing final newline are fine")
        void lineEnds() {
            List<Statement> s = ChainProgram.parse("x = 1\r\n\ty\t=\tx * 2\r\nL = y").statements();
            assertThat(s).extracting(Statement::line).containsExactly(1, 2, 3);
            assertThat(tree(((Statement.Assign) s.get(1)).value())).isEqualTo("(* x 2)");
            Statement.Check last = (Statement.Check) ChainProgram.parse("x = 1\ncheck x == 1").statements().get(1);
            assertThat(last.source()).as("a check on the last line, with no newline after it").isEqualTo("check x == 1");
        }

        @Test
        @DisplayName("an empty or comment-only program parses to no statements")
        void empty() {
            assertThat(ChainProgram.parse("").statements()).isEmpty();
            assertThat(ChainProgram.parse("# nothing\n\n   # here\n").statements()).isEmpty();
        }

        @Test
        @DisplayName("'check', 'param' and 'within' are recognised only where the grammar expects them")
        void contextualKeywords() {
            List<Statement> s = ChainProgram.parse("check x == y within t\nparam p = within_x").statements();
            Statement.Check c = (Statement.Check) s.get(0);
            assertThat(tree(c.left())).isEqualTo("x");
            assertThat(tree(c.right())).isEqualTo("y");
            assertThat(tree(c.tolerance())).isEqualTo("t");
            assertThat(tree(((Statement.Assign) s.get(1)).value())).isEqualTo("within_x");
        }
    }
}
