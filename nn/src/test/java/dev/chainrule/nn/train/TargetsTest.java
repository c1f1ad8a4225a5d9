package dev.chainrule.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.preprocessing.OneHot;
import dev.chainrule.nn.Layout;
import org.junit.jupiter.api.Test;

/** Data's {@code Dataset} as training data: targets as tensors in either layout, and bad data named. */
class TargetsTest {
    private static final double[][] X = {{1, 2}, {3, 4}, {5, 6}};

    @Test
    void inputsAndTargetsComeOutInEitherLayout() {
        Dataset d = new Dataset(X, new double[] {0.1, 0.2, 0.3});
        Tensor[] rows = TrainingData.tensors(d, Targets.values(), Layout.SAMPLES_AS_ROWS);
        assertThat(rows[0].sameValues(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}))).isTrue();
        assertThat(rows[1].sameValues(Tensor.of(new double[][] {{0.1}, {0.2}, {0.3}}))).isTrue();
        Tensor[] columns = TrainingData.tensors(d, Targets.values(), Layout.SAMPLES_AS_COLUMNS);
        assertThat(columns[0].sameValues(Tensor.of(new double[][] {{1, 3, 5}, {2, 4, 6}}))).isTrue();
        assertThat(columns[1].sameValues(Tensor.of(new double[][] {{0.1, 0.2, 0.3}}))).isTrue();
        Tensor[] picked = TrainingData.tensors(d.select(2, 0), Targets.values(), Layout.SAMPLES_AS_ROWS);
        assertThat(picked[0].sameValues(Tensor.of(new double[][] {{5, 6}, {1, 2}}))).isTrue();
    }

    @Test
    void labelsBecomeBinaryOrOneHotTargets() {
        assertThat(Targets.binary().rows(Dataset.of(new double[][] {{0}, {1}}, new int[] {0, 1})))
                .isEqualTo(new double[][] {{0}, {1}});
        Dataset three = Dataset.of(X, new int[] {2, 0, 1});
        assertThat(Targets.oneHot(3).rows(three)).isEqualTo(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        assertThat(TrainingData.tensors(three, Targets.oneHot(3), Layout.SAMPLES_AS_COLUMNS)[1]
                .sameValues(Tensor.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}))).isTrue();
        Dataset labelled = Dataset.of(X, new int[] {7, 3, 7});
        assertThat(Targets.oneHot(OneHot.fit(new int[] {3, 7})).rows(labelled)).isEqualTo(new double[][] {{0, 1}, {1, 0}, {0, 1}});
    }

    @Test
    void labelsThatDoNotFitAreRejectedNamingTheSample() {
        assertThatThrownBy(() -> Targets.binary().rows(Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 2})))
                .hasMessage("targets: binary labels must be 0 or 1, but y[1] is 2.0");
        assertThatThrownBy(() -> Targets.oneHot(3).rows(Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 3})))
                .hasMessage("OneHot: label 3 in row 1 is not one of the categories [0, 1, 2]");
        assertThatThrownBy(() -> Targets.oneHot(3).rows(new Dataset(new double[][] {{1}}, new double[] {0.5})))
                .hasMessageContaining("y[0] = 0.5 is not a class label");
        assertThatThrownBy(() -> Targets.oneHot(0)).hasMessage("OneHot: classes must be >= 1, got 0");
    }

    @Test
    void emptyNanAndInfiniteDataAreRejectedNamingWhere() {
        assertThatThrownBy(() -> TrainingData.check("the training data", Dataset.of(new double[0][], new int[0]),
                Targets.values())).isInstanceOf(IllegalArgumentException.class).hasMessage("trainer: the training data is empty");
        assertThatThrownBy(() -> TrainingData.check("the training data",
                new Dataset(new double[][] {{1, 2}, {Double.NaN, 4}}, new double[] {0, 1}), Targets.values()))
                .hasMessage("trainer: the training data's X row 1 holds NaN (NaN or infinite values cannot be trained on)");
        assertThatThrownBy(() -> TrainingData.check("the validation data",
                new Dataset(new double[][] {{1, 2}}, new double[] {Double.NEGATIVE_INFINITY}), Targets.values()))
                .hasMessageContaining("trainer: the validation data's y[0] is -Infinity");
        assertThatThrownBy(() -> TrainingData.check("the training data", Dataset.of(X, new int[] {0, 1, 2}),
                Targets.binary())).as("the targets are checked once, before training")
                .hasMessage("targets: binary labels must be 0 or 1, but y[2] is 2.0");
    }
}
