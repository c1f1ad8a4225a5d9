package dev.chainrule.demos.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
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

    private ScatterChart(String title, String xLabel, String yLabel, double[][] xy, int[] labels, List<String> classNames) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xy = xy;
        this.labels = labels;
        this.classNames = classNames;
    }

    public static ScatterChart titled(String title) {
        return new ScatterChart(title, "x1", "x2", new double[0][], new int[0], List.of());
    }

    public ScatterChart axes(String x, String y) {
        return new ScatterChart(title, x, y, xy, labels, classNames);
    }

    /** The points, rows of (x, y), and their classes 0, 1, …. */
    public ScatterChart points(double[][] points, int[] classes) {
        if (points.length != classes.length) {
            throw new IllegalArgumentException("scatter chart: " + points.length + " points but " + classes.length + " labels");
        }
        return new ScatterChart(title, xLabel, yLabel, points.clone(), classes.clone(), classNames);
    }

    public ScatterChart classNames(String... names) {
        return new ScatterChart(title, xLabel, yLabel, xy, labels, List.of(names));
    }

    public Path save(Path file) {
        return save(file, Style.WIDTH, Style.HEIGHT);
    }

    public Path save(Path file, int width, int height) {
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
        XYPlot plot = new XYPlot(data, Style.numberAxis(xLabel, false), Style.numberAxis(yLabel, false), r);
        Style.plot(plot);
        return Style.save(Style.chart(new JFreeChart(title, plot)), file, width, height);
    }
}
