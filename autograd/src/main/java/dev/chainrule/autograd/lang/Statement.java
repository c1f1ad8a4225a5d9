package dev.chainrule.autograd.lang;

/** One line of a {@code .chain} program: an assignment or a check. */
public sealed interface Statement {
    /** The 1-based line the statement starts on. */
    int line();

    /** {@code [param] name = expr}. */
    record Assign(String name, boolean param, Expr value, int line, int column) implements Statement {
    }

    /**
     * {@code check left == right [within tolerance]}.
     *
     * @param source the statement's text, without its comment
     */
    record Check(Expr left, Expr right, Expr tolerance, String source, int line, int column) implements Statement {
    }
}
