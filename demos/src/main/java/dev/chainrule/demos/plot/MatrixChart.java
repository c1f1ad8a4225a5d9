package dev.chainrule.demos.plot;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A matrix of counts as a heat map with each count written in its cell: a confusion matrix, true classes down,
 * predicted classes across.
 *
 * <pre>{@code
 * MatrixChart.titled("Seed 000 Exercise 3: test set").axes("predicted class", "true class")
 *         .counts(confusion.counts()).labels("0", "1", "2").save(Path.of("confusion.png"));
 * }</pre>
 */
public final class MatrixChart {
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int[][] counts;
    private final String[] labels;

    private MatrixChart(String title, String xLabel, String yLabel, int[][] counts, String[] labels) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.counts = counts;
        this.labels = labels;
    }

    public static MatrixChart titled(String title) {
        return new MatrixChart(title, "predicted class", "true class", new int[0][0], null);
    }

    public MatrixChart axes(String x, String y) {
        return new MatrixChart(title, x, y, counts, labels);
    }

    /** {@code counts[true][predicted]}, square. */
    public MatrixChart counts(int[][] c) {
        for (int[] row : c) {
            if (row.length != c.length) {
                throw new IllegalArgumentException("matrix chart: the counts must be square, got a row of " + row.length
                        + " in " + c.length + " rows");
            }
        }
        int[][] copy = new int[c.length][];
        for (int i = 0; i < c.length; i++) {
            copy[i] = c[i].clone();
        }
        return new MatrixChart(title, xLabel, yLabel, copy, labels);
    }

    /** The classes' names along both axes (default 0, 1, …). */
    public MatrixChart labels(String... names) {
        return new MatrixChart(title, xLabel, yLabel, counts, names.clone());
    }

    public Path save(Path file) {
        int n = counts.length;
        int size = Math.max(420, Math.min(900, 140 * n + 200));
        return save(file, size + 40, size);
    }

    public Path save(Path file, int width, int height) {
        int n = counts.length;
        double[][] xyz = new double[3][n * n];
        int max = 0;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                int k = t * n + p;
                xyz[0][k] = p;
                xyz[1][k] = n - 1 - t;        // the first true class at the top, as the matrix is printed
                xyz[2][k] = counts[t][p];
                max = Math.max(max, counts[t][p]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("counts", xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(new Scales.Sequential(Math.max(1, max), Style.color(0)));
        String[] names = new String[n];
        String[] reversed = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = labels != null && i < labels.length ? labels[i] : String.valueOf(i);
        }
        for (int i = 0; i < n; i++) {
            reversed[i] = names[n - 1 - i];
        }
        SymbolAxis x = Style.axis(new SymbolAxis(xLabel, names), xLabel);
        SymbolAxis y = Style.axis(new SymbolAxis(yLabel, reversed), yLabel);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        Style.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, n <= 5 ? 22 : 15);
        for (int k = 0; k < n * n; k++) {
            XYTextAnnotation a = new XYTextAnnotation(String.valueOf((int) xyz[2][k]), xyz[0][k], xyz[1][k]);
            a.setFont(font);
            a.setPaint(xyz[2][k] > 0.55 * max ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(a);
        }
        return Style.save(Style.chart(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false)), file, width, height);
    }
}
