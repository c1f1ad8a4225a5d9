package dev.chainrule.demos;

import dev.chainrule.demos.data.DataCommand;
import dev.chainrule.demos.grad.GradCommand;
import java.io.PrintStream;

/**
 * The {@code chainrule} command. Each subcommand returns an exit status; no stack trace reaches the user.
 *
 * <pre>{@code
 * ./chainrule example     # seed 000, Exercise 1 with the Java API
 * }</pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line {@code args}; returns the exit status (0 ok, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(usage());
            return 0;
        }
        try {
            return switch (args[0]) {
                case "grad" -> GradCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.in, out, err);
                case "data" -> DataCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
                case "example" -> {
                    Seed000Step.run(out);
                    yield 0;
                }
                default -> {
                    err.println("chainrule: unknown command '" + args[0] + "'");
                    err.print(usage());
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("chainrule: " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static String usage() {
        return """
                usage: chainrule COMMAND [ARGS]
                  grad FILE  check a hand derivation written as a .chain program (chainrule grad --help)
                  example    seed 000 Exercise 1 with the Java API: values, every δ, the SGD update
                  data NAME  a seed's dataset as CSV, scikit-learn's numbers (chainrule data --help)
                """;
    }
}
