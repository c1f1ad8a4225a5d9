package dev.chainrule.nn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import org.junit.jupiter.api.Test;

class MetricsTest {
    // Three classes, ten samples. By hand: true 0 → predicted 0,0,1; true 1 → 1,1,1,2; true 2 → 2,0,2.
    private static final int[] Y_TRUE = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
    private static final int[] Y_PRED = {0, 0, 1, 1, 1, 1, 2, 2, 0, 2};

    @Test
    void accuracyIsTheFractionOfRightPredictions() {
        assertThat(Metrics.accuracy(Y_TRUE, Y_PRED)).isEqualTo(7.0 / 10);
        assertThat(Metrics.accuracy(new int[] {1}, new int[] {1})).isEqualTo(1.0);
        assertThat(Metrics.accuracy(new int[] {0, 1}, new int[] {1, 0})).isEqualTo(0.0);
    }

    @Test
    void confusionMatrixCountsTruthInRowsAndPredictionsInColumns() {
        ConfusionMatrix cm = Metrics.confusionMatrix(Y_TRUE, Y_PRED);
        assertThat(cm.counts()).isDeepEqualTo(new int[][] {{2, 1, 0}, {0, 3, 1}, {1, 0, 2}});
        assertThat(cm.classes()).isEqualTo(3);
        assertThat(cm.total()).isEqualTo(10);
        assertThat(cm.get(2, 0)).isEqualTo(1);
        assertThat(cm.accuracy()).isEqualTo(0.7);
        assertThat(cm.support(1)).isEqualTo(4);
        assertThat(cm.predicted(0)).isEqualTo(3);
    }

    @Test
    void perClassPrecisionRecallAndF1MatchTheHandCounts() {
        // class 0: TP 2, FP 1 (a 2 predicted as 0), FN 1.  class 1: TP 3, FP 1, FN 1.  class 2: TP 2, FP 1, FN 1.
        assertThat(Metrics.precision(Y_TRUE, Y_PRED)).containsExactly(2.0 / 3, 3.0 / 4, 2.0 / 3);
        assertThat(Metrics.recall(Y_TRUE, Y_PRED)).containsExactly(2.0 / 3, 3.0 / 4, 2.0 / 3);
        double[] f1 = Metrics.f1(Y_TRUE, Y_PRED);
        assertThat(f1[0]).isCloseTo(2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3), within(1e-15));
        assertThat(f1[1]).isCloseTo(0.75, within(1e-15));

