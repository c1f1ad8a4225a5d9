package dev.chainrule.demos.data;

import dev.chainrule.data.csv.CsvFormatException;
import dev.chainrule.data.csv.CsvReader;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeBlobs;
import dev.chainrule.data.datasets.MakeCircles;
import dev.chainrule.data.datasets.MakeClassification;
import dev.chainrule.data.datasets.MakeMoons;
import dev.chainrule.data.datasets.Playground;
import dev.chainrule.data.datasets.Xor;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that make a data set, shared by {@code chainrule data} and {@code chainrule train}: one of the seeds'
 * generators with its parameters, or a CSV file ({@code x1,…,xd,y}, as {@code chainrule data} writes). Every
 * generated or read value must be a finite number, and a data set is refused up front when it would be larger
 * than {@code --max-values}.
 */
public final class DatasetOptions {
    /** The generators' names. */
    public static final List<String> NAMES = List.of("moons", "circles", "blobs", "classification", "xor", "spiral");
    private static final Map<String, Set<String>> OWN = Map.of(
            "moons", Set.of("--noise"),
            "circles", Set.of("--noise", "--factor"),
            "blobs", Set.of("--centers", "--features"),
            "classification", Set.of("--features", "--informative", "--redundant", "--classes", "--clusters-per-class"),
            "xor", Set.of("--noise"),
            "spiral", Set.of("--noise"));
    /** The options of a generator, any of which may be given for any generator name. */
    private static final Set<String> GENERATOR = Set.of("--samples", "--seed", "--noise", "--factor", "--centers",
            "--features", "--informative", "--redundant", "--classes", "--clusters-per-class");

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100", converter = Converters.WholeNumber.class,
            description = "how many samples; default ${DEFAULT-VALUE}")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", converter = Converters.Seed.class,
            description = "NumPy's random_state; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--noise", paramLabel = "X", description = "moons, circles: the Gaussian noise's standard deviation"
            + " (default none); xor: the clusters' (default 0.3); spiral: 0 to 0.5 (default 0)")
    Double noise;

    @Option(names = "--factor", paramLabel = "F", defaultValue = "0.8",
            description = "circles: the inner circle's radius relative to the outer; default ${DEFAULT-VALUE}")
    double factor;

    @Option(names = "--centers", paramLabel = "K", defaultValue = "3", converter = Converters.WholeNumber.class,
            description = "blobs: how many clusters; default ${DEFAULT-VALUE}")
    int centers;

    @Option(names = "--features", paramLabel = "D", converter = Converters.WholeNumber.class,
            description = "blobs (default 2), classification (default 20): how many features")
    Integer features;

    @Option(names = "--informative", paramLabel = "I", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: informative features; default ${DEFAULT-VALUE}")
    int informative;

    @Option(names = "--redundant", paramLabel = "R", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: redundant features; default ${DEFAULT-VALUE}")
    int redundant;

    @Option(names = "--classes", paramLabel = "C", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: classes; default ${DEFAULT-VALUE}")
    int classes;

    @Option(names = "--clusters-per-class", paramLabel = "K", defaultValue = "2", converter = Converters.WholeNumber.class,
            description = "classification: clusters per class; default ${DEFAULT-VALUE}")
    int clustersPerClass;

    @Option(names = "--max-values", paramLabel = "N", defaultValue = "20000000", converter = Converters.PositiveLong.class,
            description = "refuse data sets of more than N numbers (samples × (features + 1)); default ${DEFAULT-VALUE}")
    long maxValues;

    /** {@code --seed}: NumPy's random_state for the generator, and the seed of whatever else a command draws. */
    public long seed() {
        return seed;
    }

    /**
     * The data set {@code name} names: a generator's, with the options given (each checked to apply to it), or a CSV
     * file's (then no generator option may be given).
     */
    public Dataset load(String name, CommandSpec spec) {
        if (NAMES.contains(name)) {
            return generate(name, spec);
        }
        Path file = Path.of(name);
        if (name.endsWith(".csv") || Files.exists(file)) {
            for (var option : spec.commandLine().getParseResult().matchedOptions()) {
                if (GENERATOR.contains(option.longestName())) {
                    throw new UsageError(option.longestName() + " makes a generated data set; it does not apply to the file "
                            + name);
                }
            }
            return read(file);
        }
        throw new UsageError("unknown data set '" + name + "': one of " + String.join(" ", NAMES) + ", or a CSV file");
    }

    /** A CSV file with its label in the last column; its errors name the file, the line and the column. */
    public Dataset read(Path file) {
        Dataset d;
        try {
            d = CsvReader.labelLast().read(file).data();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageError("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + e.getMessage());
        } catch (CsvFormatException e) {
            throw new UsageError(e.getMessage());
        }
        ensureSize(d.size(), d.features(), maxValues);
        return finite(d, file.toString());
    }

    /**
     * CSV text with its label in the last column (an upload of the studio's Playground), with the errors a file
     * gets: they name {@code source}, the line and the column.
     *
     * @throws UsageError for text that is not such a CSV, holds a value that is not finite, or has more than
     *                    {@code maxValues} numbers
     */
    public static Dataset parse(String text, String source, long maxValues) {
        Dataset d;
        try {
            d = CsvReader.labelLast().parse(text, source).data();
        } catch (CsvFormatException e) {
            throw new UsageError(e.getMessage());
        }
        ensureSize(d.size(), d.features(), maxValues);
        return finite(d, source);
    }

    private Dataset generate(String name, CommandSpec spec) {
        for (var option : spec.commandLine().getParseResult().matchedOptions()) {
            String given = option.longestName();
            if (GENERATOR.contains(given) && !Set.of("--samples", "--seed").contains(given)
                    && !OWN.get(name).contains(given)) {
                throw new UsageError(given + " does not apply to " + name + " (its options: "
                        + String.join(" ", OWN.get(name).stream().sorted().toList()) + " --samples --seed)");
            }
        }
        if (samples < 0) {
            throw new UsageError("--samples " + samples + ": must be >= 0");
        }
        long d = switch (name) {
            case "blobs" -> features == null ? 2 : features;
            case "classification" -> features == null ? 20 : features;
            default -> 2;
        };
        ensureSize(samples, d, maxValues);
        try {
            return finite(switch (name) {
                case "moons" -> MakeMoons.of(samples).withNoise(noise == null ? 0.0 : noise).generate(seed);
                case "circles" -> MakeCircles.of(samples).withNoise(noise == null ? 0.0 : noise).withFactor(factor)
                        .generate(seed);
                case "blobs" -> MakeBlobs.of(samples).withFeatures(atLeast("--features", (int) d, 1))
                        .withCenters(atLeast("--centers", centers, 1)).generate(seed);
                case "classification" -> MakeClassification.of(samples, atLeast("--features", (int) d, 1))
                        .withInformative(atLeast("--informative", informative, 1))
                        .withRedundant(atLeast("--redundant", redundant, 0))
                        .withClasses(atLeast("--classes", classes, 1))
                        .withClustersPerClass(atLeast("--clusters-per-class", clustersPerClass, 1)).generate(seed);
                case "xor" -> Xor.of(samples).withNoise(noise == null ? 0.3 : noise).generate(seed);
                case "spiral" -> Playground.spiral(samples, noise == null ? 0.0 : noise, seed);
                default -> throw new IllegalStateException(name);
            }, name);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static void ensureSize(long n, long d, long maxValues) {
        if ((double) n * (Math.max(0, d) + 1) > maxValues) {
            throw new UsageError(n + " samples of " + d + " features would be " + n * (d + 1) + " numbers, more than the"
                    + " limit of " + maxValues + " (raise it with --max-values N)");
        }
    }

    private static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new UsageError(option + " " + value + ": must be >= " + min);
        }
        return value;
    }

    /** {@code d}, if every feature and target is a finite number. */
    private static Dataset finite(Dataset d, String source) {
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < d.features(); j++) {
                if (!Double.isFinite(d.x(i, j))) {
                    throw new UsageError(source + ": sample " + i + " has " + d.x(i, j) + " in column " + (j + 1)
                            + (NAMES.contains(source) ? " (a smaller --noise keeps every value a finite double)"
                            : "; every value must be a finite number"));
                }
            }
            if (!Double.isFinite(d.y(i))) {
                throw new UsageError(source + ": sample " + i + " has the target " + d.y(i) + "; every value must be a"
                        + " finite number");
            }
        }
        return d;
    }
}
