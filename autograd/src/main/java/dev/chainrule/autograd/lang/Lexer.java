package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.lang.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a {@code .chain} program into tokens. {@code #} starts a comment; a line end ends a statement except
 * inside brackets or parentheses, where a long matrix literal may continue on the next line.
 */
final class Lexer {
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final Deque<Token> open = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            int col = pos - lineStart + 1;
            if (c == '\n') {
                if (open.isEmpty()) {
                    add(Kind.NEWLINE, "\n", col);
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                number(col);
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                add(Kind.NAME, src.substring(start, pos), col);
            } else {
                symbol(c, col);
            }
        }
        if (!open.isEmpty()) {
            Token t = open.peek();
            throw new ChainException(t.line(), t.column(), "unbalanced brackets: this " + t.describe()
                    + " is never closed");
        }
        add(Kind.NEWLINE, "\n", pos - lineStart + 1);
        add(Kind.END, "", pos - lineStart + 1);
        return out;
    }

    private void number(int col) {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        boolean attribute = pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1));
        if (pos < src.length() && src.charAt(pos) == '.' && !attribute) {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                throw new ChainException(line, mark - lineStart + 1, "malformed number '" + src.substring(start, pos)
                        + "': an exponent needs digits, as in 2e-3");
            }
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw new ChainException(line, pos - lineStart + 1, "malformed number: '" + src.substring(start, pos)
                    + "' is followed by '" + src.charAt(pos) + "' (names cannot start with a digit)");
        }
        add(Kind.NUMBER, src.substring(start, pos), col);
    }

    private void symbol(char c, int col) {
        Kind kind = switch (c) {
            case '=' -> pos + 1 < src.length() && src.charAt(pos + 1) == '=' ? Kind.EQUALS : Kind.ASSIGN;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '@' -> Kind.AT;
            case '^' -> Kind.CARET;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            default -> throw new ChainException(line, col, "unexpected character '" + c + "'"
                    + (c == '*' ? "" : c == '!' || c == '<' || c == '>' ? " (checks compare with ==)" : ""));
        };
        Token t = add(kind, kind.symbol, col);
        pos += kind.symbol.length();
        if (kind == Kind.LPAREN || kind == Kind.LBRACKET) {
            open.push(t);
        } else if (kind == Kind.RPAREN || kind == Kind.RBRACKET) {
            Kind expected = kind == Kind.RPAREN ? Kind.LPAREN : Kind.LBRACKET;
            if (open.isEmpty()) {
                throw new ChainException(line, col, "unbalanced brackets: " + t.describe() + " has no matching opening "
                        + (expected == Kind.LPAREN ? "'('" : "'['"));
            }
            Token o = open.pop();
            if (o.kind() != expected) {
                throw new ChainException(line, col, "unbalanced brackets: " + t.describe() + " closes the "
                        + o.describe() + " opened at " + o.line() + ":" + o.column());
            }
        }
    }

    private Token add(Kind kind, String text, int col) {
        Token t = new Token(kind, text, line, col);
        out.add(t);
        return t;
    }
}
