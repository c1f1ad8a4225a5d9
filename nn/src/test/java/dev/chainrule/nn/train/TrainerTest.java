package dev.chainrule.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Anomaly;
import dev.chainrule.autograd.NonFiniteException;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropy;
import dev.chainrule.nn.loss.MeanSquaredError;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.metrics.Metrics;
import dev.chainrule.nn.optim.Adam;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.SGD;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final double[][] FEATURES = {{0.5, -1.0}, {1.5, 0.25}, {-0.5, 2.0}, {1.0, 1.0}, {-2.0, 0.5}};
    private static final double[] TARGETS = {0.3, -0.2, 0.8, 0.1, -0.6};
    private static final MeanSquaredError MSE = new MeanSquaredError();

    private static Sequential net(Layout layout) {
        return MLP.sizes(2, 3, 1).hidden(Activation.TANH).layout(layout).build();
    }

    /** The first {@code n} samples. */
    private static Dataset data(int n) {
        return new Dataset(java.util.Arrays.copyOf(FEATURES, n), java.util.Arrays.copyOf(TARGETS, n));
    }

    /** Inputs and targets of {@code data}, laid out by hand. */
    private static Tensor[] laidOut(Dataset data, Layout layout) {
        Tensor x = Tensor.of(data.x());
        Tensor y = Tensor.of(data.y()).reshape(data.size(), 1);
        return layout == Layout.SAMPLES_AS_ROWS ? new Tensor[] {x, y.detach()}
                : new Tensor[] {x.transpose().detach(), y.transpose().detach()};
    }

    private static Tensor row(double[] values, Layout layout) {
        Tensor r = Tensor.of(new double[][] {values});
        return layout == Layout.SAMPLES_AS_ROWS ? r : r.transpose().detach();
    }

    @Test
    void fullBatchGradientDescentIsExactlyTheHandWrittenLoop() {
        for (Layout layout : Layout.values()) {
            for (Penalty penalty : new Penalty[] {null, Penalty.l2(0.01)}) {
                Sequential net = net(layout);
                Params start = net.init(new SplittableRandom(11));
                Dataset samples = data(4); // a power of two, so that the epoch's mean loss is exact too
                Trainer trainer = Trainer.of(net, MSE, new SGD(0.1)).epochs(5).fullBatch().progress(null);
                TrainingResult r = (penalty == null ? trainer : trainer.penalty(penalty)).fit(start, samples);

                Tensor[] xy = laidOut(samples, layout);
                Params p = start;
                List<Double> losses = new ArrayList<>();
                for (int epoch = 0; epoch < 5; epoch++) {
                    Tensor l = MSE.apply(net.forward(p, xy[0]), xy[1]);
                    if (penalty != null) {
                        l = l.add(penalty.apply(p));
                    }
                    losses.add(l.item());
                    p = p.zipWith(p.gradientsFrom(l.grad()), (w, g) -> w.sub(g.mul(0.1)));
                }
                assertThat(r.params()).as(layout + ", penalty " + penalty).isEqualTo(p);
                assertThat(r.history().training()).containsExactlyElementsOf(losses);
                assertThat(r.history().epochs()).isEqualTo(5);
                assertThat(r.history().validation()).isEmpty();
                assertThat(r.stopReason()).isEqualTo("reached 5 epochs");
                assertThat(r.state().step()).isEqualTo(5);
            }
        }
    }

    @Test
    void stochasticTrainingStepsThroughTheSamplesInOrder() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Params start = net.init(new SplittableRandom(2));
        List<Double> seen = new ArrayList<>();
        Model watched = Model.of(Layout.SAMPLES_AS_ROWS, (p, x) -> {
            seen.add(x.get(0, 0));
            return net.forward(p, x);
        });
        TrainingResult r = Trainer.of(watched, MSE, new SGD(0.05)).epochs(2).stochastic().progress(null)
                .fit(start, data(5));

        List<Double> order = new ArrayList<>();
        Params p = start;
        for (int epoch = 0; epoch < 2; epoch++) {
            double total = 0;
            for (int i = 0; i < 5; i++) {
                order.add(FEATURES[i][0]);
                Tensor l = MSE.apply(net.forward(p, row(FEATURES[i], Layout.SAMPLES_AS_ROWS)),
                        row(new double[] {TARGETS[i]}, Layout.SAMPLES_AS_ROWS));
                total += l.item();
                p = p.zipWith(p.gradientsFrom(l.grad()), (w, g) -> w.sub(g.mul(0.05)));
            }
            assertThat(r.history().training().get(epoch)).isEqualTo(total / 5);
        }
        assertThat(seen).containsExactlyElementsOf(order);
        assertThat(r.params()).isEqualTo(p);
        assertThat(r.state().step()).isEqualTo(10);
    }

    @Test
    void shuffledStochasticTrainingVisitsEverySampleOncePerEpochReproducibly() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Params start = net.init(new SplittableRandom(2));
        List<List<Double>> epochs = new ArrayList<>();
        Model watched = Model.of(Layout.SAMPLES_AS_ROWS, (p, x) -> {
            if (epochs.isEmpty() || epochs.get(epochs.size() - 1).size() == 5) {
                epochs.add(new ArrayList<>());
            }
            epochs.get(epochs.size() - 1).add(x.get(0, 0));
            return net.forward(p, x);
        });
        Trainer t = Trainer.of(watched, MSE, new SGD(0.05)).epochs(4).stochastic().progress(null);
        TrainingResult a = t.shuffle(new SplittableRandom(7)).fit(start, data(5));
        List<List<Double>> firstRun = List.copyOf(epochs);
        epochs.clear();
        TrainingResult b = t.shuffle(new SplittableRandom(7)).fit(start, data(5));

        assertThat(a.params()).isEqualTo(b.params());
        assertThat(epochs).isEqualTo(firstRun);
        for (List<Double> epoch : firstRun) {
            assertThat(epoch).containsExactlyInAnyOrder(0.5, 1.5, -0.5, 1.0, -2.0);
        }
        assertThat(firstRun.stream().distinct().count()).as("the order changes between epochs").isGreaterThan(1);

        Trainer shared = t.shuffle(new SplittableRandom(7));
        assertThat(shared.fit(start, data(5)).params()).isEqualTo(a.params());
        assertThat(shared.fit(start, data(5)).params()).as("the generator is shared: a second fit continues it")
                .isNotEqualTo(a.params());
    }

    @Test
    void miniBatchesHaveTheGivenSizeAndTheLastIsSmaller() {
        Sequential net = net(Layout.SAMPLES_AS_COLUMNS);
        List<Integer> sizes = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        Model watched = Model.of(Layout.SAMPLES_AS_COLUMNS, (p, x) -> {
            sizes.add(x.shape().cols());
            for (int j = 0; j < x.shape().cols(); j++) {
                firsts.add(x.get(0, j));
            }
            return net.forward(p, x);
        });
        Params start = net.init(new SplittableRandom(4));
        Trainer t = Trainer.of(watched, MSE, new SGD(0.1)).epochs(3).miniBatch(2).progress(null);
        TrainingResult r = t.fit(start, data(5));
        assertThat(sizes).containsExactly(2, 2, 1, 2, 2, 1, 2, 2, 1);
        for (int e = 0; e < 3; e++) {
            assertThat(firsts.subList(5 * e, 5 * e + 5)).containsExactlyInAnyOrder(0.5, 1.5, -0.5, 1.0, -2.0);
        }
        assertThat(r.state().step()).isEqualTo(9);
        assertThat(t.fit(start, data(5)).params()).as("shuffled with seed 0 by default: reproducible").isEqualTo(r.params());

        sizes.clear();
        Trainer.of(watched, MSE, new SGD(0.1)).epochs(1).miniBatch(10).progress(null)
                .fit(start, data(5));
        assertThat(sizes).as("a batch larger than the data is the whole data").containsExactly(5);
    }

    @Test
    void earlyStoppingTriggersWhenTheLossStopsImproving() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Params start = net.init(new SplittableRandom(1));
        // With a learning rate of 0 the loss never improves: epoch 1 sets the best, epochs 2..5 do not improve on it.
        TrainingResult r = Trainer.of(net, MSE, new SGD(0.0)).epochs(100).stopWhenNoImprovement(1e-4, 3).progress(null)
                .fit(start, data(5));
        assertThat(r.history().epochs()).isEqualTo(5);
        assertThat(r.stopReason()).isEqualTo("the training loss did not improve by 1.0E-4 for 3 epochs");
        assertThat(r.params()).isEqualTo(start);

        TrainingResult v = Trainer.of(net, MSE, new SGD(0.0)).epochs(100).stopWhenNoImprovement(1e-4, 2)
                .validation(data(2)).progress(null).fit(start, data(5));
        assertThat(v.history().epochs()).isEqualTo(4);
        assertThat(v.stopReason()).startsWith("the validation loss did not improve");

        TrainingResult improving = Trainer.of(net, MSE, new SGD(0.05)).epochs(20).stopWhenNoImprovement(0, 3)
                .progress(null).fit(start, data(5));
        assertThat(improving.stopReason()).isEqualTo("reached 20 epochs");
    }

    @Test
    void theValidationLossIsTheLossAloneAndTheTrainingLossTheObjectiveWithItsPenalty() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Dataset held = new Dataset(new double[][] {{0.0, 0.0}, {1.0, -1.0}}, new double[] {0.5, -0.5});
        List<EpochEnd> ends = new ArrayList<>();
        Penalty l2 = Penalty.l2(0.5);
        Trainer.of(net, MSE, new SGD(0.1)).epochs(2).fullBatch().validation(held).penalty(l2).callback(ends::add)
                .progress(null).fit(net.init(new SplittableRandom(5)), data(5));
        Tensor[] xy = laidOut(held, Layout.SAMPLES_AS_ROWS);
        double alone = MSE.apply(net.forward(ends.get(1).params(), xy[0]), xy[1]).item();
        assertThat(ends.get(1).validationLoss()).hasValue(alone);
        Tensor[] train = laidOut(data(5), Layout.SAMPLES_AS_ROWS);
        double objective = MSE.apply(net.forward(ends.get(0).params(), train[0]), train[1]).item()
                + l2.apply(ends.get(0).params()).item();
        assertThat(ends.get(1).trainingLoss()).isCloseTo(objective, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void validationLossIsRecordedAfterEveryEpochAndTheCallbackSeesEachEpoch() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Dataset held = new Dataset(new double[][] {{0.0, 0.0}, {1.0, -1.0}}, new double[] {0.5, -0.5});
        List<EpochEnd> ends = new ArrayList<>();
        TrainingResult r = Trainer.of(net, MSE, new SGD(0.1)).epochs(6).validation(held).callback(ends::add)
                .progress(null).fit(net.init(new SplittableRandom(5)), data(5));

        assertThat(ends).extracting(EpochEnd::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ends).extracting(EpochEnd::trainingLoss).containsExactlyElementsOf(r.history().training());
        assertThat(r.history().validation()).hasSize(6);
        Tensor[] xy = laidOut(held, Layout.SAMPLES_AS_ROWS);
        for (int e = 0; e < 6; e++) {
            double expected = MSE.apply(net.forward(ends.get(e).params(), xy[0]), xy[1]).item();
            assertThat(r.history().validation().get(e)).isEqualTo(expected);
            assertThat(ends.get(e).validationLoss()).hasValue(expected);
        }
        assertThat(ends.get(5).params()).isEqualTo(r.params());

        List<EpochEnd> without = new ArrayList<>();
        Trainer.of(net, MSE, new SGD(0.1)).epochs(2).callback(without::add).progress(null)
                .fit(net.init(new SplittableRandom(5)), data(5));
        assertThat(without).hasSize(2).allSatisfy(e -> assertThat(e.validationLoss()).isEmpty());
    }

    @Test
    void theTrainerAndTheLossTakeTheLayoutFromTheModel() {
        // The same three-class network in both layouts, from transposed parameters: the same losses, epoch by epoch.
        double[][] x = {{0.5, -1.0}, {1.5, 0.25}, {-0.5, 2.0}, {1.0, 1.0}};
        int[] labels = {0, 2, 1, 2};
        Sequential rows = MLP.sizes(2, 3, 3).hidden(Activation.TANH).build();
        Sequential columns = MLP.sizes(2, 3, 3).hidden(Activation.TANH).layout(Layout.SAMPLES_AS_COLUMNS).build();
        Params p = rows.init(new SplittableRandom(8));
        Params q = p;
        for (String layer : new String[] {"0.", "2."}) {
            Tensor b = p.get(layer + "bias");
            q = q.with(layer + "weight", p.get(layer + "weight").transpose()).with(layer + "bias", b.reshape(b.size(), 1));
        }
        Dataset data = Dataset.of(x, labels);
        TrainingResult byRows = Trainer.of(rows, new SoftmaxCrossEntropy(), new SGD(0.5)).targets(Targets.oneHot(3))
                .epochs(3).progress(null).fit(p, data);
        TrainingResult byColumns = Trainer.of(columns, new SoftmaxCrossEntropy(), new SGD(0.5)).targets(Targets.oneHot(3))
                .epochs(3).progress(null).fit(q, data);
        for (int e = 0; e < 3; e++) {
            assertThat(byColumns.history().training().get(e)).isCloseTo(byRows.history().training().get(e), within(1e-14));
        }
    }

    @Test
    void theTrainerRunsLbfgsOnTheFullBatchOneIterationPerEpoch() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Params start = net.init(new SplittableRandom(6));
        Penalty l2 = Penalty.l2(0.01);
        List<EpochEnd> ends = new ArrayList<>();
        LBFGS lbfgs = new LBFGS(10, 15000, 1e-8, 0);
        TrainingResult r = Trainer.of(net, MSE, lbfgs).epochs(30).penalty(l2).validation(data(2)).callback(ends::add)
                .progress(null).fit(start, data(5));

        Tensor[] xy = laidOut(data(5), Layout.SAMPLES_AS_ROWS);
        LBFGS.Result direct = lbfgs.minimize(LBFGS.objective(p -> MSE.apply(net.forward(p, xy[0]), xy[1]).add(l2.apply(p))),
                start, 30);
        assertThat(r.params()).isEqualTo(direct.params());
        assertThat(r.history().training()).containsExactlyElementsOf(direct.losses().subList(1, direct.losses().size()));
        assertThat(r.history().epochs()).isEqualTo(direct.iterations());
        assertThat(r.stopReason()).isEqualTo(direct.reason());
        assertThat(r.state().step()).isEqualTo(direct.iterations());
        assertThat(ends).extracting(EpochEnd::epoch).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, direct.iterations()).boxed().toList());
        assertThat(r.history().validation()).hasSize(direct.iterations());
        assertThat(ends.get(ends.size() - 1).params()).isEqualTo(r.params());
    }

    @Test
    void lbfgsWithMiniBatchesOrEarlyStoppingIsAnErrorThatSaysWhy() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Params start = net.init(new SplittableRandom(6));
        Trainer t = Trainer.of(net, MSE, new LBFGS()).progress(null);
        assertThatThrownBy(() -> t.miniBatch(2).fit(start, data(5)))
                .hasMessage("trainer: L-BFGS works on the full batch, so it cannot be used with miniBatch(2)");
        assertThatThrownBy(() -> t.stochastic().fit(start, data(5))).hasMessageEndingWith("cannot be used with stochastic()");
        assertThatThrownBy(() -> t.stopWhenNoImprovement(1e-4, 3).fit(start, data(5)))
                .hasMessageStartingWith("trainer: L-BFGS stops by its own tolerances");
    }

    @Test
    void xorIsLearned() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1, 0};
        Sequential net = MLP.sizes(2, 4, 1).hidden(Activation.TANH).output(Activation.SIGMOID).build();
        TrainingResult r = Trainer.of(net, new BinaryCrossEntropy(), new Adam(0.05)).targets(Targets.binary()).epochs(600)
                .progress(null).fit(net.init(new SplittableRandom(42)), Dataset.of(x, y));
        Tensor probabilities = net.forward(r.params(), Tensor.of(x));
        assertThat(Metrics.threshold(probabilities)).containsExactly(y);
        assertThat(r.history().training().get(599)).isLessThan(0.05);
    }

    @Test
    void aLossThatBecomesNaNOrInfiniteStopsTrainingWithAMessage() {
        Sequential line = Sequential.of(new Linear(2, 1));
        TrainingResult r = Trainer.of(line, MSE, new SGD(50.0)).epochs(1000).progress(null)
                .fit(line.init(new SplittableRandom(1)), data(5));
        assertThat(r.history().epochs()).isLessThan(1000);
        double last = r.history().training().get(r.history().epochs() - 1);
        assertThat(Double.isFinite(last)).isFalse();
        assertThat(r.stopReason()).isEqualTo("the loss became " + last + " in epoch " + r.history().epochs()
                + " (try a smaller learning rate)");
    }

    @Test
    void aParameterTheModelDoesNotUseIsAnErrorNamingItUnlessAllowed() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        // A model that re-wraps the first layer's weight: the loss depends on a copy, not on "0.weight".
        Model rewrapping = Model.of(Layout.SAMPLES_AS_ROWS, (p, x) -> {
            Tensor w = p.get("0.weight");
            return net.forward(p.with("0.weight", Tensor.of(w.shape(), w.toArray()).mul(1.0)), x);
        });
        Params start = net.init(new SplittableRandom(3));
        assertThatThrownBy(() -> Trainer.of(rewrapping, MSE, new SGD(0.1)).epochs(2).progress(null).fit(start, data(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no gradient for parameter '0.weight': the loss does not depend on it.");

        TrainingResult r = Trainer.of(rewrapping, MSE, new SGD(0.1)).epochs(2).allowUnused().progress(null)
                .fit(start, data(5));
        assertThat(r.params().get("0.weight").sameValues(start.get("0.weight"))).as("zero gradients: it stays").isTrue();
        assertThat(r.params().get("2.weight").sameValues(start.get("2.weight"))).isFalse();
    }

    @Test
    void aTrainingStepDoesNotDifferentiateWithRespectToTheData() {
        // ∂L/∂X through sqrt at 0 is infinite: with anomaly detection on, a full backward pass would stop there.
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Model rooted = Model.of(Layout.SAMPLES_AS_ROWS, (p, x) -> net.forward(p, x.abs().sqrt()));
        Params start = net.init(new SplittableRandom(3));
        Dataset withZeros = new Dataset(new double[][] {{0.0, 1.0}, {4.0, 0.0}}, new double[] {0.5, -0.5});
        try (var scope = Anomaly.detect()) {
            TrainingResult r = Trainer.of(rooted, MSE, new SGD(0.1)).epochs(3).progress(null).fit(start, withZeros);
            assertThat(r.history().epochs()).isEqualTo(3);
            Tensor[] xy = laidOut(withZeros, Layout.SAMPLES_AS_ROWS);
            Tensor l = MSE.apply(rooted.forward(start, xy[0]), xy[1]);
            assertThatThrownBy(l::grad).isInstanceOf(NonFiniteException.class);
        }
    }

    @Test
    void theProgressBarIsDrawnWhereAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Trainer.of(net, MSE, new SGD(0.1)).epochs(3).validation(data(2)).progress(new PrintStream(out, true, StandardCharsets.UTF_8))
                .fit(net.init(new SplittableRandom(1)), data(5));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("epoch 3/3 [##############################] loss ")
                .contains(" validation ").endsWith(System.lineSeparator());
    }

    @Test
    void badSettingsAreRejectedNamingThem() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Trainer t = Trainer.of(net, MSE, new SGD(0.1));
        assertThatThrownBy(() -> t.epochs(0)).hasMessage("trainer: epochs must be >= 1, got 0");
        assertThatThrownBy(() -> t.miniBatch(0)).hasMessage("trainer: batch size must be >= 1, got 0");
        assertThatThrownBy(() -> t.stopWhenNoImprovement(-1, 3)).hasMessageContaining("tol must be >= 0");
        assertThatThrownBy(() -> Trainer.of(net, null, new SGD(0.1))).hasMessageContaining("must not be null");
        assertThatThrownBy(() -> t.progress(null).fit(net.init(new SplittableRandom(1)),
                new Dataset(new double[][] {{1, 2, 3}}, new double[] {1})))
                .hasMessageContaining("Linear(2 → 3): input of shape (1,3) has 3 features but the layer expects 2");
    }

    @Test
    void configuringReturnsANewTrainer() {
        Sequential net = net(Layout.SAMPLES_AS_ROWS);
        Trainer base = Trainer.of(net, MSE, new SGD(0.1)).epochs(2).progress(null);
        Trainer longer = base.epochs(7);
        assertThat(longer).isNotSameAs(base);
        Params start = net.init(new SplittableRandom(1));
        assertThat(base.fit(start, data(5)).history().epochs()).isEqualTo(2);
        assertThat(longer.fit(start, data(5)).history().epochs()).isEqualTo(7);
    }
}
