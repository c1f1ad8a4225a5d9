package dev.chainrule.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void batchesComeOutInEitherLayout() {
        Samples s = Samples.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[][] {{0.1}, {0.2}, {0.3}});
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.featureCount()).isEqualTo(2);
        assertThat(s.targetCount()).isEqualTo(1);
        Tensor[] rows = s.all(Layout.SAMPLES_AS_ROWS);
        assertThat(rows[0].sameValues(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}))).isTrue();
        assertThat(rows[1].sameValues(Tensor.of(new double[][] {{0.1}, {0.2}, {0.3}}))).isTrue();
        Tensor[] columns = s.all(Layout.SAMPLES_AS_COLUMNS);
        assertThat(columns[0].sameValues(Tensor.of(new double[][] {{1, 3, 5}, {2, 4, 6}}))).isTrue();
        assertThat(columns[1].sameValues(Tensor.of(new double[][] {{0.1, 0.2, 0.3}}))).isTrue();
        Tensor[] picked = s.batch(new int[] {2, 0, 1}, 0, 2, Layout.SAMPLES_AS_ROWS);
        assertThat(picked[0].sameValues(Tensor.of(new double[][] {{5, 6}, {1, 2}}))).isTrue();
    }

    @Test
    void labelsBecomeTargets() {
        Samples binary = Samples.binary(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1});
        assertThat(binary.all(Layout.SAMPLES_AS_ROWS)[1].toArray()).containsExactly(0.0, 1.0);
        Samples classes = Samples.classes(new double[][] {{0}, {1}, {2}}, new int[] {2, 0, 1}, 3);
        assertThat(classes.all(Layout.SAMPLES_AS_ROWS)[1].sameValues(
                Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}))).isTrue();
    }

    @Test
    void theDataIsCopiedIn() {
        double[][] x = {{1, 2}};
        double[][] y = {{3}};
        Samples s = Samples.of(x, y);
        x[0][0] = 99;
        y[0][0] = 99;
        assertThat(s.all(Layout.SAMPLES_AS_ROWS)[0].toArray()).containsExactly(1.0, 2.0);
        assertThat(s.all(Layout.SAMPLES_AS_ROWS)[1].toArray()).containsExactly(3.0);
    }

    @Test
    void anEmptyDatasetIsRejected() {
        assertThatThrownBy(() -> Samples.of(new double[0][], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("samples: the dataset is empty");
        assertThatThrownBy(() -> Samples.binary(new double[0][], new int[0])).hasMessage("samples: the dataset is empty");
    }

    @Test
    void nanAndInfiniteValuesAreRejectedNamingTheRow() {
        assertThatThrownBy(() -> Samples.of(new double[][] {{1, 2}, {Double.NaN, 4}}, new double[][] {{0}, {1}}))
                .hasMessage("samples: features row 1 holds NaN (NaN or infinite values cannot be trained on)");
        assertThatThrownBy(() -> Samples.of(new double[][] {{1, 2}}, new double[][] {{Double.NEGATIVE_INFINITY}}))
                .hasMessageContaining("samples: targets row 0 holds -Infinity");
    }

    @Test
    void raggedRowsAndMismatchedCountsAreRejected() {
        assertThatThrownBy(() -> Samples.of(new double[][] {{1, 2}, {3, 4}, {5}}, new double[][] {{0}, {1}, {2}}))
                .hasMessage("samples: features row 2 has 1 values but row 0 has 2");
        assertThatThrownBy(() -> Samples.of(new double[][] {{1}, {2}}, new double[][] {{0, 1}, {1}}))
                .hasMessage("samples: targets row 1 has 1 values but row 0 has 2");
        assertThatThrownBy(() -> Samples.of(new double[][] {{1}, {2}, {3}}, new double[][] {{0}, {1}}))
                .hasMessage("samples: 3 feature rows but 2 target rows");
        assertThatThrownBy(() -> Samples.binary(new double[][] {{1}, {2}}, new int[] {0}))
                .hasMessage("samples: 2 feature rows but 1 target rows");
    }

    @Test
    void labelsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> Samples.binary(new double[][] {{1}, {2}}, new int[] {0, 2}))
                .hasMessage("samples: binary labels must be 0 or 1, but label 1 is 2");
        assertThatThrownBy(() -> Samples.classes(new double[][] {{1}, {2}}, new int[] {0, 3}, 3))
                .hasMessage("samples: label 1 is 3, outside 0..2");
        assertThatThrownBy(() -> Samples.classes(new double[][] {{1}}, new int[] {-1}, 3))
                .hasMessage("samples: label 0 is -1, outside 0..2");
        assertThatThrownBy(() -> Samples.classes(new double[][] {{1}}, new int[] {0}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("samples: classes must be >= 1, got 0");
        assertThatThrownBy(() -> Samples.classes(new double[][] {{1}}, new int[] {0}, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("samples: classes must be >= 1, got -2");
    }
}
