package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.plot.MatrixChart;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropy;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.metrics.ConfusionMatrix;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seed 000, Exercises 2–4: one model class and one training loop for all three — nn's {@code MLP} builder and
 * {@code Trainer}, full-batch gradient descent — on the document's per-class subsets ({@link PerClassSubsets}), with
 * an 80/20 split. Only the output changes with the number of classes: a sigmoid with binary cross-entropy for two,
 * logits with softmax cross-entropy for three (nn's {@code SoftmaxCrossEntropy} applies the softmax itself).
 *
 * <pre>{@code
 * ./chainrule demo seed000-ex2     # 2-10-1 on 1000 samples: loss.png, boundary.png, train.csv, test.csv
 * ./chainrule demo seed000-ex3     # 4-16-3 on 1500 samples: loss.png, confusion.png
 * ./chainrule demo seed000-ex4     # 4-24-12-3 on the same data
 * }</pre>
 *
 * <p>Settings the document leaves open are ours: the random states of the data — for Exercise 2, class 0 from 0 and
 * class 1 from 3, the first pair (in order) whose classes a 15-nearest-neighbour classifier tells apart to 95% on the
 * test set; for Exercise 3, 2, 7 and 0, the triple among 0–9 with the best such score, 89% (three runs of 2, 3 and 4
 * clusters on the 16 corners of a 4-cube always bring some clusters of different classes close); the split's random
 * state 42, Glorot-uniform weights drawn from {@code RandomState(0)} with zero biases, η = 0.3 and 2000 epochs (at
 * η = 0.5 the 4-24-12-3 network's training is so unstable that rounding differences of 1e-15 grow to 1e-4 in a few
 * hundred epochs, and no other program could repeat its numbers). At these settings (full, not {@code --quick}) the
 * test accuracies are 98.00% for Exercise 2 (the document: 97.50%), 91.00% for Exercise 3 and 90.33% for Exercise 4
 * (the document: 92.33% and 92.00%, on its own data). scikit-learn 1.2's {@code MLPClassifier} with the same hidden
 * layers ({@code max_iter=2000}, {@code random_state=0}) reaches 96.5%, 89.0% and 89.0% on the same
 * {@code train.csv}/{@code test.csv} with {@code activation='tanh'} (96.0%, 83.7% and 88.0% with its default relu);
 * NumPy, running this demo's loop again from the same draws, ends on the same training losses and accuracies. The
 * script {@code compare_seed000.py} in the demos' test resources computes these and records them in
 * {@code seed000_sklearn.json}, which the tests read.
 */
final class Seed000Exercise implements Demo {
    static final double TEST_FRACTION = 0.2;
    static final long SPLIT_STATE = 42;
    static final long WEIGHTS_STATE = 0;
    static final double LEARNING_RATE = 0.3;
    static final int EPOCHS = 2000;
    /** The size of every picture of the demos, the plot package's default, for the confusion matrix too. */
    static final int PICTURE_WIDTH = 900;
    static final int PICTURE_HEIGHT = 650;

    static final PerClassSubsets TWO_CLASSES = new PerClassSubsets(500, 2, List.of(1, 2), List.of(0L, 3L));
    static final PerClassSubsets THREE_CLASSES = new PerClassSubsets(500, 4, List.of(2, 3, 4), List.of(2L, 7L, 0L));

    static final Seed000Exercise EX2 = new Seed000Exercise(2, TWO_CLASSES, List.of(10), 0.9750,
            "seed 000 Exercise 2: class 0 in one cluster, class 1 in two; 2-10-1 tanh → sigmoid, BCE, full-batch GD");
    static final Seed000Exercise EX3 = new Seed000Exercise(3, THREE_CLASSES, List.of(16), 0.9233,
            "seed 000 Exercise 3: 3 classes of 2/3/4 clusters; the same model and loop, 4-16-3 softmax cross-entropy");
    static final Seed000Exercise EX4 = new Seed000Exercise(4, THREE_CLASSES, List.of(24, 12), 0.9200,
            "seed 000 Exercise 4: the deeper 4-24-12-3 (tanh, tanh, softmax) on Exercise 3's data");

    private final int exercise;
    private final PerClassSubsets data;
    private final List<Integer> hidden;
    private final double documentAccuracy;
    private final String summary;

    private Seed000Exercise(int exercise, PerClassSubsets data, List<Integer> hidden, double documentAccuracy,
                            String summary) {
        this.exercise = exercise;
        this.data = data;
        this.hidden = hidden;
        this.documentAccuracy = documentAccuracy;
        this.summary = summary;
    }

    @Override
    public String name() {
        return "seed000-ex" + exercise;
    }

    @Override
    public String summary() {
        return summary;
    }

    /** The layer sizes, input to output. */
    int[] sizes() {
        return IntStream.concat(IntStream.concat(IntStream.of(data.features()), hidden.stream().mapToInt(h -> h)),
                IntStream.of(data.classes() == 2 ? 1 : data.classes())).toArray();
    }

    @Override
    public void run(DemoRun run) throws IOException {
        int epochs = run.choose(EPOCHS, 100);
        boolean binary = data.classes() == 2;
        String layers = Arrays.stream(sizes()).mapToObj(String::valueOf).collect(Collectors.joining("-"));
        Dataset all = data.generate();
        Split split = TrainTestSplit.testFraction(TEST_FRACTION).split(all, SPLIT_STATE);
        run.setting("recipe", data.recipe()).setting("test_size", TEST_FRACTION).setting("split_random_state", SPLIT_STATE)
                .setting("layers", layers).setting("hidden_activation", "tanh")
                .setting("output", binary ? "sigmoid, binary cross-entropy" : "softmax cross-entropy (on logits)")
                .setting("weights", "Glorot uniform, RandomState(" + WEIGHTS_STATE + ")").setting("biases", "zeros")
                .setting("learning_rate", LEARNING_RATE).setting("epochs", epochs).setting("batch", "full");
        run.data(split.train(), split.test());

        run.printf("Seed 000, Exercise %d. The data: the document's per-class subsets, with our random states:", exercise);
        data.recipe().forEach(line -> run.printf("  %s", line));
        run.printf("  X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=%s, random_state=%d)",
                TEST_FRACTION, SPLIT_STATE);
        run.printf("%d samples of %d features, %d per class; %d for training, %d for testing.", all.size(),
                all.features(), data.perClass(), split.train().size(), split.test().size());
        run.printf("The network: %s, tanh hidden layers, %s; samples as columns (W @ X + b); Glorot-uniform weights"
                        + " from RandomState(%d), zero biases; full-batch gradient descent, η = %s, %d epochs.", layers,
                binary ? "a sigmoid output and binary cross-entropy" : "softmax output and cross-entropy",
                WEIGHTS_STATE, LEARNING_RATE, epochs);
        run.out().println();

        Sequential net = MLP.sizes(sizes()).layout(Layout.SAMPLES_AS_COLUMNS)
                .weights(Initializer.xavierUniform()).biases(Initializer.zeros())
                .hidden(Activation.TANH).output(binary ? Activation.SIGMOID : Activation.IDENTITY).build();
        Loss loss = binary ? new BinaryCrossEntropy() : new SoftmaxCrossEntropy();
        Trainer trainer = Trainer.of(net, loss, new SGD(LEARNING_RATE))
                .targets(binary ? Targets.binary() : Targets.oneHot(data.classes()))
                .epochs(epochs).fullBatch().validation(split.test()).progress(null);
        TrainedClassifier model = TrainedClassifier.of(net, trainer.fit(net.init(new RandomState(WEIGHTS_STATE)),
                split.train()), binary ? Probabilities.Output.PROBABILITY : Probabilities.Output.LOGITS);
        model.printLosses(run, run.choose(200, 10));
        report(run, model, split, layers);
    }

    private void report(DemoRun run, TrainedClassifier model, Split split, String layers) {
        double trainAccuracy = model.accuracy(split.train());
        double testAccuracy = model.accuracy(split.test());
        ConfusionMatrix confusion = model.confusion(split.test(), data.classes());
        run.out().println();
        run.printf("training accuracy %.2f%%, test accuracy %.2f%% (the document: %.2f%% on its own data)",
                100 * trainAccuracy, 100 * testAccuracy, 100 * documentAccuracy);
        run.printf("The test set's confusion matrix:%n%s%n%s", confusion, confusion.report());
        run.result("training_loss", model.trainingLoss()).result("test_loss", model.testLoss())
                .result("train_accuracy", trainAccuracy).result("test_accuracy", testAccuracy)
                .result("document_test_accuracy", documentAccuracy).result("confusion_matrix", confusion.counts());

        String title = "Seed 000 Exercise " + exercise + ", " + layers;
        model.lossChart(title + ", loss per epoch", data.classes() == 2 ? "binary cross-entropy" : "cross-entropy")
                .save(run.picture("loss.png"));
        if (data.features() == 2) {
            model.boundary(String.format("%s, test accuracy %.1f%%", title, 100 * testAccuracy), split.train(), split.test())
                    .save(run.picture("boundary.png"));
        }
        if (data.classes() > 2) {
            MatrixChart.titled(String.format("%s, test set: accuracy %.1f%%", title, 100 * testAccuracy))
                    .counts(confusion.counts()).save(run.picture("confusion.png"), PICTURE_WIDTH, PICTURE_HEIGHT);
        }
    }
}
