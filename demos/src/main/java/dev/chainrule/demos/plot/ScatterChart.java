package dev.chainrule.demos.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Points coloured by class: a data set, or its picture in a hidden layer (seed 003's (z1, z2) beside (x1, x2)).
 *
 * <pre>{@code
 * ScatterChart.titled("Hidden representation after 100 epochs").axes("z1", "z2")
 *         .points(hidden, labels).save(Path.of("hidden-100.png"));
 * }</pre>
 */
public final class ScatterChart {
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double[][] xy;
    private final int[] labels;
    private final List<String> classNames;
    private final double[] range;

    private ScatterChart(String title, String xLabel, String yLabel, double[][] xy, int[] labels, List<String> classNames,
                         double[] range) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xy = xy;
        this.labels = labels;
        this.classNames = classNames;
        this.range = range;
    }

    public static ScatterChart titled(String title) {
        return new ScatterChart(title, "x1", "x2", new double[0][], new int[0], List.of(), null);
    }

    public ScatterChart axes(String x, String y) {
        return new ScatterChart(title, x, y, xy, labels, classNames, range);
    }

    /**
     * The area shown (default: fitted to the points), e.g. {@code range(0, 1, 0, 1)} for sigmoid units, so that
     * pictures of the same units at different epochs can be compared.
     */
    public ScatterChart range(double x0, double x1, double y0, double y1) {
        if (!(x0 < x1) || !(y0 < y1)) {
            throw new IllegalArgumentException("scatter chart: empty range [" + x0 + ", " + x1 + "] × [" + y0 + ", " + y1 + "]");
        }
        return new ScatterChart(title, xLabel, yLabel, xy, labels, classNames, new double[] {x0, x1, y0, y1});
    }

    /** The points, rows of (x, y), and their classes 0, 1, …. */
    public ScatterChart points(double[][] points, int[] classes) {
        if (points.length != classes.length) {
            throw new IllegalArgumentException("scatter chart: " + points.length + " points but " + classes.length + " labels");
        }
        return new ScatterChart(title, xLabel, yLabel, points.clone(), classes.clone(), classNames, range);
    }

    public ScatterChart classNames(String... names) {
        return new ScatterChart(title, xLabel, yLabel, xy, labels, List.of(names), range);
    }

    public Path save(Path file) {
        return save(file, Style.WIDTH, Style.HEIGHT);
    }

    public Path save(Path file, int width, int height) {
        return Style.save(chart(), file, width, height);
    }

    /** The chart, for {@link #save} or a cell of {@link Panels}. */
    JFreeChart chart() {
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        List<XYSeries> series = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            series.add(new XYSeries(k < classNames.size() ? classNames.get(k) : "class " + k, false, true));
            r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
            r.setSeriesPaint(k, Style.color(k));
            r.setSeriesOutlinePaint(k, Color.BLACK);
            r.setSeriesOutlineStroke(k, new BasicStroke(0.6f));
        }
        r.setUseOutlinePaint(true);
        for (int i = 0; i < xy.length; i++) {
            series.get(labels[i]).add(xy[i][0], xy[i][1]);
        }
        series.forEach(data::addSeries);
        NumberAxis x = Style.numberAxis(xLabel, false);
        NumberAxis y = Style.numberAxis(yLabel, false);
        if (range != null) {
            x.setRange(range[0], range[1]);
            y.setRange(range[2], range[3]);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        Style.plot(plot);
        return Style.chart(new JFreeChart(title, plot));
    }
}