        int[] yTrue = {0, 0, 1, 1};
        int[] yPred = {0, 1, 1, 1};
        ConfusionMatrix cm = Metrics.confusionMatrix(yTrue, yPred);
        assertThat(cm.precision(1)).isEqualTo(2.0 / 3);
        assertThat(cm.recall(1)).isEqualTo(1.0);
        assertThat(cm.precision(0)).isEqualTo(1.0);
        assertThat(cm.recall(0)).isEqualTo(0.5);
        assertThat(cm.f1(1)).isCloseTo(2 * (2.0 / 3) / (2.0 / 3 + 1), within(1e-15));
    }

    @Test
    void aClassNeverPredictedOrNeverPresentScoresZeroNotNaN() {
        ConfusionMatrix cm = Metrics.confusionMatrix(new int[] {0, 0}, new int[] {0, 0}, 3);
        assertThat(cm.precisions()).containsExactly(1.0, 0.0, 0.0);
        assertThat(cm.recalls()).containsExactly(1.0, 0.0, 0.0);
        assertThat(cm.f1s()).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void theMatrixIsImmutableCopiedInAndOut() {
        int[][] counts = {{1, 2}, {3, 4}};
        ConfusionMatrix cm = new ConfusionMatrix(counts);
        counts[0][0] = 99;
        cm.counts()[1][1] = 99;
        assertThat(cm.get(0, 0)).isEqualTo(1);
        assertThat(cm.get(1, 1)).isEqualTo(4);
        assertThat(cm).isEqualTo(new ConfusionMatrix(new int[][] {{1, 2}, {3, 4}}))
                .hasSameHashCodeAs(new ConfusionMatrix(new int[][] {{1, 2}, {3, 4}}));
        assertThat(cm).isNotEqualTo(new ConfusionMatrix(new int[][] {{1, 2}, {3, 5}}));
    }

    @Test
    void toStringIsAReadableTable() {
        assertThat(Metrics.confusionMatrix(Y_TRUE, Y_PRED)).hasToString("""
                true \\ predicted
                       0   1   2
                   0   2   1   0
                   1   0   3   1
                   2   1   0   2""");
        assertThat(Metrics.confusionMatrix(Y_TRUE, Y_PRED).report())
                .contains("precision", "recall", "f1", "support")
                .contains("       1    0.7500    0.7500    0.7500         4")
                .contains("accuracy");
    }

    @Test
    void badCountsAreRejected() {
        assertThatThrownBy(() -> new ConfusionMatrix(new int[][] {{1, 2}}))
                .hasMessageContaining("row 0 has 2 counts but there are 1 classes");
        assertThatThrownBy(() -> new ConfusionMatrix(new int[][] {{-1}})).hasMessageContaining("count [0][0] is -1");
        assertThatThrownBy(() -> new ConfusionMatrix(new int[0][])).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> Metrics.confusionMatrix(Y_TRUE, Y_PRED).get(3, 0))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("trueClass 3 is outside 0..2");
    }

    @Test
    void labelErrorsNameTheArgument() {
        assertThatThrownBy(() -> Metrics.accuracy(new int[] {0, 1}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yTrue has 2 labels but yPred has 1");
        assertThatThrownBy(() -> Metrics.confusionMatrix(new int[0], new int[0]))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Metrics.precision(new int[] {0, 1}, new int[] {0, -1}))
                .hasMessageContaining("yPred[1] is -1").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Metrics.recall(new int[] {-2}, new int[] {0}))
                .hasMessageContaining("yTrue[0] is -2");
        assertThatThrownBy(() -> Metrics.confusionMatrix(new int[] {0, 3}, new int[] {0, 1}, 3))
                .hasMessageContaining("yTrue[1] is 3, outside 0..2 (3 classes)");
        assertThatThrownBy(() -> Metrics.confusionMatrix(new int[] {0}, new int[] {0}, 0))
                .hasMessageContaining("classes must be >= 1");
        assertThatThrownBy(() -> Metrics.f1(null, new int[] {0})).hasMessageContaining("yTrue is null");
    }

    @Test
    void argmaxPicksTheLargestOutputOfEachSampleInEitherLayout() {
        Tensor rows = Tensor.of(new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.2, 0.3}, {0.0, 0.1, 0.9}, {0.4, 0.4, 0.2}});
        assertThat(Metrics.argmax(rows, Layout.SAMPLES_AS_ROWS)).containsExactly(1, 0, 2, 0);
        assertThat(Metrics.argmax(rows.transpose(), Layout.SAMPLES_AS_COLUMNS)).containsExactly(1, 0, 2, 0);
        assertThat(Metrics.argmax(Tensor.of(-3.0, -1.0, -2.0), Layout.SAMPLES_AS_COLUMNS)).containsExactly(1);
    }

    @Test
    void argmaxRejectsASingleOutputAndNaN() {
        assertThatThrownBy(() -> Metrics.argmax(Tensor.of(new double[][] {{0.2}, {0.9}}), Layout.SAMPLES_AS_ROWS))
                .hasMessageContaining("(2,1)").hasMessageContaining("use threshold");
        assertThatThrownBy(() -> Metrics.argmax(Tensor.of(0.3), Layout.SAMPLES_AS_ROWS))
                .hasMessageContaining("use threshold");
        assertThatThrownBy(() -> Metrics.argmax(Tensor.of(new double[][] {{0.2, Double.NaN}}), Layout.SAMPLES_AS_ROWS))
                .hasMessageContaining("output 1 of sample 0 is NaN");
    }

    @Test
    void thresholdGivesClassOneAboveOneHalf() {
        Tensor column = Tensor.of(new double[][] {{0.2}, {0.5}, {0.5000001}, {0.99}});
        assertThat(Metrics.threshold(column)).containsExactly(0, 0, 1, 1);
        assertThat(Metrics.threshold(column.transpose())).containsExactly(0, 0, 1, 1);
        assertThat(Metrics.threshold(Tensor.of(0.7, 0.1))).containsExactly(1, 0);
        assertThat(Metrics.threshold(Tensor.of(0.7))).containsExactly(1);
        assertThat(Metrics.threshold(Tensor.of(-1.0, 2.0), 0.0)).containsExactly(0, 1);
    }

    @Test
    void thresholdRejectsSeveralOutputsPerSampleAndNaN() {
        assertThatThrownBy(() -> Metrics.threshold(Tensor.zeros(2, 3)))
                .hasMessageContaining("(2,3)").hasMessageContaining("use argmax");
        assertThatThrownBy(() -> Metrics.threshold(Tensor.of(0.1, Double.NaN)))
                .hasMessageContaining("sample 1 is NaN");
    }

    @Test
    void predictionsFromOutputsFeedTheMetrics() {
        Tensor probabilities = Tensor.of(new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.6, 0.4}});
        int[] predicted = Metrics.argmax(probabilities, Layout.SAMPLES_AS_ROWS);
        assertThat(Metrics.accuracy(new int[] {0, 1, 1}, predicted)).isEqualTo(2.0 / 3);
        assertThat(Metrics.confusionMatrix(new int[] {0, 1, 1}, predicted).counts())
                .isDeepEqualTo(new int[][] {{1, 0}, {1, 1}});
    }
}
