package dev.chainrule.demos.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one run of the command, so that tests run it in process.
 *
 * @param in  standard input (a program given as {@code -})
 * @param out standard output: results only
 * @param err standard error: messages, progress
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {
    /** The process's own streams. */
    public static Io system() {
        return new Io(System.in, System.out, System.err);
    }
}
