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
            } else if (isDigit(c) || (c == '.' && isDigitAt(pos + 1))) {
                number(col);
            } else if (isNameStart(c)) {
                int start = pos;
                while (pos < src.length() && (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
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
        while (isDigitAt(pos)) {
            pos++;
        }
        boolean attribute = pos + 1 < src.length() && isNameStart(src.charAt(pos + 1));
        if (pos < src.length() && src.charAt(pos) == '.' && !attribute) {
            pos++;
            while (isDigitAt(pos)) {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '.' && isDigitAt(pos + 1)) {
                int end = pos + 1;
                while (end < src.length() && (isDigit(src.charAt(end)) || src.charAt(end) == '.')) {
                    end++;
                }
                throw new ChainException(line, col, "malformed number '" + src.substring(start, end)
                        + "': a number has at most one decimal point");
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (isDigitAt(pos)) {
                while (isDigitAt(pos)) {
                    pos++;
                }
            } else {
                throw new ChainException(line, mark - lineStart + 1, "malformed number '" + src.substring(start, pos)
                        + "': an exponent needs digits, as in 2e-3");
            }
        }
        if (pos < src.length() && isNameStart(src.charAt(pos))) {
            throw new ChainException(line, pos - lineStart + 1, "malformed number: '" + src.substring(start, pos)
                    + "' is followed by '" + src.charAt(pos) + "' (names cannot start with a digit)");
        }
        String text = src.substring(start, pos);
        if (Double.isInfinite(Double.parseDouble(text))) {
            throw new ChainException(line, col, "number " + text + " is too large: the largest is about 1.8e308");
        }
        add(Kind.NUMBER, text, col);
    }

    /** Names and numbers are ASCII, as the contract says: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isDigitAt(int i) {
        return i < src.length() && isDigit(src.charAt(i));
    }

    /** An unexpected character as a message shows it: {@code '$'}, or {@code U+00A0} when it cannot be seen. */
    private static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        int type = Character.getType(cp);
        boolean invisible = Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.UNASSIGNED || type == Character.FORMAT || type == Character.SURROGATE;
        return invisible ? code : "'" + Character.toString(cp) + "'" + (cp > 127 ? " (" + code + ")" : "");
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
            default -> {
                int cp = src.codePointAt(pos);
                throw new ChainException(line, col, "unexpected character " + describe(cp)
                        + (c == '!' || c == '<' || c == '>' ? " (checks compare with ==)"
                        : c == ';' ? " (one statement a line)"
                        : Character.isLetterOrDigit(cp) ? " (names and numbers use ASCII letters, digits and _)" : ""));
            }
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
