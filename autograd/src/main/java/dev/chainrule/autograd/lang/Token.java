package dev.chainrule.autograd.lang;

/** One lexical token of a {@code .chain} program, with its 1-based position. */
record Token(Kind kind, String text, int line, int column) {
    enum Kind {
        NUMBER, NAME, NEWLINE, END,
        ASSIGN("="), EQUALS("=="), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), AT("@"), CARET("^"),
        LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), COMMA(","), DOT(".");

        final String symbol;

        Kind() {
            this.symbol = null;
        }

        Kind(String symbol) {
            this.symbol = symbol;
        }
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    /** How the token reads in a message: {@code '='}, {@code name 'z1'}, {@code end of line}. */
    String describe() {
        return switch (kind) {
            case NUMBER -> "number " + text;
            case NAME -> "'" + text + "'";
            case NEWLINE -> "end of line";
            case END -> "end of file";
            default -> "'" + kind.symbol + "'";
        };
    }
}
