package dev.chainrule.demos.train;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.split.Split;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.LineChart;
import dev.chainrule.demos.seeds.Probabilities;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.metrics.Metrics;
import dev.chainrule.nn.train.TrainingResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code chainrule train} reports: the final training and test loss (of the final parameters, without the
 * penalty) and accuracy, as text or as the JSON other programs read.
 *
 * @param trainLoss     the loss on the training data
 * @param testLoss      the loss on the test data (NaN without test data)
 * @param trainAccuracy the fraction classified right (NaN for a regression)
 * @param testAccuracy  the same on the test data
 * @param epochs        the epochs run
 * @param history       the result, with the loss per epoch
 * @param seconds       how long training took
 */
record Report(double trainLoss, double testLoss, double trainAccuracy, double testAccuracy, int epochs,
              TrainingResult history, double seconds) {

    static Report of(Network net, TrainingResult r, Split split, double seconds) {
        return new Report(loss(net, r.params(), split.train()), loss(net, r.params(), split.test()),
                accuracy(net, r.params(), split.train()), accuracy(net, r.params(), split.test()), r.history().epochs(), r,
                seconds);
    }

    /** The loss of the final parameters on {@code data} (NaN when it is empty). */
    static double loss(Network net, Params params, Dataset data) {
        if (data.size() == 0) {
            return Double.NaN;
        }
        double[][] targets = net.targets().rows(data);
        Tensor y = Tensor.of(targets);
        return net.lossFunction().apply(net.training().forward(params, data.xTensor()), y, Layout.SAMPLES_AS_ROWS).item();
    }

    /** The fraction of {@code data} the saved network classifies right; NaN for a regression or no data. */
    static double accuracy(Network net, Params params, Dataset data) {
        if (!net.classifier() || data.size() == 0) {
            return Double.NaN;
        }
        Tensor out = net.saved().forward(params, data.xTensor());
        int[] predicted = out.shape().cols() == 1 ? Metrics.threshold(out) : Metrics.argmax(out, Layout.SAMPLES_AS_ROWS);
        return Metrics.accuracy(data.labels(), predicted);
    }

    boolean finite() {
        return Double.isFinite(lastLoss());
    }

    /** The training loss of the last epoch run. */
    double lastLoss() {
        List<Double> t = history.history().training();
        return t.isEmpty() ? Double.NaN : t.get(t.size() - 1);
    }

    /** The loss curve and, for two features, the decision boundary, into {@code dir}. */
    void plot(Path dir, Split twoFeatures, Network net, Params params) {
        LineChart curve = LineChart.titled("Loss per epoch (" + net.describe() + ")").axes("epoch", "loss")
                .series("training", history.history().training());
        if (!history.history().validation().isEmpty()) {
            curve = curve.series("test", history.history().validation());
        }
        curve.save(dir.resolve("loss.png"));
        if (twoFeatures != null && net.classifier()) {
            Dataset train = twoFeatures.train();
            Dataset test = twoFeatures.test();
            BoundaryChart.titled(String.format(Locale.ROOT, "Decision boundary: test accuracy %.1f%%", 100 * testAccuracy))
                    .axes("x1", "x2")
                    .probabilities(Probabilities.of(net.saved(), params, net.sizes()[net.sizes().length - 1] == 1
                            ? Probabilities.Output.PROBABILITY : Probabilities.Output.PROBABILITIES))
                    .points("training", train.x(), train.labels()).testPoints("test", test.x(), test.labels())
                    .save(dir.resolve("boundary.png"));
        }
    }

    /** Exactly the keys other programs rely on; NaN (a regression's accuracy, no test data) is null. */
    String json() {
        return String.format(Locale.ROOT, "{\"train_accuracy\": %s, \"test_accuracy\": %s, \"train_loss\": %s,"
                + " \"test_loss\": %s, \"epochs\": %d}%n", number(trainAccuracy), number(testAccuracy), number(trainLoss),
                number(testLoss), epochs);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    String text(Path plot, Path save) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "trained %d epochs in %.2f s (%s)%n", epochs, seconds, history.stopReason()));
        sb.append(String.format(Locale.ROOT, "train loss %s%s%n", loss(trainLoss), percent(trainAccuracy)));
        if (!Double.isNaN(testLoss)) {
            sb.append(String.format(Locale.ROOT, "test  loss %s%s%n", loss(testLoss), percent(testAccuracy)));
        }
        if (plot != null) {
            sb.append("pictures in ").append(plot).append('\n');
        }
        if (save != null) {
            sb.append("model saved to ").append(save).append(" (chainrule predict --model ").append(save).append(" --data FILE.csv)\n");
        }
        return sb.toString();
    }

    private static String loss(double v) {
        return String.format(Locale.ROOT, Math.abs(v) < 1e6 ? "%.6f" : "%.6e", v);
    }

    private static String percent(double accuracy) {
        return Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "   accuracy %.2f%%", 100 * accuracy);
    }
}
