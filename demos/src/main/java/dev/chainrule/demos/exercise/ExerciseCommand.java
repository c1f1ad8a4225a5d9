package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.lang.ExprText;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule exercise [NAME --variants N --seed S --out DIR [--format markdown|latex] [--find-the-error]]}:
 * without NAME, lists the templates; with it, writes variants {@code 1} to {@code N} of the template into
 * {@code DIR/k/}: {@code exercise.md} (the question sheet), {@code solution.md} (the worked solution),
 * {@code program.chain} (what everything is computed from) and {@code key.json} (the answers, for
 * {@code chainrule grade}); {@code .tex} instead of {@code .md} with {@code --format latex}; and, for
 * {@code --find-the-error}, {@code attempt.chain}, the worked solution with its planted mistake. The same template,
 * seed and count give byte-identical files.
 *
 * <pre>{@code
 * ./chainrule exercise
 * ./chainrule exercise seed000-ex1 --variants 30 --seed 7 --out exam
 * ./chainrule exercise seed001-q2 --variants 5 --seed 1 --out quiz --format latex --find-the-error
 * }</pre>
 */
@Command(name = "exercise", sortOptions = false,
        description = {"Fresh variants of the course's hand derivations: a question sheet, a worked solution, the "
                + ".chain program and an answer key each.", "Without NAME, list the templates."})
public final class ExerciseCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = Names.class,
            description = "the template (see the list)")
    private String name;

    @Option(names = "--variants", paramLabel = "N", defaultValue = "1", converter = Converters.WholeNumber.class,
            description = "how many variants, 1 to " + ExerciseCommand.MAX_VARIANTS + "; default ${DEFAULT-VALUE}")
    private int variants;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", converter = Converters.Seed.class,
            description = "the seed, 0 to 4294967295: the same seed gives the same variants; default ${DEFAULT-VALUE}")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write: DIR/1/, DIR/2/, ...")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            completionCandidates = Formats.class, description = "markdown or latex; default ${DEFAULT-VALUE}")
    private String format;

    @Option(names = "--find-the-error",
            description = "give a worked solution with one planted mistake to find (its key names the step)")
    private boolean findTheError;

    /** The most variants one command makes. */
    static final int MAX_VARIANTS = 1000;

    private final Io io;

    public ExerciseCommand(Io io) {
        this.io = io;
    }

    /** The templates' names, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Templates.ALL.stream().map(Template::name).iterator();
        }
    }

    /** The sheets' formats, for shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("markdown", "latex").iterator();
        }
    }

    @Override
    public Integer call() {
        if (name == null) {
            if (out != null || findTheError) {
                throw new UsageError("which template? 'chainrule exercise' without options lists them");
            }
            list();
            return Cli.OK;
        }
        Template template = Templates.find(name).orElseThrow(() -> new UsageError("unknown template '" + name
                + "'; 'chainrule exercise' lists them"));
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new UsageError("--variants " + variants + ": must be from 1 to " + MAX_VARIANTS);
        }
        if (!List.of("markdown", "latex").contains(format)) {
            throw new UsageError("--format " + format + ": a sheet is markdown or latex");
        }
        if (out == null) {
            throw new UsageError("--out DIR is needed: the directory to write the variants into");
        }
        Markup markup = Markup.of(format);
        String ext = markup.extension();
        try {
            for (int k = 1; k <= variants; k++) {
                Variant v = Variants.make(template, seed, k, findTheError);
                Path dir = out.resolve(String.valueOf(k));
                write(dir, "exercise." + ext, ExerciseSheet.render(v, markup));
                write(dir, "solution." + ext, SolutionSheet.render(v, markup));
                write(dir, Variants.PROGRAM, v.program());
                write(dir, "key.json", v.key().json());
                if (v.planted() != null) {
                    write(dir, "attempt.chain", attempt(v, ext));
                }
            }
        } catch (CannotWrite e) {
            io.err().println("chainrule exercise: " + e.getMessage());
            return Cli.ERROR;
        }
        io.out().println("Wrote " + variants + (variants == 1 ? " variant" : " variants") + " of " + template.name()
                + " (seed " + seed + (findTheError ? ", find the error" : "") + ") to " + out + ": "
                + (variants == 1 ? "1/" : "1/ to " + variants + "/") + ", each with exercise." + ext + ", solution."
                + ext + ", " + Variants.PROGRAM + ", key.json" + (findTheError ? " and attempt.chain" : "") + ".");
        io.out().println("Mark a student's answers with: chainrule grade " + out.resolve("1").resolve("key.json")
                + " ANSWERS.txt");
        return Cli.OK;
    }

    private void list() {
        int width = Templates.ALL.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (Template t : Templates.ALL) {
            io.out().println(String.format(Locale.ROOT, "%-" + width + "s  %s (η = %s, %d decimals)", t.name(),
                    t.summary(), ExprText.plain(t.lr()), t.decimals()));
        }
        io.out().println();
        io.out().println("Make variants with 'chainrule exercise NAME --variants N --seed S --out DIR' (add --format "
                + "latex, --find-the-error); mark answers with 'chainrule grade DIR/k/key.json ANSWERS.txt'.");
    }

    /** The worked solution with the planted mistake, as a program to run. */
    private static String attempt(Variant v, String ext) {
        String loss = v.template().loss();
        return "# " + v.template().name() + ", variant " + v.key().variant() + ": the worked solution of exercise."
                + ext + ", with its planted mistake (key.json names it).\n# g_NAME is the gradient of " + loss
                + " by NAME, NAME_new a parameter after the step. Run: chainrule grad attempt.chain --of " + loss + "\n"
                + v.planted().source();
    }

    private static void write(Path dir, String file, String text) {
        Path path = dir.resolve(file);
        try {
            Files.createDirectories(dir);
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw new CannotWrite("cannot write " + path + ": " + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e instanceof java.nio.file.FileAlreadyExistsException
                    ? "a file is in the way of a directory" : String.valueOf(e.getMessage())));
        }
    }

    /** A file that could not be written: reported as {@code chainrule exercise: cannot write PATH: why}. */
    private static final class CannotWrite extends RuntimeException {
        CannotWrite(String message) {
            super(message);
        }
    }
}
