package dev.chainrule.data.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetTest {
    @Test
    void copiesAtTheBoundary() {
        double[][] x = {{1, 2}, {3, 4}};
        double[] y = {0, 1};
        Dataset d = new Dataset(x, y);
        x[0][0] = 99;
        y[0] = 99;
        d.x()[1][1] = 99;
        d.y()[1] = 99;
        d.row(0)[0] = 99;
        assertThat(d.x()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(d.y()).containsExactly(0, 1);
    }

    @Test
    void shapesAreChecked() {
        assertThatThrownBy(() -> new Dataset(new double[][] {{1, 2}, {3}}, new double[] {0, 1}))
                .hasMessageContaining("row 1 of x has 1 values but row 0 has 2");
        assertThatThrownBy(() -> new Dataset(new double[][] {{1}}, new double[] {0, 1}))
                .hasMessageContaining("x has 1 rows but y has 2 values");
    }

    @Test
    void labelsSelectionAndTensors() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {2, 0, 1});
        assertThat(d.labels()).containsExactly(2, 0, 1);
        assertThat(d.select(2, 0).x()).isDeepEqualTo(new double[][] {{5, 6}, {1, 2}});
        assertThat(d.slice(1, 3).labels()).containsExactly(0, 1);
        assertThat(d.xTensor().toMatrix()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertThat(d.yTensor().toMatrix()).isDeepEqualTo(new double[][] {{2}, {0}, {1}});
        assertThat(d).isEqualTo(Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {2, 0, 1}));
        assertThat(d.toString()).isEqualTo("Dataset[3 samples × 2 features]");
        Dataset real = new Dataset(new double[][] {{1}}, new double[] {0.5});
        assertThat(real.hasIntegerLabels()).isFalse();
        assertThatThrownBy(real::labels).hasMessageContaining("y[0] = 0.5 is not a class label");
    }
}
