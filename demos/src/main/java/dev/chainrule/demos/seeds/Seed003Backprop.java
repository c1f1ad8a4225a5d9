package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.split.Split;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.LineChart;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed 003 section 1, Tasks 1–10: the 2-2-1 sigmoid network trained by backpropagation, sample by sample, with
 * binary cross-entropy, on data made like the document's Figure 1 ({@link Seed003Data}). It answers Tasks 1–5 with
 * numbers (a single perceptron trained the same way fails; nine weights), shows Task 6's forward pass and Task 7's
 * gradient for one sample — the document's delta formulas beside the engine's backward pass — then trains (Task 8:
 * the loss per epoch, and the epoch at which it falls below ε), pictures the decision boundary early and late with
 * the hidden units' two lines (Task 9), and the hidden representation (z1, z2) beside (x1, x2) at several epochs
 * (Task 10, {@link Seed003Hidden}).
 *
 * <pre>{@code
 * ./chainrule demo seed003-backprop
 * }</pre>
 */
final class Seed003Backprop implements Demo {
    static final double RATE = 0.5;
    static final long INIT_SEED = 0;
    /** Task 8's ε: the loss below which the document would stop. */
    static final double[] EPSILONS = {0.01, 0.001};
    /** Task 9: the boundary this early (one of {@link Seed003Hidden#EPOCHS}), beside the one after all epochs. */
    static final int EARLY_EPOCH = 20;

    @Override
    public String name() {
        return "seed003-backprop";
    }

    @Override
    public String summary() {
        return "seed 003 Tasks 1-10: the 2-2-1 sigmoid network by backpropagation, sample by sample - loss, boundary,"
                + " hidden representation by epoch";
    }

    @Override
    public void run(DemoRun run) throws Exception {
        int epochs = run.choose(500, 30);
        Split split = Seed003Data.split();
        Dataset train = split.train();
        Dataset test = split.test();
        run.setting("data", Seed003Data.recipe()).setting("training_samples", train.size())
                .setting("test_samples", test.size()).setting("network", "2-2-1, sigmoid hidden and output units")
                .setting("loss", "binary cross-entropy").setting("training", "one sample at a time, in order (stochastic)")
                .setting("learning_rate", RATE).setting("epochs", epochs)
                .setting("initial_weights", "uniform in [-0.5, 0.5), RandomState(" + INIT_SEED + ")");
        run.data(train, test);
        run.printf("The data (Figure 1 is a picture only, so it is made): %s", Seed003Data.recipe());
        run.printf("  %d training and %d test points; class 1 (red) lies between two clusters of class 0 (blue).",
                train.size(), test.size());

        Seed003Network net = Seed003Network.withHiddenUnits(2);
        Params start = net.start(INIT_SEED);
        preliminaryQuestions(run, net, start, train, epochs);
        Seed003Hidden.Snapshots snapshots = new Seed003Hidden.Snapshots(start, epochs);
        handBackprop(run, net, start, train);

        TrainingResult result = net.train(start, train, test, RATE, epochs, snapshots::record);
        Params trained = result.params();
        lossPerEpoch(run, result, epochs);
        boundaries(run, net, snapshots, trained, split, epochs);
        Seed003Hidden.picture(run, net, snapshots, train);

        double trainAccuracy = net.accuracy(trained, train);
        double testAccuracy = net.accuracy(trained, test);
        run.printf("After %d epochs: training loss %.6f, test loss %.6f; accuracy %.1f%% on the training data,"
                + " %.1f%% on the test data.", epochs, net.loss(trained, train), net.loss(trained, test),
                100 * trainAccuracy, 100 * testAccuracy);
        run.result("train_loss", net.loss(trained, train)).result("test_loss", net.loss(trained, test))
                .result("train_accuracy", trainAccuracy).result("test_accuracy", testAccuracy)
                .result("epochs", result.history().epochs()).result("weights", named(net, trained));
    }

