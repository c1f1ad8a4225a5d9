package dev.chainrule.nn.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeMoons;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropyWithLogits;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MLPClassifierTest {
    private static final double[][] XOR = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final int[] XOR_Y = {0, 1, 1, 0};

    @Test
    void lbfgsLearnsXor() {
        MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(4).activation("tanh").solver("lbfgs").randomState(1)
                .fit(XOR, XOR_Y);
        assertThat(clf.predict(XOR)).containsExactly(XOR_Y);
        assertThat(clf.score(XOR, XOR_Y)).isEqualTo(1.0);
        assertThat(clf.lossCurve()).hasSize(clf.iterations());
    }

    @Test
    void adamAndSgdSeparateTheMoons() {
        Dataset moons = MakeMoons.of(200).withNoise(0.1).generate(42);
        for (String solver : new String[] {"adam", "sgd"}) {
            MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(10).activation("tanh").solver(solver)
                    .learningRateInit(solver.equals("sgd") ? 0.2 : 0.02).maxIter(300).randomState(0)
                    .fit(moons.x(), moons.labels());
            assertThat(clf.score(moons.x(), moons.labels())).as(solver).isGreaterThan(0.95);
            assertThat(clf.lossCurve().get(clf.lossCurve().size() - 1)).as(solver).isLessThan(clf.lossCurve().get(0));
        }
    }

    @Test
    void threeClassesUseSoftmaxAndAnyLabels() {
        double[][] X = {{0, 0}, {0.1, 0}, {5, 5}, {5.1, 5}, {-5, 5}, {-5.1, 5}};
        int[] y = {7, 7, 3, 3, 11, 11};
        MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(5).solver("lbfgs").randomState(3).fit(X, y);
        assertThat(clf.classes()).containsExactly(3, 7, 11);
        assertThat(clf.predict(X)).containsExactly(y);
        for (double[] row : clf.predictProba(X)) {
            assertThat(row).hasSize(3);
            assertThat(Arrays.stream(row).sum()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void binaryProbabilitiesHaveTwoColumns() {
        MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(3).solver("lbfgs").randomState(0).fit(XOR, XOR_Y);
        for (double[] row : clf.predictProba(XOR)) {
            assertThat(row).hasSize(2);
            assertThat(row[0] + row[1]).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void sameRandomStateSameFit() {
        Dataset moons = MakeMoons.of(100).withNoise(0.2).generate(1);
        MLPClassifier a = new MLPClassifier().hiddenLayerSizes(6).maxIter(20).randomState(5).fit(moons.x(), moons.labels());
        MLPClassifier b = new MLPClassifier().hiddenLayerSizes(6).maxIter(20).randomState(5).fit(moons.x(), moons.labels());
        assertThat(a.lossCurve()).isEqualTo(b.lossCurve());
        assertThat(a.params()).isEqualTo(b.params());
    }

    @Test
    void initialisationFollowsScikitLearnsBounds() {
        MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(8).activation("logistic").maxIter(1).randomState(0)
                .learningRateInit(1e-12).fit(XOR, XOR_Y);
        double bound = Math.sqrt(2.0 / (2 + 8));
        for (double w : clf.params().get("0.weight").toArray()) {
            assertThat(Math.abs(w)).isLessThanOrEqualTo(bound + 1e-9);
        }
        assertThat(clf.params().get("0.weight").shape().dims()).containsExactly(2, 8);
    }

    @Test
    void anLbfgsClassifierIsAnMlpTrainedByTheTrainerWithLbfgs() {
        MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(4).activation("tanh").solver("lbfgs").alpha(0.01)
                .randomState(1).fit(XOR, XOR_Y);
        Initializer glorot = Initializer.xavierUniform(6.0);
        Sequential net = MLP.sizes(2, 4, 1).hidden(Activation.TANH).weights(glorot).biases(glorot).build();
        TrainingResult r = Trainer.of(net, new BinaryCrossEntropyWithLogits(), new LBFGS(10, 15000, 1e-4, 0.0))
                .targets(Targets.binary()).penalty(Penalty.l2(0.01 / 4)).epochs(200).progress(null)
                .fit(net.init(new RandomState(1)), Dataset.of(XOR, XOR_Y));
        assertThat(clf.model().describe()).isEqualTo(net.describe());
        assertThat(clf.params()).isEqualTo(r.params());
        assertThat(clf.lossCurve()).isEqualTo(r.history().training());
        assertThat(clf.params().weights().names()).as("the penalty's weights come from the layers")
                .containsExactly("0.weight", "2.weight");
    }

    @Test
    void settingsAreValuesAClassifierDoesNotChangeWhenItsArgumentsOrOtherClassifiersDo() {
        int[] sizes = {3};
        MLPClassifier base = new MLPClassifier().solver("lbfgs").randomState(0);
        MLPClassifier three = base.hiddenLayerSizes(sizes);
        sizes[0] = 50;
        MLPClassifier five = base.hiddenLayerSizes(5);
        assertThat(three.fit(XOR, XOR_Y).params().get("0.weight").shape().dims()).containsExactly(2, 3);
        assertThat(five.fit(XOR, XOR_Y).params().get("0.weight").shape().dims()).containsExactly(2, 5);
        assertThat(new MLPClassifier().solver("lbfgs").fit(XOR, XOR_Y).params().get("0.weight").shape().dims())
                .as("the defaults are untouched").containsExactly(2, 100);
    }

    @Test
    void badInputsAreNamed() {
        MLPClassifier clf = new MLPClassifier();
        assertThatThrownBy(() -> clf.predict(XOR)).hasMessageContaining("not fitted yet");
        assertThatThrownBy(() -> clf.fit(new double[0][], new int[0])).hasMessageContaining("X is empty");
        assertThatThrownBy(() -> clf.fit(XOR, new int[] {0, 1})).hasMessageContaining("4 samples but y has 2 labels");
        assertThatThrownBy(() -> clf.fit(XOR, new int[] {1, 1, 1, 1})).hasMessageContaining("single class");
        assertThatThrownBy(() -> clf.fit(new double[][] {{0, Double.NaN}, {1, 1}}, new int[] {0, 1}))
                .hasMessageContaining("X row 0 holds NaN");
        assertThatThrownBy(() -> clf.learningRateInit(-0.1)).hasMessageContaining("learningRateInit");
        assertThatThrownBy(() -> clf.solver("newton")).hasMessageContaining("sgd, adam or lbfgs");
        assertThatThrownBy(() -> clf.activation("softplus")).hasMessageContaining("relu, tanh, logistic or identity");
        MLPClassifier fitted = clf.hiddenLayerSizes(2).solver("lbfgs").maxIter(5).fit(XOR, XOR_Y);
        assertThatThrownBy(() -> fitted.predict(new double[][] {{1, 2, 3}}))
                .hasMessageContaining("has 3 features, but the classifier was fitted with 2");
    }
}
