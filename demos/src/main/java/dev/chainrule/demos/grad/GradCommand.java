package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.DeepStack;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Limits;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule grad FILE|- [--of NAME] [--lr ETA] [--format text|markdown|latex|json|dot|svg|png] [--precision N]}:
 * evaluates a {@code .chain} program, differentiates its target and prints the derivation. Exit status 0 when every
 * check passes, 1 when one fails or a number becomes NaN or infinite, 2 for an unreadable file, an error in the
 * program or bad arguments — then nothing is printed on stdout and the error goes to stderr as
 * {@code FILE:LINE:COL: message}, the line and a caret.
 *
 * <pre>{@code
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --lr 0.1 --format markdown
 * }</pre>
 */
@Command(name = "grad", sortOptions = false,
        description = {"Check a hand derivation written as a .chain program: every value, every gradient, the local "
                + "derivative of every step, and a verdict on each check.",
                "Exit status: 0 when every check holds, 1 when one fails or a number becomes NaN or infinite, 2 for "
                        + "an error in the program or the arguments."})
public final class GradCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    private HelpOption help;

    static final List<String> FORMATS = List.of("text", "markdown", "latex", "json", "dot", "svg", "png");

    @Parameters(paramLabel = "FILE|-", arity = "0..*", hideParamSyntax = true, description = "the .chain program, or - to read it from standard input")
    private List<String> files = List.of();

    @Option(names = "--of", paramLabel = "NAME", description = "differentiate this value (default: the last assigned)")
    private String of;

    @Option(names = "--lr", paramLabel = "ETA", converter = Converters.FiniteDouble.class,
            description = "also show every param after one step θ − η ∂L/∂θ")
    private Double lr;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Formats.Names.class,
            description = "text, markdown, latex, json, dot, svg or png (svg and png need Graphviz); default ${DEFAULT-VALUE}")
    private String format;

    @Option(names = "--precision", paramLabel = "N", defaultValue = "6", converter = Converters.WholeNumber.class,
            description = "decimals shown by text, markdown, latex and dot (0 to 17); default ${DEFAULT-VALUE}")
    private int precision;

    @Option(names = "--full", description = "show large values (over 1000 elements) and every step in full, not summarised")
    private boolean full;

    @Option(names = "--max-source", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "refuse programs longer than N characters; default ${DEFAULT-VALUE}", defaultValue = "1000000")
    private long maxSource;

    @Option(names = "--max-elements", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "refuse programs whose values hold more than N elements in all; default ${DEFAULT-VALUE}",
            defaultValue = "20000000")
    private long maxElements;

    @Option(names = "--max-flops", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "refuse programs whose matrix products (with their gradients) take more than N floating-point "
                    + "operations; default ${DEFAULT-VALUE}", defaultValue = "20000000000")
    private long maxFlops;

    private final Io io;
    private final Graphviz graphviz;

    /** The command on {@code io}, with Graphviz looked up on the environment's {@code PATH}. */
    public GradCommand(Io io) {
        this(io, Graphviz.fromEnvironment());
    }

    GradCommand(Io io, Graphviz graphviz) {
        this.io = io;
        this.graphviz = graphviz;
    }

    /** Runs {@code chainrule grad} with {@code args} on its own (the tests' way in), with {@code graphviz}. */
    static int run(String[] args, Io io, Graphviz graphviz) {
        return Cli.of(new GradCommand(io, graphviz), io).setCommandName("chainrule grad").execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty()) {
            throw new UsageError("no program given (a .chain file, or - for standard input)");
        }
        if (files.size() > 1) {
            throw new UsageError("one program at a time: got " + String.join(" and ", files));
        }
        String file = files.get(0);
        if (!FORMATS.contains(format)) {
            throw new UsageError("--format " + format + ": unknown format (one of " + String.join(", ", FORMATS) + ")");
        }
        if (precision < 0 || precision > 17) {
            throw new UsageError("--precision " + precision + ": must be between 0 and 17");
        }
        if (Formats.needsGraphviz(format) && graphviz.find().isEmpty()) {
            io.err().println("chainrule grad: " + Graphviz.missing(format));
            return Cli.ERROR;
        }
        Limits limits = new Limits(maxSource, maxElements, maxFlops);
        String source;
        try {
            source = ProgramText.read(file.equals("-") ? io.in() : Files.newInputStream(Path.of(file)), limits.sourceChars());
        } catch (ProgramText.TooLong x) {
            io.err().println("chainrule grad: " + file + ": the program is longer than " + limits.sourceChars()
                    + " characters (" + hint(Limits.Kind.SOURCE_CHARS, limits) + ")");
            return Cli.ERROR;
        } catch (IOException | RuntimeException x) {
            io.err().println("chainrule grad: cannot read " + file + ": " + describe(x));
            return Cli.ERROR;
        }
        String name = file.equals("-") ? "<stdin>" : file;
        Evaluation e;
        try {
            e = ChainProgram.parse(source, limits).evaluate(of);
        } catch (ChainException x) {
            if (x.isAboutTarget() && x.line() == 0) {
                io.err().println("chainrule grad: --of " + of + ": " + x.getMessage());
            } else {
                io.err().println(x.render(name, source) + (x.isAboutTarget() ? "\n(--of NAME differentiates another value)"
                        : x.limit().map(k -> "\n(" + hint(k, limits) + ")").orElse("")));
            }
            return Cli.ERROR;
        }
        Derivation d = new Derivation(name, source, e, lr == null ? OptionalDouble.empty() : OptionalDouble.of(lr),
                precision, full);
        byte[] report = DeepStack.run(() -> Formats.render(format, d, graphviz));
        io.out().write(report, 0, report.length);
        io.out().flush();
        return e.passed() ? Cli.OK : Cli.FAILED;
    }

    /** How to raise limit {@code kind}, e.g. {@code raise the limit with --max-elements 40000000}. */
    private static String hint(Limits.Kind kind, Limits limits) {
        String flag = switch (kind) {
            case SOURCE_CHARS -> "--max-source";
            case ELEMENTS -> "--max-elements";
            case FLOPS -> "--max-flops";
        };
        return "the limit of " + kind.what() + " is " + limits.of(kind) + "; raise it with " + flag + " "
                + 2 * limits.of(kind);
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
