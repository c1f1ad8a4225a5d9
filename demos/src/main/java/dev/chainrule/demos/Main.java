package dev.chainrule.demos;

import dev.chainrule.demos.bench.BenchCommand;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.data.DataCommand;
import dev.chainrule.demos.exercise.ExerciseCommand;
import dev.chainrule.demos.exercise.GradeCommand;
import dev.chainrule.demos.grad.GradCommand;
import dev.chainrule.demos.seeds.DemoCommand;
import dev.chainrule.demos.studio.StudioCommand;
import dev.chainrule.demos.train.PredictCommand;
import dev.chainrule.demos.train.TrainCommand;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chainrule} command. Each subcommand returns an exit status (0 ok, 1 a check failed, 2 an error); no
 * stack trace reaches the user. {@code chainrule --help} lists the commands, {@code chainrule CMD --help} explains one.
 *
 * <pre>{@code
 * ./chainrule example     # seed 000, Exercise 1 with the Java API
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --lr 0.1 --format markdown
 * ./chainrule shell       # jshell: var W1 = param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}})
 * ./chainrule studio --open           # the derivation and the Playground in a browser
 * source <(./chainrule completion)    # tab completion in bash and zsh
 * }</pre>
 */
@Command(name = "chainrule", mixinStandardHelpOptions = true, version = "chainrule 0.1.0",
        description = "Reverse-mode autograd for checking hand derivations of backpropagation.",
        footer = {"", "Exit status: 0 ok, 1 a check failed, 2 an error. 'chainrule COMMAND --help' explains each command."})
public final class Main implements Callable<Integer> {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private final Io io;

    private Main(Io io) {
        this.io = io;
    }

    public static void main(String[] args) {
        System.exit(run(args, Io.system()));
    }

    /** Runs the command line {@code args}; returns the exit status. No stack trace is printed. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Io(System.in, out, err));
    }

    /** Runs the command line {@code args} on {@code io}; returns the exit status. No stack trace is printed. */
    public static int run(String[] args, Io io) {
        try {
            return commandLine(io).execute(args);
        } catch (OutOfMemoryError e) {
            io.err().println("chainrule: " + command(args) + ": out of memory: the input needs more than the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB this JVM may use");
            return Cli.ERROR;
        } catch (StackOverflowError e) {
            io.err().println("chainrule: " + command(args) + ": the input is nested too deeply");
            return Cli.ERROR;
        }
    }

    /** The whole command line: every subcommand, on {@code io}. */
    static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Main(io));
        cl.addSubcommand(new GradCommand(io));
        cl.addSubcommand(new ExampleCommand(io));
        cl.addSubcommand(new ShellCommand(io));
        cl.addSubcommand(new DataCommand(io));
        cl.addSubcommand(new TrainCommand(io));
        cl.addSubcommand(new PredictCommand(io));
        cl.addSubcommand(new BenchCommand(io));
        cl.addSubcommand(new DemoCommand(io));
        cl.addSubcommand(new ExerciseCommand(io));
        cl.addSubcommand(new GradeCommand(io));
        cl.addSubcommand(new StudioCommand(io));
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion()).setCommandName("completion");
        completion.getCommandSpec().usageMessage().description(
                "Print a bash/zsh completion script for chainrule: source <(./chainrule completion)");
        cl.addSubcommand("completion", completion);
        return Cli.configure(cl, io);
    }

    private static String command(String[] args) {
        return args.length == 0 ? "chainrule" : args[0];
    }

    /** {@code chainrule} alone prints the help. */
    @Override
    public Integer call() {
        io.out().print(spec.commandLine().getUsageMessage());
        return Cli.OK;
    }

    /** {@code chainrule example}: the README's example. */
    @Command(name = "example",
            description = "Seed 000 Exercise 1 with the Java API: values, every δ, the SGD update with η = 0.1.")
    static final class ExampleCommand implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        private HelpOption help;

        private final Io io;

        ExampleCommand(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Seed000Step.run(io.out());
            return Cli.OK;
        }
    }

    /** {@code chainrule shell}: only the launcher can start jshell with the jar; here it says so. */
    @Command(name = "shell",
            description = "jshell with chainrule on the class path and its packages imported (started by ./chainrule).")
    static final class ShellCommand implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        private HelpOption help;

        private final Io io;

        ShellCommand(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            io.err().println("chainrule: shell is started by the ./chainrule launcher, which runs jshell with this jar"
                    + " on the class path: ./chainrule shell");
            return Cli.ERROR;
        }
    }
}
