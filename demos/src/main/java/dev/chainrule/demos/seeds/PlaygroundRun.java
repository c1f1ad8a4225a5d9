package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.PlaygroundFeature;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.History;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import io.vavr.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * One network of seed 002's Exercise 3, trained on the spiral as the TensorFlow Playground trains it: the points
 * split into a training share and a test rest; the inputs the chosen {@link PlaygroundFeature}s of each point; labels
 * ±1 and a tanh output unit; weights uniform in [−0.5, 0.5) and biases 0.1; SGD on batches of 10 with the
 * regularisation (if any) added to each batch's loss for the weights, not the biases; the loss
 * {@link HalfMeanSquaredError}, reported after each epoch on the training and the test data without the penalty,
 * as the Playground shows "Training loss" and "Test loss".
 *
 * <pre>{@code
 * PlaygroundRun l2 = new PlaygroundRun("l2", "7 features, 6×8 ReLU, L2 0.001", List.of(PlaygroundFeature.values()),
 *         List.of(8, 8, 8, 8, 8, 8), Activation.RELU, 0.03, 0.2, Optional.of(Penalty.l2(0.001)), 0.232);
 * PlaygroundRun.Outcome o = l2.train(Playground.spiral(500, 0, 42), 1000, 42);
 * o.testLoss();                         // the Playground's test loss after 1000 epochs
 * }</pre>
 *
 * @param key              a short name, for file names and the summary
 * @param title            what the run is, in words
 * @param features         the network's inputs, computed from each point (x1, x2)
 * @param hidden           the hidden layers' sizes
 * @param activation       the hidden layers' activation
 * @param learningRate     η
 * @param trainFraction    the share of the points used for training
 * @param penalty          the regularisation, if any
 * @param documentTestLoss the test loss the document reports for this setting
 */
record PlaygroundRun(String key, String title, List<PlaygroundFeature> features, List<Integer> hidden,
                     Activation activation, double learningRate, double trainFraction, Optional<Penalty> penalty,
                     double documentTestLoss) {
    /** The Playground's default batch size. */
    static final int BATCH_SIZE = 10;
    /** The Playground's initial weights, uniform in [−0.5, 0.5), and biases, 0.1. */
    static final Initializer WEIGHTS = Initializer.uniform(-0.5, 0.5);
    static final double BIAS = 0.1;
    /** A weight this small counts as switched off (the Playground draws it as no line). */
    static final double SMALL_WEIGHT = 0.01;

    PlaygroundRun {
        features = List.copyOf(features);
        hidden = List.copyOf(hidden);
    }

    /** What training gave: the model over the plane of (x1, x2), its losses and its weights. */
    record Outcome(PlaygroundRun run, Split points, TrainedClassifier model, Params params) {
        double testAccuracy() {
            return model.accuracy(points.test());
        }

        /** {@code Σ|w|} over the weights, nn's L1 penalty at rate 1. */
        double sumOfAbsoluteWeights() {
            return Penalty.l1(1).apply(params).item();
        }

        /** How many weights are smaller than {@link #SMALL_WEIGHT} in size, and how many there are. */
        int[] smallWeights() {
            int small = 0;
            int all = 0;
            for (Tuple2<String, Tensor> w : params.weights()) {
                for (double v : w._2.toArray()) {
                    small += Math.abs(v) < SMALL_WEIGHT ? 1 : 0;
                    all++;
                }
            }
            return new int[] {small, all};
        }
    }

    /** The layer sizes, inputs to the one output. */
    int[] sizes() {
        return IntStream.concat(IntStream.concat(IntStream.of(features.size()), hidden.stream().mapToInt(h -> h)),
                IntStream.of(1)).toArray();
    }

    String regularisation() {
        return penalty.map(p -> p.kind() + " " + p.rate()).orElse("none");
    }

    /** Trains for {@code epochs} on {@code spiral}, split and initialised from {@code seed}. */
    Outcome train(Dataset spiral, int epochs, long seed) {
        Split points = TrainTestSplit.testFraction(1 - trainFraction).split(spiral, seed);
        Dataset train = network(points.train());
        Dataset test = network(points.test());
        Sequential net = MLP.sizes(sizes()).weights(WEIGHTS).biases(Initializer.constant(BIAS))
                .hidden(activation).output(Activation.TANH).build();
        Loss loss = new HalfMeanSquaredError();
        List<Double> trainLosses = new ArrayList<>();
        List<Double> testLosses = new ArrayList<>();
        Trainer trainer = Trainer.of(net, loss, new SGD(learningRate)).epochs(epochs).miniBatch(BATCH_SIZE)
                .progress(null).callback(end -> {
                    trainLosses.add(loss.apply(net.forward(end.params(), train.xTensor()), train.yTensor()).item());
                    testLosses.add(loss.apply(net.forward(end.params(), test.xTensor()), test.yTensor()).item());
                });
        trainer = penalty.map(trainer::penalty).orElse(trainer);
        TrainingResult result = trainer.fit(net.init(new RandomState(seed)), train);
        UnaryOperator<double[][]> outputs = Probabilities.of(net, result.params(), Probabilities.Output.PROBABILITY,
                p -> features.stream().mapToDouble(f -> f.apply(p[0], p[1])).toArray());
        TrainedClassifier model = new TrainedClassifier(new History(trainLosses, testLosses), fromTanh(outputs));
        return new Outcome(this, points, model, result.params());
    }

    /** The points as the network sees them: the chosen features, labels ±1. */
    Dataset network(Dataset points) {
        Dataset inputs = PlaygroundFeature.map(points, features.toArray(PlaygroundFeature[]::new));
        double[] y = points.y();
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 * y[i] - 1;
        }
        return new Dataset(inputs.x(), y);
    }

    /** A tanh output in [−1, 1] read as P(label +1) = (output + 1) / 2: above ½ exactly where the output is positive. */
    private static UnaryOperator<double[][]> fromTanh(UnaryOperator<double[][]> outputs) {
        return points -> {
            double[][] o = outputs.apply(points);
            double[][] p = new double[o.length][1];
            for (int i = 0; i < o.length; i++) {
                p[i][0] = (o[i][0] + 1) / 2;
            }
            return p;
        };
    }
}
