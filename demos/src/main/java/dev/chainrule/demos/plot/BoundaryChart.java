package dev.chainrule.demos.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A classifier's decision picture over two features: the predicted probabilities as a heat map with its colour
 * scale (for two classes P(class 1), blue through white to red; for more, each class's colour, paler where the model
 * is less sure) and the data points on top, filled for training data and hollow for test data; optionally straight
 * lines across it (a hidden unit's {@code w0 + w1·x1 + w2·x2 = 0}), dashed.
 *
 * <pre>{@code
 * BoundaryChart.titled("Two moons, 2-10-1 tanh network").axes("x1", "x2")
 *         .probabilities(grid -> model.predictProba(grid))       // rows of (x1, x2) → rows of probabilities
 *         .points("training", trainX, trainY).testPoints("test", testX, testY)
 *         .save(Path.of("boundary.png"));
 * }</pre>
 */
public final class BoundaryChart {
    /** The resolution of the heat map, cells per axis. */
    private static final int CELLS = 160;

    private record Points(String name, double[][] xy, int[] labels, boolean hollow) {
    }

    /** The straight line {@code w0 + w1·x + w2·y = 0}. */
    private record Line(String name, double w0, double w1, double w2) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final UnaryOperator<double[][]> probabilities;
    private final double[] xRange;
    private final double[] yRange;
    private final List<Points> points;
    private final List<String> classNames;
    private final List<Line> lines;

    private BoundaryChart(String title, String xLabel, String yLabel, UnaryOperator<double[][]> probabilities,
                          double[] xRange, double[] yRange, List<Points> points, List<String> classNames,
                          List<Line> lines) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.probabilities = probabilities;
        this.xRange = xRange;
        this.yRange = yRange;
        this.points = List.copyOf(points);
        this.classNames = classNames;
        this.lines = List.copyOf(lines);
    }

    public static BoundaryChart titled(String title) {
        return new BoundaryChart(title, "x1", "x2", null, null, null, List.of(), null, List.of());
    }

    public BoundaryChart axes(String x, String y) {
        return new BoundaryChart(title, x, y, probabilities, xRange, yRange, points, classNames, lines);
    }

    /**
     * The model: given rows {@code (x1, x2)} of the grid's points, one row of probabilities each — one column
     * (P(class 1)) for a binary model, or one per class.
     */
    public BoundaryChart probabilities(UnaryOperator<double[][]> model) {
        return new BoundaryChart(title, xLabel, yLabel, model, xRange, yRange, points, classNames, lines);
    }

    /** The area shown (default: the points' extent and a margin of 15%), e.g. wider to see the model far away. */
    public BoundaryChart range(double x0, double x1, double y0, double y1) {
        if (!(x0 < x1) || !(y0 < y1)) {
            throw new IllegalArgumentException("boundary chart: empty range [" + x0 + ", " + x1 + "] × [" + y0 + ", " + y1 + "]");
        }
        return new BoundaryChart(title, xLabel, yLabel, probabilities, new double[] {x0, x1}, new double[] {y0, y1},
                points, classNames, lines);
    }

    /** Names of the classes for the legend (default "class 0", "class 1", …). */
    public BoundaryChart classNames(String... names) {
        return new BoundaryChart(title, xLabel, yLabel, probabilities, xRange, yRange, points, List.of(names), lines);
    }

    /**
     * A straight line {@code w0 + w1·x + w2·y = 0} drawn across the picture, dashed and named in the legend: e.g. the
     * line where a hidden unit's net input is zero (seed 003: the two lines of a 2-2-1 network).
     */
    public BoundaryChart line(String name, double w0, double w1, double w2) {
        if (w1 == 0 && w2 == 0) {
            throw new IllegalArgumentException("boundary chart: line '" + name + "' has w1 = w2 = 0, which is no line");
        }
        List<Line> more = new ArrayList<>(lines);
        more.add(new Line(name, w0, w1, w2));
        return new BoundaryChart(title, xLabel, yLabel, probabilities, xRange, yRange, points, classNames, more);
    }

    /** Data points, filled, coloured by label. */
    public BoundaryChart points(String name, double[][] xy, int[] labels) {
        return add(new Points(name, xy, labels, false));
    }

    /** Data points, hollow, coloured by label. */
    public BoundaryChart testPoints(String name, double[][] xy, int[] labels) {
        return add(new Points(name, xy, labels, true));
    }

    private BoundaryChart add(Points p) {
        if (p.xy.length != p.labels.length) {
            throw new IllegalArgumentException("boundary chart: " + p.xy.length + " points but " + p.labels.length + " labels");
        }
        List<Points> more = new ArrayList<>(points);
        more.add(p);
        return new BoundaryChart(title, xLabel, yLabel, probabilities, xRange, yRange, more, classNames, lines);
    }

    public Path save(Path file) {
        return save(file, Style.WIDTH, Style.HEIGHT);
    }

    public Path save(Path file, int width, int height) {
        if (probabilities == null) {
            throw new IllegalStateException("boundary chart: no model given (probabilities(...))");
        }
        double[] xr = xRange != null ? xRange : extent(0);
        double[] yr = yRange != null ? yRange : extent(1);
        double dx = (xr[1] - xr[0]) / CELLS;
        double dy = (yr[1] - yr[0]) / CELLS;
        double[][] grid = new double[CELLS * CELLS][];
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                grid[i * CELLS + j] = new double[] {xr[0] + (j + 0.5) * dx, yr[0] + (i + 0.5) * dy};
            }
        }
        double[][] p = probabilities.apply(grid);
        int classes = p[0].length == 1 ? 2 : p[0].length;
        double[][] xyz = new double[3][grid.length];
        for (int k = 0; k < grid.length; k++) {
            xyz[0][k] = grid[k][0];
            xyz[1][k] = grid[k][1];
            xyz[2][k] = p[k].length == 1 ? p[k][0] : region(p[k]);
        }
        DefaultXYZDataset field = new DefaultXYZDataset();
        field.addSeries("model", xyz);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(dx);
        blocks.setBlockHeight(dy);
        // pale colours, so that the points (in the full colours) stand out on regions of their own class
        PaintScale scale = p[0].length == 1 ? new Scales.Diverging(0, 1, Scales.mix(Color.WHITE, Style.color(0), 0.55),
                Scales.mix(Color.WHITE, Style.color(1), 0.55)) : new Scales.Regions(classes);
        blocks.setPaintScale(scale);
        blocks.setSeriesVisibleInLegend(0, false);
        NumberAxis x = Style.numberAxis(xLabel, false);
        NumberAxis y = Style.numberAxis(yLabel, false);
        x.setRange(xr[0], xr[1]);
        y.setRange(yr[0], yr[1]);
        XYPlot plot = new XYPlot(field, x, y, blocks);
        Style.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDataset(1, pointsData(classes));
        plot.setRenderer(1, pointsRenderer(classes));
        if (!lines.isEmpty()) {
            plot.setDataset(2, linesData(xr, yr));
            plot.setRenderer(2, linesRenderer());
        }
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = Style.chart(new JFreeChart(title, plot));
        if (p[0].length == 1) {
            chart.addSubtitle(legend(scale, "P(" + className(1) + ")"));
        }
        return Style.save(chart, file, width, height);
    }

    /** {@code k + c}: the most probable class {@code k}, and {@code c} its probability rescaled from chance (1/K) to 1. */
    private static double region(double[] p) {
        int k = 0;
        for (int i = 1; i < p.length; i++) {
            k = p[i] > p[k] ? i : k;
        }
        double chance = 1.0 / p.length;
        return k + Math.min(0.999, Math.max(0, (p[k] - chance) / (1 - chance)));
    }

    private static PaintScaleLegend legend(PaintScale scale, String label) {
        NumberAxis axis = Style.numberAxis(label, true);
        axis.setLabelFont(Style.TICKS);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(10, 10, 40, 10);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private String className(int k) {
        return classNames != null && k < classNames.size() ? classNames.get(k) : "class " + k;
    }

    /** One series per (set of points, class), named "training, class 0" and so on. */
    private XYSeriesCollection pointsData(int classes) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Points set : points) {
            for (int k = 0; k < classes; k++) {
                XYSeries s = new XYSeries(set.name + ", " + className(k), false, true);
                for (int i = 0; i < set.xy.length; i++) {
                    if (set.labels[i] == k) {
                        s.add(set.xy[i][0], set.xy[i][1]);
                    }
                }
                data.addSeries(s);
            }
        }
        return data;
    }

    private XYLineAndShapeRenderer pointsRenderer(int classes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setUseOutlinePaint(true);
        int series = 0;
        for (Points set : points) {
            for (int k = 0; k < classes; k++, series++) {
                java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9);
                r.setSeriesShape(series, dot);
                r.setSeriesPaint(series, Style.color(k));
                r.setSeriesFillPaint(series, Style.color(k));
                r.setSeriesOutlinePaint(series, set.hollow ? Style.color(k) : Color.BLACK);
                r.setSeriesOutlineStroke(series, new BasicStroke(set.hollow ? 2f : 0.7f));
                r.setSeriesShapesFilled(series, !set.hollow);
            }
        }
        r.setUseFillPaint(true);
        return r;
    }

    /** Each line through the shown area, as two points beyond its edges (the plot clips it). */
    private XYSeriesCollection linesData(double[] xr, double[] yr) {
        XYSeriesCollection data = new XYSeriesCollection();
        double span = Math.max(xr[1] - xr[0], yr[1] - yr[0]);
        for (Line l : lines) {
            XYSeries s = new XYSeries(l.name, false, true);
            if (Math.abs(l.w2) >= Math.abs(l.w1)) {           // y as a function of x
                for (double x : new double[] {xr[0] - span, xr[1] + span}) {
                    s.add(x, -(l.w0 + l.w1 * x) / l.w2);
                }
            } else {                                          // x as a function of y
                for (double y : new double[] {yr[0] - span, yr[1] + span}) {
                    s.add(-(l.w0 + l.w2 * y) / l.w1, y);
                }
            }
            data.addSeries(s);
        }
        return data;
    }

    private XYLineAndShapeRenderer linesRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        float[][] dashes = {{10f, 5f}, {3f, 4f}, {12f, 4f, 3f, 4f}};
        for (int i = 0; i < lines.size(); i++) {
            r.setSeriesPaint(i, new Color(0x333333));
            r.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    dashes[i % dashes.length], 0f));
        }
        return r;
    }

    /** The points' extent along {@code axis}, with a margin of 15%. */
    private double[] extent(int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Points set : points) {
            for (double[] p : set.xy) {
                lo = Math.min(lo, p[axis]);
                hi = Math.max(hi, p[axis]);
            }
        }
        if (!(lo < hi)) {
            return new double[] {lo == Double.POSITIVE_INFINITY ? -1 : lo - 1, hi == Double.NEGATIVE_INFINITY ? 1 : hi + 1};
        }
        double margin = 0.15 * (hi - lo);
        return new double[] {lo - margin, hi + margin};
    }
}
