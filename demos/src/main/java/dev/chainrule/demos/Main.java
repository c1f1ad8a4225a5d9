package dev.chainrule.demos;

import dev.chainrule.demos.data.DataCommand;
import dev.chainrule.demos.bench.BenchCommand;
import dev.chainrule.demos.grad.GradCommand;
import java.io.PrintStream;

/**
 * The {@code chainrule} command. Each subcommand returns an exit status; no stack trace reaches the user.
 *
 * <pre>{@code
 * ./chainrule example     # seed 000, Exercise 1 with the Java API
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --lr 0.1 --format markdown
 * ./chainrule shell       # jshell: var W1 = param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}})
 * }</pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line {@code args}; returns the exit status (0 ok, 1 a check failed, 2 an error). No stack trace is printed. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(usage());
            return 0;
        }
        try {
            return switch (args[0]) {
                case "grad" -> GradCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.in, out, err);
                case "shell" -> {
                    err.println("chainrule: shell is started by the ./chainrule launcher, which runs jshell with this jar"
                            + " on the class path: ./chainrule shell");
                    yield 2;
                }
                case "data" -> DataCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
                case "bench" -> BenchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
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
        } catch (OutOfMemoryError e) {
            err.println("chainrule: " + args[0] + ": out of memory (give the JVM more with JAVA_TOOL_OPTIONS=-Xmx4g)");
            return 2;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("chainrule: " + args[0] + ": " + (e.getMessage() != null ? e.getMessage()
                    : "internal error (" + e.getClass().getSimpleName() + "); please report it"));
            return 2;
        }
    }

    private static String usage() {
        return """
                usage: chainrule COMMAND [ARGS]
                  grad FILE  check a hand derivation written as a .chain program (chainrule grad --help)
                  example    seed 000 Exercise 1 with the Java API: values, every δ, the SGD update
                  shell      jshell with chainrule on the class path and Tensor's factories imported
                  data NAME  a seed's dataset as CSV, scikit-learn's numbers (chainrule data --help)
                  bench      time the benchmark workloads (chainrule bench --help)
                """;
    }
}
