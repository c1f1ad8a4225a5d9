package dev.chainrule.demos.plot;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Curves over a shared x axis: the loss per epoch of training and test data, or a function and its derivative.
 * Settings return a new chart; {@link #save} writes the PNG.
 *
 * <pre>{@code
 * LineChart.titled("Two moons: loss per epoch").axes("epoch", "binary cross-entropy")
 *         .series("training", trainLosses).series("test", testLosses)
 *         .save(Path.of("chainrule-out/seed002-moons/loss.png"));
 * }</pre>
 */
public final class LineChart {
    private record Series(String name, double[] x, double[] y, boolean dashed) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series;
    private final boolean logY;

    private LineChart(String title, String xLabel, String yLabel, List<Series> series, boolean logY) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.series = List.copyOf(series);
        this.logY = logY;
    }

    public static LineChart titled(String title) {
        return new LineChart(title, "x", "y", List.of(), false);
    }

    public LineChart axes(String x, String y) {
        return new LineChart(title, x, y, series, logY);
    }

    /** A logarithmic y axis (for losses over many orders of magnitude; values must be positive). */
    public LineChart logY() {
        return new LineChart(title, xLabel, yLabel, series, true);
    }

    /** A curve through {@code (1, y[0]), (2, y[1]), …}: values per epoch. */
    public LineChart series(String name, List<Double> y) {
        double[] x = new double[y.size()];
        double[] v = new double[y.size()];
        for (int i = 0; i < v.length; i++) {
            x[i] = i + 1;
            v[i] = y.get(i);
        }
        return series(name, x, v);
    }

    /** A curve through the points {@code (x[i], y[i])}. */
    public LineChart series(String name, double[] x, double[] y) {
        return add(new Series(name, x.clone(), y.clone(), false));
    }

    /** A dashed curve (a derivative beside its function, a reference line). */
    public LineChart dashed(String name, double[] x, double[] y) {
        return add(new Series(name, x.clone(), y.clone(), true));
    }

    private LineChart add(Series s) {
        if (s.x.length != s.y.length) {
            throw new IllegalArgumentException("line chart: series '" + s.name + "' has " + s.x.length + " x and "
                    + s.y.length + " y values");
        }
        List<Series> more = new ArrayList<>(series);
        more.add(s);
        return new LineChart(title, xLabel, yLabel, more, logY);
    }

    /** Writes the chart as a PNG of the default size. */
    public Path save(Path file) {
        return save(file, Style.WIDTH, Style.HEIGHT);
    }

    public Path save(Path file, int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);   // one path per curve, so a dash pattern runs on over many samples
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries xy = new XYSeries(s.name, false, true);
            for (int k = 0; k < s.x.length; k++) {
                if (Double.isFinite(s.y[k]) && (!logY || s.y[k] > 0)) {
                    xy.add(s.x[k], s.y[k]);
                }
            }
            data.addSeries(xy);
            renderer.setSeriesPaint(i, Style.color(i));
            renderer.setSeriesStroke(i, s.dashed
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)
                    : new BasicStroke(2.5f));
        }
        ValueAxis y = logY ? decades(yLabel) : Style.numberAxis(yLabel, false);
        XYPlot plot = new XYPlot(data, Style.numberAxis(xLabel, false), y, renderer);
        Style.plot(plot);
        return Style.save(Style.chart(new JFreeChart(title, plot)), file, width, height);
    }

    /** A logarithmic axis with ticks at whole powers of ten (1, 2, 5 or 10 decades apart), never at 10^-0.2. */
    private static LogAxis decades(String label) {
        LogAxis axis = Style.axis(new LogAxis(label), label);
        TickUnits units = new TickUnits();
        for (double decades : new double[] {1, 2, 5, 10}) {
            units.add(new NumberTickUnit(decades, new DecimalFormat("0")));
        }
        axis.setStandardTickUnits(units);
        return axis;
    }
}
