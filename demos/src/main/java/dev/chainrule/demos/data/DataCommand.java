package dev.chainrule.demos.data;

import dev.chainrule.data.csv.CsvWriter;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeBlobs;
import dev.chainrule.data.datasets.MakeCircles;
import dev.chainrule.data.datasets.MakeClassification;
import dev.chainrule.data.datasets.MakeMoons;
import dev.chainrule.data.datasets.Playground;
import dev.chainrule.data.datasets.Xor;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
    @picocli.CommandLine.Mixin
    private HelpOption help;

    static final List<String> NAMES = List.of("moons", "circles", "blobs", "classification", "xor", "spiral");
    private static final Map<String, Set<String>> OWN = Map.of(
            "moons", Set.of("--noise"),
            "circles", Set.of("--noise", "--factor"),
            "blobs", Set.of("--centers", "--features"),
            "classification", Set.of("--features", "--informative", "--redundant", "--classes", "--clusters-per-class"),
            "xor", Set.of("--noise"),
            "spiral", Set.of("--noise"));
    private static final Set<String> COMMON = Set.of("--samples", "--seed", "--out", "--test-size", "--split-seed",
            "--part", "--stratify", "--help", "--version");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = Names.class,
            description = "moons, circles, blobs, classification, xor or spiral")
    private String name;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100", converter = Converters.WholeNumber.class,
            description = "how many samples; default ${DEFAULT-VALUE}")
    private int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", converter = Converters.Seed.class,
            description = "NumPy's random_state; default ${DEFAULT-VALUE}")
    private long seed;

    @Option(names = "--noise", paramLabel = "X", description = "moons, circles: the Gaussian noise's standard deviation"
            + " (default none); xor: the clusters' (default 0.3); spiral: 0 to 0.5 (default 0)")
    private Double noise;

    @Option(names = "--factor", paramLabel = "F", defaultValue = "0.8",
            description = "circles: the inner circle's radius relative to the outer; default ${DEFAULT-VALUE}")
    private double factor;

    @Option(names = "--centers", paramLabel = "K", defaultValue = "3", converter = Converters.WholeNumber.class,
            description = "blobs: how many clusters; default ${DEFAULT-VALUE}")
    private int centers;

    @Option(names = "--features", paramLabel = "D", converter = Converters.WholeNumber.class,
            description = "blobs (default 2), classification (default 20): how many features")
    private Integer features;

    @Option(names = "--informative", paramLabel = "I", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: informative features; default ${DEFAULT-VALUE}")
    private int informative;

    @Option(names = "--redundant", paramLabel = "R", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: redundant features; default ${DEFAULT-VALUE}")
    private int redundant;

    @Option(names = "--classes", paramLabel = "C", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: classes; default ${DEFAULT-VALUE}")
    private int classes;

    @Option(names = "--clusters-per-class", paramLabel = "K", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: clusters per class; default ${DEFAULT-VALUE}")
    private int clustersPerClass;

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

    @Option(names = "--max-values", paramLabel = "N", defaultValue = "20000000", converter = Converters.PositiveLong.class,
            description = "refuse data sets of more than N numbers (samples × (features + 1)); default ${DEFAULT-VALUE}")
    private long maxValues;

    private final Io io;

    public DataCommand(Io io) {
        this.io = io;
    }

    /** The dataset names, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        if (name == null) {
            throw new UsageError("no dataset given; known: " + String.join(" ", NAMES));
        }
        if (!NAMES.contains(name)) {
            throw new UsageError("unknown dataset '" + name + "'; known: " + String.join(" ", NAMES));
        }
        for (var option : spec.commandLine().getParseResult().matchedOptions()) {
            String given = option.longestName();
            if (!COMMON.contains(given) && !OWN.get(name).contains(given)) {
                throw new UsageError(given + " does not apply to " + name + " (its options: "
                        + String.join(" ", OWN.get(name).stream().sorted().toList()) + " --samples --seed)");
            }
        }
        if (samples < 0) {
            throw new UsageError("--samples " + samples + ": must be >= 0");
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
        long features = switch (name) {
            case "blobs" -> this.features == null ? 2 : this.features;
            case "classification" -> this.features == null ? 20 : this.features;
            default -> 2;
        };
        if ((double) samples * (Math.max(0, features) + 1) > maxValues) {
            throw new UsageError(samples + " samples of " + features + " features would be " + (long) samples * (features + 1)
                    + " numbers, more than the limit of " + maxValues + " (raise it with --max-values N)");
        }
        Dataset data;
        try {
            data = generate();
            if (testSize != null) {
                data = part(data);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.features(); j++) {
                if (!Double.isFinite(data.x(i, j))) {
                    throw new UsageError("the data overflow: sample " + i + " has " + data.x(i, j) + " (a smaller --noise"
                            + " keeps every value a finite double)");
                }
            }
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

    private Dataset generate() {
        return switch (name) {
            case "moons" -> MakeMoons.of(samples).withNoise(noise == null ? 0.0 : noise).generate(seed);
            case "circles" -> MakeCircles.of(samples).withNoise(noise == null ? 0.0 : noise).withFactor(factor)
                    .generate(seed);
            case "blobs" -> MakeBlobs.of(samples).withFeatures(atLeast("--features", features == null ? 2 : features, 1))
                    .withCenters(atLeast("--centers", centers, 1)).generate(seed);
            case "classification" -> MakeClassification.of(samples, atLeast("--features", features == null ? 20 : features, 1))
                    .withInformative(atLeast("--informative", informative, 1))
                    .withRedundant(atLeast("--redundant", redundant, 0))
                    .withClasses(atLeast("--classes", classes, 1))
                    .withClustersPerClass(atLeast("--clusters-per-class", clustersPerClass, 1)).generate(seed);
            case "xor" -> Xor.of(samples).withNoise(noise == null ? 0.3 : noise).generate(seed);
            case "spiral" -> Playground.spiral(samples, noise == null ? 0.0 : noise, seed);
            default -> throw new IllegalStateException(name);
        };
    }

    private static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new UsageError(option + " " + value + ": must be >= " + min);
        }
        return value;
    }

    private Dataset part(Dataset data) {
        TrainTestSplit split;
        try {
            split = testSize.strip().matches("[0-9]+")
                    ? TrainTestSplit.testCount(atLeast("--test-size", new Converters.WholeNumber().convert(testSize), 1))
                    : TrainTestSplit.testFraction(new Converters.FiniteDouble().convert(testSize));
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new UsageError("--test-size " + testSize + ": not a number");
        }
        if (stratify) {
            split = split.stratified();
        }
        Split s = split.split(data, splitSeed);
        return part.equals("train") ? s.train() : s.test();
    }
}