    /** Tasks 1–5, answered with the data and the network. */
    private static void preliminaryQuestions(DemoRun run, Seed003Network net, Params start, Dataset train, int epochs) {
        Seed003Network perceptron = Seed003Network.perceptron();
        TrainingResult alone = perceptron.train(perceptron.start(INIT_SEED), train, train, RATE, epochs, e -> { });
        double perceptronAccuracy = perceptron.accuracy(alone.params(), train);
        run.out().println();
        run.printf("Tasks 1-5:");
        run.printf("  1. One perceptron σ(w0 + w1 x1 + w2 x2) draws one straight line; the red group lies between two");
        run.printf("     blue clusters, so any line leaves one colour on both sides. Trained the same way (%d epochs,",
                epochs);
        run.printf("     α = %s) it classifies %.1f%% of the training data.", RATE, 100 * perceptronAccuracy);
        run.printf("  2. Two lines: one between each blue cluster and the red group.");
        run.printf("  3. So two hidden units, one per line, and an output unit that combines them: 2-2-1.");
        run.printf("  4. What is tuned are the weights and biases of the units (not the architecture, not α).");
        run.printf("  5. %d weights: each hidden unit has a bias and two input weights, the output unit a bias and",
                start.count());
        run.printf("     two weights from the hidden units (w10 w11 w12, w20 w21 w22, w30 w31 w32).");
        run.result("perceptron_train_accuracy", perceptronAccuracy).result("weights_count", start.count());
    }

    /** Tasks 6 and 7 for the first training sample, with the initial weights. */
    private static void handBackprop(DemoRun run, Seed003Network net, Params start, Dataset train) {
        double[] x = train.row(0);
        int y = train.labels()[0];
        Seed003HandBackprop hand = Seed003HandBackprop.of(net, start, x, y);
        double[] engine = Seed003HandBackprop.engineGradient(net, start, x, y);
        double[] weights = named(net, start);
        run.out().println();
        run.printf("Task 6: the initial weights (\"small random values\"):");
        printWeights(run, weights);
        run.printf("  the forward pass of the first training sample, x = (%.4f, %.4f), y = %d:", x[0], x[1], y);
        run.printf("    a1 = w10 + x1 w11 + x2 w12 = %.6f    z1 = g(a1) = %.6f", hand.a()[0], hand.z()[0]);
        run.printf("    a2 = w20 + x1 w21 + x2 w22 = %.6f    z2 = g(a2) = %.6f", hand.a()[1], hand.z()[1]);
        run.printf("    a3 = w30 + z1 w31 + z2 w32 = %.6f    z3 = ŷ = g(a3) = %.6f", hand.a3(), hand.z3());
        run.printf("    (the engine's forward pass gives ŷ = %.6f)",
                net.model().forward(start, Tensor.of(new double[][] {x})).item());
        run.printf("Task 7: E = −y log ŷ − (1 − y) log(1 − ŷ) = %.6f; δ3 = −(y − z3) = %.6f,", hand.loss(),
                hand.delta()[2]);
        run.printf("  δ1 = z1(1 − z1) w31 δ3 = %.6f, δ2 = z2(1 − z2) w32 δ3 = %.6f. The gradient:", hand.delta()[0],
                hand.delta()[1]);
        run.printf("    %-8s %18s %18s", "", "from the deltas", "engine backward");
        double largest = 0;
        for (int k = 0; k < engine.length; k++) {
            run.printf("    ∂E/∂%s %18.10f %18.10f", Seed003HandBackprop.NAMES[k], hand.gradient()[k], engine[k]);
            largest = Math.max(largest, Math.abs(hand.gradient()[k] - engine[k]));
        }
        run.printf("  %s (largest difference %.1e)", largest <= 1e-12 ? "✓ the document's formulas and the engine agree"
                : "✗ they disagree", largest);
        run.printf("  and the update w ← w − α∇E with α = %s moves w31 from %.6f to %.6f.", RATE, weights[7],
                weights[7] - RATE * engine[7]);
        run.result("hand_gradient", hand.gradient()).result("engine_gradient", engine)
                .result("gradient_largest_difference", largest);
    }

