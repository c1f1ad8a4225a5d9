package dev.chainrule.demos.train;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.Split;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import dev.chainrule.demos.data.DatasetOptions;
import dev.chainrule.demos.data.Splits;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.io.ModelFile;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.Adam;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.optim.Solver;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chainrule train --data NAME|FILE.csv [data options] [network, optimiser and output options]}: trains a
 * multi-layer perceptron on one of the seeds' data sets or on a CSV file, without writing Java, and reports the
 * training and test loss and accuracy. Exit status 0, 1 when the loss became NaN or infinite (training stops there,
 * with a hint), 2 for bad input (nothing is written).
 *
 * <pre>{@code
 * chainrule train --data moons --samples 500 --noise 0.2 --seed 42 --layers 2,10,1 --lr 0.5 --optimizer sgd --epochs 1000
 * chainrule train --data my.csv --plot pictures --save model.json
 * chainrule train --data moons --json     # {"train_accuracy": …, "test_accuracy": …, "train_loss": …, "test_loss": …, "epochs": …}
 * }</pre>
 */
@Command(name = "train", sortOptions = false,
        description = {"Train a multi-layer perceptron on a seed's data set or a CSV file (x1,...,xd,y) and report its "
                + "training and test loss and accuracy.",
                "Every option but --data has a default chosen from the data: labels 0/1 make a sigmoid/BCE "
                        + "classifier, 0...k-1 a softmax/cross-entropy one, real targets a regression with MSE.",
                "Exit status: 0 ok, 1 the loss became NaN or infinite, 2 bad input."})
public final class TrainCommand implements Callable<Integer> {
    static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "adam", "lbfgs");

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "NAME|FILE.csv",
            description = "moons, circles, blobs, classification, xor, spiral (with the options of chainrule data), or a CSV file")
    private String data;

    @Mixin
    private DatasetOptions dataset;

    @Option(names = "--layers", paramLabel = "SIZES", description = "sizes from input to output, e.g. 2,10,1 (default: d,10,k)")
    private String layers;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "tanh",
            description = "hidden activation: tanh, sigmoid, relu or leaky_relu; default ${DEFAULT-VALUE}")
    private String activation;

    @Option(names = "--output", paramLabel = "NAME", description = "sigmoid, softmax or identity (default: from the data)")
    private String output;

    @Option(names = "--loss", paramLabel = "NAME", description = "bce, ce or mse (default: from the output)")
    private String loss;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adam",
            description = "sgd, momentum (SGD with momentum 0.9), adam or lbfgs; default ${DEFAULT-VALUE}")
    private String optimizer;

    @Option(names = "--lr", paramLabel = "X", converter = Converters.FiniteDouble.class,
            description = "the learning rate (default 0.01 for adam, 0.1 for sgd and momentum; lbfgs has none)")
    private Double lr;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "500", converter = Converters.WholeNumber.class,
            description = "passes over the training data (iterations for lbfgs); default ${DEFAULT-VALUE}")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "B", converter = Converters.WholeNumber.class,
            description = "samples per step, shuffled each epoch (default: all of them, full-batch gradient descent)")
    private Integer batchSize;

    @Option(names = "--l1", paramLabel = "X", converter = Converters.FiniteDouble.class, description = "L1 penalty rate on the weights")
    private Double l1;

    @Option(names = "--l2", paramLabel = "X", converter = Converters.FiniteDouble.class, description = "L2 penalty rate on the weights")
    private Double l2;

    @Option(names = "--test-size", paramLabel = "F", defaultValue = "0.2",
            description = "the test part: a fraction or a count; default ${DEFAULT-VALUE}")
    private String testSize;

    @Option(names = "--split-seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "the split's random_state (default: --seed), as chainrule data --split-seed")
    private Long splitSeed;

    @Option(names = "--plot", paramLabel = "DIR", description = "write loss.png and, for two features, boundary.png here")
    private Path plot;

    @Option(names = "--save", paramLabel = "MODEL.json", description = "save the trained model (chainrule predict reads it)")
    private Path save;

    @Option(names = "--json", description = "print only {\"train_accuracy\", \"test_accuracy\", \"train_loss\", \"test_loss\", \"epochs\"}")
    private boolean json;

    @Option(names = "--quiet", description = "no progress bar")
    private boolean quiet;

    private final Io io;

    public TrainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Dataset all = dataset.load(data, spec);
        Split split = Splits.split(all, testSize, splitSeed != null ? splitSeed : dataset.seed(), false);
        if (split.train().size() == 0) {
            throw new UsageError("--test-size " + testSize + " leaves no training data");
        }
        Network net = Network.resolve(split.train(), layers, activation, output, loss);
        Solver solver = solver();
        Sequential model = net.training();
        Trainer trainer = Trainer.of(model, net.lossFunction(), solver).targets(net.targets()).epochs(positive("--epochs", epochs))
                .shuffle(new RandomState(dataset.seed()));
        if (split.test().size() > 0) {
            trainer = trainer.validation(split.test());
        }
        if (batchSize != null) {
            if (solver instanceof LBFGS) {
                throw new UsageError("--batch-size: lbfgs works on the whole training set at once");
            }
            trainer = trainer.miniBatch(positive("--batch-size", batchSize));
        }
        if (l1 != null || l2 != null) {
            if (l1 != null && l2 != null) {
                throw new UsageError("--l1 and --l2: choose one penalty");
            }
            trainer = trainer.penalty(l1 != null ? Penalty.l1(nonNegative("--l1", l1)) : Penalty.l2(nonNegative("--l2", l2)));
        }
        trainer = quiet || json ? trainer.progress(null) : trainer;
        Params start = model.init(new RandomState(dataset.seed()));
        if (!json) {
            io.out().printf(Locale.ROOT, "%s: %d samples (%d to train, %d to test); %s; %s; %d epochs%n", data, all.size(),
                    split.train().size(), split.test().size(), net.describe(), solver.describe(), epochs);
        }
        long t0 = System.nanoTime();
        TrainingResult r = trainer.fit(start, split.train());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Report report = Report.of(net, r, split, seconds);
        if (!report.finite()) {
            io.err().println("chainrule train: the loss became " + report.lastLoss() + " in epoch " + r.history().epochs()
                    + "; training stopped there. Try a smaller --lr" + (lr != null ? " than " + lr : "") + ".");
            return Cli.FAILED;
        }
        if (plot != null) {
            report.plot(plot, all.features() == 2 ? split : null, net, r.params());
        }
        if (save != null) {
            ModelFile.save(save, net.saved(), r.params());
        }
        io.out().print(json ? report.json() : report.text(plot, save));
        return Cli.OK;
    }

    private Solver solver() {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new UsageError("--optimizer " + optimizer + ": one of " + String.join(", ", OPTIMIZERS));
        }
        if (lr != null && !(lr > 0)) {
            throw new UsageError("--lr " + lr + ": must be > 0");
        }
        return switch (optimizer) {
            case "sgd" -> new SGD(lr != null ? lr : 0.1);
            case "momentum" -> new SGD(lr != null ? lr : 0.1, 0.9, false);
            case "adam" -> new Adam(lr != null ? lr : 0.01);
            default -> {
                if (lr != null) {
                    throw new UsageError("--lr: lbfgs finds its own step sizes (a line search); leave --lr out");
                }
                yield new LBFGS();
            }
        };
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new UsageError(option + " " + value + ": must be >= 1");
        }
        return value;
    }

    private static double nonNegative(String option, double value) {
        if (value < 0) {
            throw new UsageError(option + " " + value + ": must be >= 0");
        }
        return value;
    }
}
