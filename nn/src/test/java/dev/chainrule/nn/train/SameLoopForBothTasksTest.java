package dev.chainrule.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeClassification;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropy;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.metrics.Metrics;
import dev.chainrule.nn.optim.SGD;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, Exercises 2 and 3: the same classes and the same training loop serve a sigmoid/BCE binary model and a
 * softmax/cross-entropy three-class model; only the output size, output activation and loss change.
 */
class SameLoopForBothTasksTest {

    /** The one training loop of both exercises: full-batch gradient descent, samples as rows. */
    private static Params train(Sequential net, Loss loss, Targets targets, Dataset data) {
        return Trainer.of(net, loss, new SGD(0.5)).targets(targets).epochs(400).fullBatch().progress(null)
                .fit(net.init(new RandomState(0)), data).params();
    }

    private static Sequential mlp(int in, int hidden, int out, Activation output) {
        return MLP.sizes(in, hidden, out).hidden(Activation.TANH).output(output).build();
    }

    @Test
    void binaryExerciseTwo() {
        Split split = TrainTestSplit.trainTestSplit(MakeClassification.of(1000, 2).withInformative(2).withRedundant(0)
                .withClustersPerClass(1).generate(42), 0.2, 42);
        Sequential net = mlp(2, 10, 1, Activation.SIGMOID);
        Params p = train(net, new BinaryCrossEntropy(), Targets.binary(), split.train());
        Tensor probabilities = net.forward(p, Tensor.of(split.test().x()));
        int[] predicted = Metrics.threshold(probabilities);
        assertThat(Metrics.accuracy(split.test().labels(), predicted)).isGreaterThan(0.85);
    }

    @Test
    void threeClassExerciseThree() {
        Dataset data = MakeClassification.of(1500, 4).withInformative(4).withRedundant(0).withClasses(3)
                .withClustersPerClass(1).generate(42);
        Split split = TrainTestSplit.trainTestSplit(data, 0.2, 42);
        Sequential net = mlp(4, 16, 3, Activation.IDENTITY);
        Params p = train(net, new SoftmaxCrossEntropy(), Targets.oneHot(3), split.train());
        Tensor logits = net.forward(p, Tensor.of(split.test().x()));
        int[] predicted = Metrics.argmax(logits, Layout.SAMPLES_AS_ROWS);
        assertThat(Metrics.accuracy(split.test().labels(), predicted)).isGreaterThan(0.8);
    }
}
