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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

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
public final class DataCommand {
    static final String USAGE = """
            usage: chainrule data NAME [--samples N] [--noise X] [--seed S] [--factor F] [--centers K] [--features D]
                                       [--informative I] [--redundant R] [--classes C] [--clusters-per-class K]
                                       [--test-size F --split-seed S --part train|test [--stratify]] [--out FILE]
              NAME: moons circles blobs classification xor spiral
              moons, circles     make_moons / make_circles (--noise: standard deviation, default none; --factor 0.8)
              blobs              make_blobs (--features 2, --centers 3)
              classification     make_classification (--features 20, --informative 2, --redundant 2, --classes 2,
                                 --clusters-per-class 2)
              xor                four Gaussian clusters at (±1, ±1) (--noise: their standard deviation, default 0.3)
              spiral             the TensorFlow Playground's two spirals (--noise 0 to 0.5, default 0)
              --samples 100 and --seed 0 by default (the seed is NumPy's random_state)
              --test-size        a fraction (0.3) or a count (150): print one part of train_test_split
                                 (random_state = --split-seed, default 0; --stratify keeps class proportions)
              --out FILE         write the CSV to FILE instead of standard output
            """;

    private DataCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            DataOptions o = DataOptions.parse(args);
            if (o.help()) {
                out.print(USAGE);
                return 0;
            }
            Dataset data = generate(o);
            if (o.has("test-size")) {
                data = part(data, o);
            }
            if (o.has("out")) {
                write(data, Path.of(o.options().get("out")));
            } else {
                out.print(CsvWriter.toCsv(data));
                out.flush();
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("chainrule data: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("chainrule data: cannot write " + e.getMessage());
            return 2;
        }
    }

    private static void write(Dataset data, Path file) throws IOException {
        try {
            CsvWriter.write(data, file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such directory", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(file + ": permission denied", e);
        }
    }

    static Dataset generate(DataOptions o) {
        int n = o.integer("samples", 100, 0);
        long seed = o.seed("seed");
        return switch (o.name()) {
            case "moons" -> MakeMoons.of(n).withNoise(o.number("noise", 0.0)).generate(seed);
            case "circles" -> MakeCircles.of(n).withNoise(o.number("noise", 0.0)).withFactor(o.number("factor", 0.8))
                    .generate(seed);
            case "blobs" -> MakeBlobs.of(n).withFeatures(o.integer("features", 2, 1))
                    .withCenters(o.integer("centers", 3, 1)).generate(seed);
            case "classification" -> MakeClassification.of(n, o.integer("features", 20, 1))
                    .withInformative(o.integer("informative", 2, 1)).withRedundant(o.integer("redundant", 2, 0))
                    .withClasses(o.integer("classes", 2, 1)).withClustersPerClass(o.integer("clusters-per-class", 2, 1))
                    .generate(seed);
            case "xor" -> Xor.of(n).withNoise(o.number("noise", 0.3)).generate(seed);
            case "spiral" -> Playground.spiral(n, o.number("noise", 0.0), seed);
            default -> throw new IllegalStateException(o.name());
        };
    }

    private static Dataset part(Dataset data, DataOptions o) {
        String size = o.options().get("test-size");
        TrainTestSplit spec;
        if (size.matches("[0-9]+")) {
            spec = TrainTestSplit.testCount(o.integer("test-size", 0, 1));
        } else {
            spec = TrainTestSplit.testFraction(o.number("test-size", 0.25));
        }
        if (o.has("stratify")) {
            spec = spec.stratified();
        }
        Split s = spec.split(data, o.seed("split-seed"));
        return o.options().get("part").equals("train") ? s.train() : s.test();
    }
}
