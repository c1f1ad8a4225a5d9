package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.lang.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the {@code .chain} grammar. Operators, loosest first: {@code + -}, then
 * {@code * / @}, unary {@code -}, {@code ^} (right-associative), postfix {@code .T}, then calls, names, numbers,
 * literals and parentheses.
 */
final class Parser {
    /** Deeper nesting than this is refused with a message rather than risking the stack. */
    static final int MAX_DEPTH = 50_000;

    private final List<Token> tokens;
    private final String[] lines;
    private final long maxElements;
    private int at;
    private int depth;
    /** Numbers written in literals so far, counted against the element limit. */
    private long literalElements;

    private Parser(List<Token> tokens, String source, long maxElements) {
        this.tokens = tokens;
        this.lines = source.split("\r?\n", -1);
        this.maxElements = maxElements;
    }

    static List<Statement> parse(String source, Limits limits) {
        if (source.length() > limits.sourceChars()) {
            throw ChainException.overLimit(1, 1, "the program is " + source.length() + " characters long, more than the"
                    + " limit of " + limits.sourceChars(), Limits.Kind.SOURCE_CHARS);
        }
        return new Parser(Lexer.tokens(source), source, limits.elements()).program();
    }

    /** One expression, alone on its line (the formulas of the ops' rules are written in the same syntax). */
    static Expr expression(String source) {
        Parser p = new Parser(Lexer.tokens(source), source, Long.MAX_VALUE);
        Expr e = p.expr();
        Token end = p.peek();
        if (!end.is(Kind.NEWLINE)) {
            throw error(end, "unexpected " + end.describe() + " after a complete expression");
        }
        return e;
    }

    private List<Statement> program() {
        List<Statement> statements = new ArrayList<>();
        while (!peek().is(Kind.END)) {
            if (peek().is(Kind.NEWLINE)) {
                at++;
                continue;
            }
            statements.add(statement());
            Token end = peek();
            if (!end.is(Kind.NEWLINE)) {
                throw error(end, "unexpected " + end.describe() + " after a complete statement (one statement a line)");
            }
        }
        return statements;
    }

    private Statement statement() {
        Token first = peek();
        if (first.isName("check")) {
            at++;
            return check(first);
        }
        boolean param = first.isName("param");
        if (param) {
            at++;
        }
        Token name = peek();
        if (!name.is(Kind.NAME)) {
            throw error(name, "expected a name to assign" + (param ? " after 'param'" : "") + ", found " + name.describe());
        }
        at++;
        Token eq = peek();
        if (eq.is(Kind.EQUALS)) {
            throw error(eq, "'==' compares only in a check: write 'check " + name.text() + " == ...' or assign with '='");
        }
        if (!eq.is(Kind.ASSIGN)) {
            throw error(eq, "missing '=': expected '" + name.text() + " = expression', found " + eq.describe());
        }
        at++;
        if (peek().is(Kind.NEWLINE)) {
            throw error(peek(), "missing expression after '" + name.text() + " ='");
        }
        return new Statement.Assign(name.text(), param, expr(), name.line(), name.column());
    }

    private Statement check(Token keyword) {
        Expr left = expr();
        Token eq = peek();
        if (!eq.is(Kind.EQUALS)) {
            throw error(eq, "a check needs '==': 'check A == B [within TOL]', found " + eq.describe());
        }
        at++;
        Expr right = expr();
        Expr tolerance = null;
        if (peek().isName("within")) {
            at++;
            tolerance = expr();
        }
        return new Statement.Check(left, right, tolerance, sourceOf(keyword.line(), tokens.get(at - 1).line()),
                keyword.line(), keyword.column());
    }

