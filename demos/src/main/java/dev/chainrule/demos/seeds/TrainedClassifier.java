package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.LineChart;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.metrics.ConfusionMatrix;
import dev.chainrule.nn.metrics.Metrics;
import dev.chainrule.nn.train.History;
import dev.chainrule.nn.train.TrainingResult;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A classifier that nn's {@code Trainer} has trained, as the training demos report it: its loss per epoch (on the
 * training data and on the test data), its predicted classes and accuracy, its confusion matrix, its loss curve and
 * its decision-boundary picture. The classes come from the model's probabilities: P(class 1) above 0.5 for one
 * output ({@link Metrics#threshold}), the most probable class for several ({@link Metrics#argmax}).
 *
 * <pre>{@code
 * TrainingResult r = trainer.validation(test).fit(net.init(new RandomState(42)), train);
 * TrainedClassifier c = TrainedClassifier.of(net, r, Probabilities.Output.PROBABILITY);
 * c.printLosses(run, 100);                     // epoch 100/1000  training loss 0.229955  test loss 0.2069…
 * c.accuracy(test);                            // 0.9933…
 * c.lossChart("Two moons", "binary cross-entropy").save(run.picture("loss.png"));
 * c.boundary("Two moons", train, test).save(run.picture("boundary.png"));
 * }</pre>
 *
 * @param history       the loss per epoch (the test loss as the validation loss)
 * @param probabilities rows of inputs (as the data sets hold them) to rows of probabilities
 */
record TrainedClassifier(History history, UnaryOperator<double[][]> probabilities) {
    /** {@code model} with the parameters {@code result} trained, whose outputs are {@code output}. */
    static TrainedClassifier of(Model model, TrainingResult result, Probabilities.Output output) {
        return new TrainedClassifier(result.history(), Probabilities.of(model, result.params(), output));
    }

    /** The predicted class of each row of {@code x}. */
    int[] predict(double[][] x) {
        Tensor p = Tensor.of(probabilities.apply(x));
        return p.shape().cols() == 1 ? Metrics.threshold(p) : Metrics.argmax(p, Layout.SAMPLES_AS_ROWS);
    }

    /** The fraction of {@code data}'s samples whose class is predicted right. */
    double accuracy(Dataset data) {
        return Metrics.accuracy(data.labels(), predict(data.x()));
    }

    /** Counts of (true class, predicted class) on {@code data}, over {@code classes} classes. */
    ConfusionMatrix confusion(Dataset data, int classes) {
        return Metrics.confusionMatrix(data.labels(), predict(data.x()), classes);
    }

    /** The training loss of the last epoch. */
    double trainingLoss() {
        return last(history.training());
    }

    /** The test loss after the last epoch. */
    double testLoss() {
        return last(history.validation());
    }

    /**
     * Prints the loss every {@code every} epochs and at the last one, as the seeds print it: the training loss of
     * the epoch (computed before its update) and the test loss after it.
     */
    void printLosses(DemoRun run, int every) {
        int epochs = history.epochs();
        for (int e = 1; e <= epochs; e++) {
            if (e % every == 0 || e == epochs) {
                run.printf("epoch %5d/%d  training loss %.6f  test loss %.6f", e, epochs, history.training().get(e - 1),
                        history.validation().get(e - 1));
            }
        }
    }

    /** The training and test loss per epoch, {@code loss} on the y axis. */
    LineChart lossChart(String title, String loss) {
        return LineChart.titled(title).axes("epoch", loss).series("training data", history.training())
                .series("test data", history.validation());
    }

    /** The model's P(class) over the plane of the two features, with the training points filled and the test hollow. */
    BoundaryChart boundary(String title, Dataset train, Dataset test) {
        return BoundaryChart.titled(title).probabilities(probabilities).points("training", train.x(), train.labels())
                .testPoints("test", test.x(), test.labels());
    }

    private static double last(List<Double> values) {
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1);
    }
}
