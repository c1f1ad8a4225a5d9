package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeBlobs;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import io.vavr.Tuple2;
import java.io.IOException;
import java.util.Arrays;

/**
 * Seed 004, section 7.5: the document's 2-2-1 network — sigmoid units everywhere, the loss C = ½(ŷ − y)² of its
 * sections 4–6, weights and biases drawn with {@code np.random.rand} — trained with the update rule it derives, one
 * sample at a time, on "the small blob dataset" of two classes, eagles and chickens, which "after just a few epochs"
 * it classifies "over 96% on the training set and 100% on the test set".
 *
 * <pre>{@code
 * ./chainrule demo seed004-blobs     # loss.png, boundary.png, train.csv, test.csv, summary.json
 * }</pre>
 *
 * <p>The document gives neither the data nor the settings; ours: {@code make_blobs(n_samples=200,
 * centers=[[-2, -2], [2, 2]], cluster_std=1.25, random_state=42)} (class 0 the chickens, class 1 the eagles),
 * {@code train_test_split(test_size=0.2, random_state=42)}, weights and biases uniform in [0, 1) from
 * {@code RandomState(42)}, η = 1 (section 6's example) and 20 epochs of stochastic gradient descent through the
 * training samples in order; the loss reported for a data set is C averaged over its samples
 * ({@link HalfMeanSquaredError}). At these settings the training accuracy is 99.4% and the test accuracy 100% (with
 * the data's random state 0 to 9 instead of 42, 97.5% to 100%).
 */
final class Seed004Blobs implements Demo {
    static final int SAMPLES = 200;
    static final double[][] CENTERS = {{-2, -2}, {2, 2}};
    static final double CLUSTER_STD = 1.25;
    static final long DATA_STATE = 42;
    static final double TEST_FRACTION = 0.2;
    static final long SPLIT_STATE = 42;
    static final long WEIGHTS_STATE = 42;
    static final double LEARNING_RATE = 1.0;
    static final int EPOCHS = 20;
    static final String[] CLASS_NAMES = {"chickens", "eagles"};

    @Override
    public String name() {
        return "seed004-blobs";
    }

    @Override
    public String summary() {
        return "seed 004 section 7.5: the 2-2-1 sigmoid network with C = ½(ŷ − y)², sample by sample, on two blobs";
    }

    @Override
    public void run(DemoRun run) throws IOException {
        int epochs = run.choose(EPOCHS, 5);
        Dataset blobs = MakeBlobs.of(SAMPLES).withCenters(CENTERS).withClusterStd(CLUSTER_STD).generate(DATA_STATE);
        Split split = TrainTestSplit.testFraction(TEST_FRACTION).split(blobs, SPLIT_STATE);
        run.setting("samples", SAMPLES).setting("centers", CENTERS).setting("cluster_std", CLUSTER_STD)
                .setting("data_random_state", DATA_STATE).setting("classes", CLASS_NAMES)
                .setting("test_size", TEST_FRACTION).setting("split_random_state", SPLIT_STATE)
                .setting("layers", "2-2-1").setting("activation", "sigmoid").setting("loss", "½(ŷ − y)² per sample")
                .setting("weights_and_biases", "uniform [0, 1) (np.random.rand), RandomState(" + WEIGHTS_STATE + ")")
                .setting("learning_rate", LEARNING_RATE).setting("epochs", epochs).setting("batch", "one sample, in order");
        run.data(split.train(), split.test());

        run.printf("Seed 004, section 7.5: the 2-2-1 network of sections 5 and 6 on a small blob data set.");
        run.printf("X, y = make_blobs(n_samples=%d, centers=%s, cluster_std=%s, random_state=%d)   # 0: %s, 1: %s",
                SAMPLES, Arrays.deepToString(CENTERS), CLUSTER_STD, DATA_STATE, CLASS_NAMES[0], CLASS_NAMES[1]);
        run.printf("X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=%s, random_state=%d)   # %d and %d",
                TEST_FRACTION, SPLIT_STATE, split.train().size(), split.test().size());
        run.printf("Sigmoid hidden and output units, C = ½(ŷ − y)², weights and biases np.random.rand (RandomState(%d));"
                + " one update θ ← θ − η ∂C/∂θ per sample, η = %s, %d epochs.", WEIGHTS_STATE, LEARNING_RATE, epochs);
        run.out().println();

        Sequential net = MLP.sizes(2, 2, 1).weights(Initializer.uniform(0, 1)).biases(Initializer.uniform(0, 1))
                .hidden(Activation.SIGMOID).output(Activation.SIGMOID).build();
        Trainer trainer = Trainer.of(net, new HalfMeanSquaredError(), new SGD(LEARNING_RATE)).targets(Targets.binary())
                .epochs(epochs).stochastic().validation(split.test()).progress(null);
        TrainingResult result = trainer.fit(net.init(new RandomState(WEIGHTS_STATE)), split.train());
        TrainedClassifier model = TrainedClassifier.of(net, result, Probabilities.Output.PROBABILITY);
        run.printf("(an epoch's training loss is the mean of each sample's loss just before its own update; the test loss"
                + " is the test set's after the epoch)");
        model.printLosses(run, run.choose(5, 1));

        double trainAccuracy = model.accuracy(split.train());
        double testAccuracy = model.accuracy(split.test());
        run.out().println();
        run.printf("training accuracy %.2f%%, test accuracy %.2f%% (the document: over 96%% and 100%%)",
                100 * trainAccuracy, 100 * testAccuracy);
        printParameters(run, result.params());
        run.result("training_loss", model.trainingLoss()).result("test_loss", model.testLoss())
                .result("train_accuracy", trainAccuracy).result("test_accuracy", testAccuracy);

        model.lossChart("Seed 004: eagles and chickens, loss per epoch", "C = ½(ŷ − y)², mean over the samples")
                .save(run.picture("loss.png"));
        model.boundary(String.format("Eagles and chickens, 2-2-1 sigmoid network: test accuracy %.1f%%",
                        100 * testAccuracy), split.train(), split.test()).classNames(CLASS_NAMES)
                .save(run.picture("boundary.png"));
    }

    /** The trained weights and biases, as the document names its layers' parameters. */
    private static void printParameters(DemoRun run, Params params) {
        run.printf("The trained parameters (layer 0 is the hidden layer, layer 2 the output; samples as rows, X @ W + b):");
        for (Tuple2<String, Tensor> p : params) {
            run.printf("  %-8s = %s", p._1, p._2.toString().replace("\n", "\n" + " ".repeat(13)));
        }
    }
}