    /** Task 8: the loss every tenth of the epochs, the epoch at which it fell below each ε, the curve. */
    private static void lossPerEpoch(DemoRun run, TrainingResult result, int epochs) {
        List<Double> training = result.history().training();
        List<Double> test = result.history().validation();
        int every = Math.max(1, epochs / 10);
        run.out().println();
        run.printf("Task 8: the loss per epoch (training: the mean over the epoch's one-sample steps; test: after it)");
        run.printf("  %6s %12s %12s", "epoch", "training", "test");
        for (int e = 1; e <= training.size(); e++) {
            if (e == 1 || e % every == 0) {
                run.printf("  %6d %12.6f %12.6f", e, training.get(e - 1), test.get(e - 1));
            }
        }
        Map<String, Integer> below = new TreeMap<>();
        for (double epsilon : EPSILONS) {
            int first = firstBelow(training, epsilon);
            below.put(String.valueOf(epsilon), first);
            run.printf("  the training loss is below ε = %s from epoch %s", epsilon, first > 0 ? first
                    : "- (not within " + epochs + " epochs)");
        }
        LineChart.titled("Seed 003: 2-2-1 network, loss per epoch (α = " + RATE + ")")
                .axes("epoch", "binary cross-entropy (log scale)").logY()
                .series("training (mean over the epoch's steps)", training).series("test (after the epoch)", test)
                .save(run.picture("loss.png"));
        run.result("first_epoch_below_epsilon", below).result("final_epoch_loss", training.get(training.size() - 1));
    }

    private static int firstBelow(List<Double> losses, double epsilon) {
        for (int e = 0; e < losses.size(); e++) {
            if (losses.get(e) < epsilon) {
                return e + 1;
            }
        }
        return -1;
    }

    /** Task 9: the boundary after a few epochs and after all of them, with the hidden units' lines. */
    private static void boundaries(DemoRun run, Seed003Network net, Seed003Hidden.Snapshots snapshots, Params trained,
                                   Split split, int epochs) {
        run.out().println();
        run.printf("Task 9: the decision boundary sharpens as training goes on: the weights grow, so the band where");
        run.printf("  ŷ is neither near 0 nor near 1 narrows to the two lines.");
        boundary(run, net, snapshots.at(EARLY_EPOCH), split, EARLY_EPOCH, "boundary-epoch" + EARLY_EPOCH + ".png");
        boundary(run, net, trained, split, epochs, "boundary.png");
        run.printf("  the trained weights:");
        printWeights(run, named(net, trained));
    }

    private static void boundary(DemoRun run, Seed003Network net, Params params, Split split, int epoch, String file) {
        double[] h1 = net.hiddenUnit(params, 1);
        double[] h2 = net.hiddenUnit(params, 2);
        double size = Math.sqrt(h1[1] * h1[1] + h1[2] * h1[2] + h2[1] * h2[1] + h2[2] * h2[2]);
        run.printf("  after epoch %3d: the hidden units' input weights have size %.2f; %s", epoch, size, file);
        BoundaryChart.titled("Seed 003: 2-2-1 network after " + epoch + " epoch" + (epoch == 1 ? "" : "s"))
                .classNames(Seed003Data.CLASS_NAMES).probabilities(net.probabilities(params))
                .points("training", split.train().x(), split.train().labels())
                .testPoints("test", split.test().x(), split.test().labels())
                .line("hidden unit 1: a1 = 0", h1[0], h1[1], h1[2]).line("hidden unit 2: a2 = 0", h2[0], h2[1], h2[2])
                .save(run.picture(file));
    }

    /** The nine weights in the document's order, {@code w10 … w32}. */
    static double[] named(Seed003Network net, Params params) {
        List<Double> all = new ArrayList<>();
        for (double[] unit : new double[][] {net.hiddenUnit(params, 1), net.hiddenUnit(params, 2), net.outputUnit(params)}) {
            for (double w : unit) {
                all.add(w);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void printWeights(DemoRun run, double[] w) {
        for (int unit = 0; unit < 3; unit++) {
            run.printf("    w%d0 = %10.4f   w%d1 = %10.4f   w%d2 = %10.4f", unit + 1, w[3 * unit], unit + 1,
                    w[3 * unit + 1], unit + 1, w[3 * unit + 2]);
        }
    }
}
