package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * {@code chainrule grad FILE|- [--of NAME] [--lr ETA] [--format text|markdown|latex|json|dot|svg|png] [--precision N]}:
 * evaluates a {@code .chain} program, differentiates its target and prints the derivation. Exit status 0 when every
 * check passes, 1 when one fails, 2 for an unreadable file, an error in the program or bad arguments — then
 * nothing is printed on stdout and the error goes to stderr as {@code FILE:LINE:COL: message}, the line and a caret.
 */
public final class GradCommand {
    static final String USAGE = "usage: chainrule grad FILE|- [--of NAME] [--lr ETA] "
            + "[--format text|markdown|latex|json|dot|svg|png] [--precision N]";

    private GradCommand() {
    }

    /** Runs the command; {@code stdin} is read for the file {@code -}. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return run(args, stdin, out, err, Graphviz.fromEnvironment());
    }

    /** Runs the command with {@code graphviz} for {@code --format svg} and {@code png}. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Graphviz graphviz) {
        GradOptions options;
        try {
            options = GradOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("chainrule grad: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        if (Formats.needsGraphviz(options.format()) && graphviz.find().isEmpty()) {
            err.println("chainrule grad: " + Graphviz.missing(options.format()));
            return 2;
        }
        String source;
        try {
            source = options.file().equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(options.file()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("chainrule grad: cannot read " + options.file() + ": " + describe(e));
            return 2;
        }
        String name = options.file().equals("-") ? "<stdin>" : options.file();
        try {
            Evaluation e = ChainProgram.parse(source).evaluate(options.of());
            Derivation d = new Derivation(name, source, e,
                    options.lr() == null ? OptionalDouble.empty() : OptionalDouble.of(options.lr()), options.precision());
            byte[] report = Formats.render(options.format(), d, graphviz);
            out.write(report, 0, report.length);
            out.flush();
            return e.passed() ? 0 : 1;
        } catch (ChainException e) {
            if (e.isAboutTarget() && e.line() == 0) {
                err.println("chainrule grad: --of " + options.of() + ": " + e.getMessage());
            } else {
                err.println(e.render(name, source) + (e.isAboutTarget() ? "\n(--of NAME differentiates another value)" : ""));
            }
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("chainrule grad: " + e.getMessage());
            return 2;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
