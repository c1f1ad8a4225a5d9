package dev.chainrule.demos.data;

import dev.chainrule.data.csv.CsvWriter;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.split.Split;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chainrule data NAME [options]}: generates one of the seeds' datasets and prints it as CSV with the header
 * {@code x1,…,xd,y}. The numbers are scikit-learn's for the same {@code random_state}, each printed as the shortest
 * decimal that reads back as the same double. Exit status 0, or 2 with a one-line message on stderr (and nothing on
 * stdout) for bad arguments or impossible parameters.
 *
 * <pre>{@code
 * chainrule data moons --samples 500 --noise 0.2 --seed 42            # make_moons(500, noise=0.2, random_state=42)
 * chainrule data moons --samples 500 --noise 0.2 --seed 42 --test-size 0.3 --split-seed 42 --part train
 * chainrule data classification --samples 200 --features 2 --redundant 0 --clusters-per-class 1 --out cls.csv
 * }</pre>
 */
@Command(name = "data", sortOptions = false,
        description = {"A seed's dataset as CSV (header x1,...,xd,y), scikit-learn's and NumPy's numbers for the same "
                + "random_state.",
                "NAME: moons circles blobs classification xor spiral. moons and circles are make_moons and "
                        + "make_circles, blobs make_blobs, classification make_classification; xor is four Gaussian "
                        + "clusters at (±1, ±1); spiral the TensorFlow Playground's two spirals."})
public final class DataCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = Names.class,
            description = "moons, circles, blobs, classification, xor or spiral")
    private String name;

    @Mixin
    private DatasetOptions dataset;

    @Option(names = "--test-size", paramLabel = "F",
            description = "a fraction (0.3) or a count (150): print one part of train_test_split (needs --part)")
    private String testSize;

    @Option(names = "--split-seed", paramLabel = "S", defaultValue = "0", converter = Converters.Seed.class,
            description = "train_test_split's random_state; default ${DEFAULT-VALUE}")
    private long splitSeed;

    @Option(names = "--part", paramLabel = "train|test", description = "which part of the split to print")
    private String part;

    @Option(names = "--stratify", description = "keep the class proportions in both parts of the split")
    private boolean stratify;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE instead of standard output")
    private Path out;

    private final Io io;

    public DataCommand(Io io) {
        this.io = io;
    }

    /** The dataset names, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DatasetOptions.NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        if (name == null) {
            throw new UsageError("no dataset given; known: " + String.join(" ", DatasetOptions.NAMES));
        }
        if (!DatasetOptions.NAMES.contains(name)) {
            throw new UsageError("unknown dataset '" + name + "'; known: " + String.join(" ", DatasetOptions.NAMES));
        }
        if (testSize == null && (part != null || stratify || given("--split-seed"))) {
            throw new UsageError((part != null ? "--part" : stratify ? "--stratify" : "--split-seed") + " needs --test-size");
        }
        if (testSize != null && part == null) {
            throw new UsageError("--test-size needs --part train or --part test");
        }
        if (part != null && !List.of("train", "test").contains(part)) {
            throw new UsageError("--part must be train or test, got '" + part + "'");
        }
        Dataset data = dataset.load(name, spec);
        if (testSize != null) {
            Split s = Splits.split(data, testSize, splitSeed, stratify);
            data = part.equals("train") ? s.train() : s.test();
        }
        if (out == null) {
            io.out().print(CsvWriter.toCsv(data));
            io.out().flush();
            return Cli.OK;
        }
        try {
            CsvWriter.write(data, out);
        } catch (java.nio.file.NoSuchFileException e) {
            return cannotWrite(out + ": no such directory");
        } catch (java.nio.file.AccessDeniedException e) {
            return cannotWrite(out + ": permission denied");
        } catch (IOException e) {
            return cannotWrite(out + ": " + e.getMessage());
        }
        return Cli.OK;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private int cannotWrite(String why) {
        io.err().println("chainrule data: cannot write " + why);
        return Cli.ERROR;
    }
}