    private String sourceOf(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to && l <= lines.length; l++) {
            String text = lines[l - 1];
            int hash = text.indexOf('#');
            String code = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (!code.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(code);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ expressions

    private Expr expr() {
        Expr left = term();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Token op = next();
            left = new Expr.Binary(op.text().charAt(0), left, term(), op.line(), op.column());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().is(Kind.STAR) || peek().is(Kind.SLASH) || peek().is(Kind.AT)) {
            Token op = next();
            left = new Expr.Binary(op.text().charAt(0), left, unary(), op.line(), op.column());
        }
        return left;
    }

    /** Every nested expression passes through here, so this is where nesting depth is counted. */
    private Expr unary() {
        Token t = peek();
        if (++depth > MAX_DEPTH) {
            throw error(t, "expression nested more than " + MAX_DEPTH + " levels deep");
        }
        Expr e;
        if (t.is(Kind.MINUS) || t.is(Kind.PLUS)) {
            at++;
            e = new Expr.Negate(unary(), t.is(Kind.MINUS), t.line(), t.column());
        } else {
            e = power();
        }
        depth--;
        return e;
    }

    private Expr power() {
        Expr base = postfix();
        if (peek().is(Kind.CARET)) {
            Token op = next();
            return new Expr.Binary('^', base, unary(), op.line(), op.column());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek().is(Kind.DOT)) {
            Token dot = next();
            Token attr = peek();
            if (!attr.isName("T")) {
                throw error(attr, "unknown attribute " + (attr.is(Kind.NAME) ? "'." + attr.text() + "'" : "after '.'")
                        + ": only '.T' (transpose) exists");
            }
            at++;
            e = new Expr.Transposed(e, dot.line(), dot.column());
        }
        return e;
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(Double.parseDouble(t.text()), t.text(), t.line(), t.column());
            case NAME:
                if (t.text().equals("true") || t.text().equals("false")) {
                    return new Expr.Bool(t.text().equals("true"), t.line(), t.column());
                }
                return peek().is(Kind.LPAREN) ? call(t) : new Expr.Name(t.text(), t.line(), t.column());
            case LPAREN: {
                Expr inner = expr();
                expect(Kind.RPAREN, "')' to close the '(' at " + t.line() + ":" + t.column());
                return inner;
            }
            case LBRACKET:
                return literal(t);
            default:
                throw error(t, t.is(Kind.NEWLINE) || t.is(Kind.END) ? "expression ends too early"
                        : "expected a value (a number, a name, a call, '(' or '['), found " + t.describe());
        }
    }

    private Expr call(Token name) {
        at++; // '('
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (!peek().is(Kind.RPAREN)) {
            do {
                Token t = peek();
                if (t.is(Kind.NAME) && tokens.get(at + 1).is(Kind.ASSIGN)) {
                    at += 2;
                    keywords.add(new Expr.Keyword(t.text(), expr(), t.line(), t.column()));
                } else if (!keywords.isEmpty()) {
                    throw error(t, "a positional argument cannot follow a keyword argument in " + name.text() + "(...)");
                } else {
                    args.add(expr());
                }
            } while (accept(Kind.COMMA));
        }
        expect(Kind.RPAREN, "',' or ')' in the arguments of " + name.text() + "(...)");
        return new Expr.Call(name.text(), args, keywords, name.line(), name.column());
    }

    private Expr literal(Token open) {
        if (peek().is(Kind.LBRACKET)) {
            List<double[]> rows = new ArrayList<>();
            List<Token> starts = new ArrayList<>();
            do {
                Token rowStart = peek();
                expect(Kind.LBRACKET, "'[' to start a row of the matrix literal");
                starts.add(rowStart);
                rows.add(numbers(rowStart));
            } while (accept(Kind.COMMA) && !peek().is(Kind.RBRACKET));
            expect(Kind.RBRACKET, "']' to close the matrix literal opened at " + open.line() + ":" + open.column());
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).length != rows.get(0).length) {
                    int n = rows.get(i).length;
                    throw error(starts.get(i), "ragged matrix literal: row " + (i + 1) + " has " + n
                            + (n == 1 ? " element" : " elements") + " but row 1 has " + rows.get(0).length);
                }
            }
            return new Expr.Literal(null, rows.toArray(double[][]::new), open.line(), open.column());
        }
        return new Expr.Literal(numbers(open), null, open.line(), open.column());
    }

    /** Numbers up to and including the closing ']'. */
    private double[] numbers(Token open) {
        List<Double> values = new ArrayList<>();
        if (peek().is(Kind.RBRACKET)) {
            throw error(open, "empty literal '[]': a vector or matrix row needs at least one number");
        }
        do {
            if (peek().is(Kind.RBRACKET)) {
                break; // trailing comma
            }
            Token t = next();
            double sign = 1;
            if (t.is(Kind.MINUS) || t.is(Kind.PLUS)) {
                sign = t.is(Kind.MINUS) ? -1 : 1;
                t = next();
            }
            if (!t.is(Kind.NUMBER)) {
                throw error(t, t.is(Kind.LBRACKET) ? "a matrix literal is a list of rows of numbers; rows cannot nest further"
                        : "literals hold numbers only, found " + t.describe() + " (build other values with expressions)");
            }
            values.add(sign * Double.parseDouble(t.text()));
            if (++literalElements > maxElements) {
                throw ChainException.overLimit(t.line(), t.column(), "too large: the literals hold more than the limit of "
                        + maxElements + " elements", Limits.Kind.ELEMENTS);
            }
        } while (accept(Kind.COMMA));
        expect(Kind.RBRACKET, "',' or ']' in the literal opened at " + open.line() + ":" + open.column());
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ------------------------------------------------------------------ helpers

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (!t.is(Kind.END)) {
            at++;
        }
        return t;
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) {
        Token t = peek();
        if (!t.is(kind)) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        at++;
    }

    private static ChainException error(Token t, String message) {
        return new ChainException(t.line(), t.column(), message);
    }
}
