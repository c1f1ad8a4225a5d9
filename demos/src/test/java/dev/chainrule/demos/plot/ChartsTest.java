package dev.chainrule.demos.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every kind of picture renders headless to a PNG of the asked size that is not one flat colour. */
class ChartsTest {
    private static final Path OUT = Path.of("target/charts");

    /** The picture decodes, has {@code width × height} pixels and many colours (axes, text, data). */
    static void assertPicture(Path png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png.toString()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("colours in " + png).isGreaterThan(20);
    }

    @Test
    void lineChart() throws IOException {
        List<Double> train = new ArrayList<>();
        List<Double> test = new ArrayList<>();
        for (int e = 0; e < 200; e++) {
            train.add(0.7 * Math.exp(-e / 40.0) + 0.05);
            test.add(0.7 * Math.exp(-e / 45.0) + 0.08);
        }
        Path png = LineChart.titled("Loss per epoch").axes("epoch", "binary cross-entropy")
                .series("training", train).series("test", test).save(OUT.resolve("loss.png"));
        assertPicture(png, Style.WIDTH, Style.HEIGHT);
        double[] x = new double[101];
        double[] f = new double[101];
        double[] d = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = -5 + i * 0.1;
            f[i] = Math.tanh(x[i]);
            d[i] = 1 - f[i] * f[i];
        }
        assertPicture(LineChart.titled("tanh and its derivative").axes("z", "value").series("tanh(z)", x, f)
                .dashed("1 − tanh²(z)", x, d).save(OUT.resolve("tanh.png")), Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void boundaryChartBinaryAndThreeClasses() throws IOException {
        java.util.Random rng = new java.util.Random(1);
        double[][] xy = new double[120][];
        int[] labels = new int[120];
        for (int i = 0; i < xy.length; i++) {
            labels[i] = i % 2;
            xy[i] = new double[] {rng.nextGaussian() + (labels[i] == 1 ? 1.5 : -1.5), rng.nextGaussian()};
        }
        Path png = BoundaryChart.titled("A logistic model").axes("x1", "x2")
                .probabilities(g -> {
                    double[][] p = new double[g.length][];
                    for (int i = 0; i < g.length; i++) {
                        p[i] = new double[] {1 / (1 + Math.exp(-2 * g[i][0] + 0.5 * g[i][1]))};
                    }
                    return p;
                })
                .points("training", java.util.Arrays.copyOf(xy, 90), java.util.Arrays.copyOf(labels, 90))
                .testPoints("test", java.util.Arrays.copyOfRange(xy, 90, 120), java.util.Arrays.copyOfRange(labels, 90, 120))
                .save(OUT.resolve("boundary.png"));
        assertPicture(png, Style.WIDTH, Style.HEIGHT);
        int[] three = new int[120];
        for (int i = 0; i < 120; i++) {
            three[i] = i % 3;
            xy[i] = new double[] {Math.cos(2 * Math.PI * three[i] / 3) * 2 + rng.nextGaussian() * 0.5,
                Math.sin(2 * Math.PI * three[i] / 3) * 2 + rng.nextGaussian() * 0.5};
        }
        png = BoundaryChart.titled("Three classes").probabilities(g -> {
            double[][] p = new double[g.length][3];
            for (int i = 0; i < g.length; i++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    p[i][k] = Math.exp(2 * (g[i][0] * Math.cos(2 * Math.PI * k / 3) + g[i][1] * Math.sin(2 * Math.PI * k / 3)));
                    s += p[i][k];
                }
                for (int k = 0; k < 3; k++) {
                    p[i][k] /= s;
                }
            }
            return p;
        }).points("training", xy, three).save(OUT.resolve("boundary3.png"));
        assertPicture(png, Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void scatterAndMatrix() throws IOException {
        double[][] xy = new double[60][];
        int[] labels = new int[60];
        for (int i = 0; i < 60; i++) {
            labels[i] = i % 2;
            xy[i] = new double[] {Math.sin(i) + labels[i], Math.cos(i) - labels[i]};
        }
        assertPicture(ScatterChart.titled("Hidden representation").axes("z1", "z2").points(xy, labels)
                .save(OUT.resolve("scatter.png")), Style.WIDTH, Style.HEIGHT);
        Path png = MatrixChart.titled("Confusion matrix, test set").counts(new int[][] {{48, 2, 0}, {3, 41, 6}, {0, 4, 46}})
                .labels("0", "1", "2").save(OUT.resolve("confusion.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertPicture(png, image.getWidth(), image.getHeight());
    }

    @Test
    void panelsOfScatterChartsAndLinesAcrossABoundary() throws IOException {
        double[][] xy = new double[40][];
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            labels[i] = i % 2;
            xy[i] = new double[] {0.5 + 0.4 * Math.sin(i), 0.5 + 0.4 * Math.cos(i) * (labels[i] == 1 ? 1 : -1)};
        }
        Panels panels = Panels.titled("Three epochs").columns(2);
        for (int epoch : new int[] {1, 10, 100}) {
            panels = panels.add(ScatterChart.titled("epoch " + epoch).axes("z1", "z2").range(0, 1, 0, 1).points(xy, labels));
        }
        assertPicture(panels.save(OUT.resolve("panels.png")), Style.WIDTH, Style.HEIGHT);
        assertPicture(BoundaryChart.titled("Two lines").probabilities(g -> {
            double[][] p = new double[g.length][];
            for (int i = 0; i < g.length; i++) {
                p[i] = new double[] {Math.abs(g[i][0] - 0.5) < 0.2 ? 0.9 : 0.1};
            }
            return p;
        }).points("training", xy, labels).line("x1 = 0.3", -0.3, 1, 0).line("x2 = x1", 0, 1, -1)
                .save(OUT.resolve("lines.png")), Style.WIDTH, Style.HEIGHT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BoundaryChart.titled("no line").line("none", 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Panels.titled("empty").save(OUT.resolve("empty.png")))
                .isInstanceOf(IllegalStateException.class);
    }
}
