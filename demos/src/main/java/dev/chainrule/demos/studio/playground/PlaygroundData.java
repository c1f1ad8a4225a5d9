package dev.chainrule.demos.studio.playground;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.Playground;
import dev.chainrule.data.datasets.PlaygroundFeature;
import dev.chainrule.data.datasets.PlaygroundRegression;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.cli.UsageError;
import dev.chainrule.demos.data.DatasetOptions;
import dev.chainrule.demos.studio.HttpError;
import java.util.List;

/**
 * A Playground model's data: the points (a built-in set or an uploaded CSV) split into training and test sets, the
 * network's inputs made from them (the chosen features of a built-in set, a CSV's columns), the targets (±1 for
 * classification, as the Playground trains a tanh output, the values for regression), and the square of the
 * pictures: the two coordinates that span it, the others held at their means.
 *
 * <pre>{@code
 * PlaygroundData d = PlaygroundData.of(PlaygroundConfig.parse(json));
 * d.train();                  // inputs and targets to train on
 * d.inputs(new double[] {0.5, -1.0});   // a point of the picture's square, as the network's input
 * }</pre>
 */
final class PlaygroundData {
    /** The Playground's sizes: 500 points to classify, 1,200 to regress. */
    static final int CLASSIFY = 500;
    static final int REGRESS = 1200;
    /** The largest CSV: as many numbers as the Playground's largest set holds many times over. */
    static final long MAX_VALUES = 200_000;

    private final PlaygroundConfig config;
    private final Dataset rawTrain;
    private final Dataset rawTest;
    private final double[] means;
    private final double[] domain;
    private final List<String> inputNames;
    private final List<String> columnNames;

    private PlaygroundData(PlaygroundConfig config, Dataset points, List<String> columnNames) {
        this.config = config;
        this.columnNames = columnNames;
        Split split = TrainTestSplit.testFraction(1 - config.trainPercent() / 100.0).split(points, config.seed());
        this.rawTrain = split.train();
        this.rawTest = split.test();
        this.means = new double[points.features()];
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < means.length; j++) {
                means[j] += points.x(i, j) / points.size();
            }
        }
        this.domain = csv() ? span(points, config.axes()) : new double[] {-6, 6, -6, 6};
        this.inputNames = csv() ? columnNames : config.features().stream().map(PlaygroundFeature::label).toList();
    }

    /** The data {@code config} asks for. */
    static PlaygroundData of(PlaygroundConfig config) {
        double noise = config.noise() / 100.0;
        if (config.dataset().equals("csv")) {
            return ofCsv(config);
        }
        Dataset points = switch (config.dataset()) {
            case "circle" -> Playground.circle(CLASSIFY, noise, config.seed());
            case "xor" -> Playground.xor(CLASSIFY, noise, config.seed());
            case "gauss" -> Playground.gauss(CLASSIFY, noise, config.seed());
            case "spiral" -> Playground.spiral(CLASSIFY, noise, config.seed());
            case "plane" -> PlaygroundRegression.plane(REGRESS, noise, config.seed());
            default -> PlaygroundRegression.multiGauss(REGRESS, noise, config.seed());
        };
        return new PlaygroundData(config, points, List.of("x1", "x2"));
    }

    private static PlaygroundData ofCsv(PlaygroundConfig config) {
        Dataset points;
        List<String> names;
        try {
            points = DatasetOptions.parse(config.csv(), "the CSV", MAX_VALUES);
            names = dev.chainrule.data.csv.CsvReader.labelLast().parse(config.csv(), "the CSV").featureNames();
        } catch (UsageError e) {
            throw new HttpError(400, e.getMessage());
        }
        if (points.size() < 4) {
            throw new HttpError(400, "the CSV has " + points.size() + " rows; the Playground needs at least 4 to train and test");
        }
        for (int axis : config.axes()) {
            if (axis >= points.features()) {
                throw new HttpError(400, "axes: the CSV has " + points.features() + " feature columns, so column " + axis
                        + " (from 0) is not one of them");
            }
        }
        if (points.features() < 2) {
            throw new HttpError(400, "the CSV has one feature column; the pictures need two (x1,x2,y)");
        }
        if (config.classification()) {
            for (int i = 0; i < points.size(); i++) {
                if (points.y(i) != 0 && points.y(i) != 1) {
                    throw new HttpError(400, "the CSV's row " + (i + 1) + " has the label " + points.y(i) + "; classification"
                            + " here is binary, with labels 0 and 1 (choose regression for other targets)");
                }
            }
        }
        return new PlaygroundData(config, points, names);
    }

    boolean csv() {
        return config.dataset().equals("csv");
    }

    /** The points trained on, as the network's inputs and targets. */
    Dataset train() {
        return prepared(rawTrain);
    }

    /** The held-out points, as the network's inputs and targets. */
    Dataset test() {
        return prepared(rawTest);
    }

    Dataset rawTrain() {
        return rawTrain;
    }

    Dataset rawTest() {
        return rawTest;
    }

    private Dataset prepared(Dataset raw) {
        double[][] x = new double[raw.size()][];
        double[] y = new double[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            x[i] = inputs(raw.row(i));
            y[i] = config.classification() ? 2 * raw.y(i) - 1 : raw.y(i);
        }
        return new Dataset(x, y);
    }

    /** A point's inputs to the network: the chosen features of a built-in point, a CSV row as it is. */
    double[] inputs(double[] point) {
        if (csv()) {
            return point.clone();
        }
        double[] out = new double[config.features().size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = config.features().get(j).apply(point[0], point[1]);
        }
        return out;
    }

    /** The point of the pictures' square at {@code (a, b)}: those two coordinates, the others at their means. */
    double[] point(double a, double b) {
        if (!csv()) {
            return new double[] {a, b};
        }
        double[] p = means.clone();
        p[config.axes().get(0)] = a;
        p[config.axes().get(1)] = b;
        return p;
    }

    /** The coordinates of a raw point that the pictures show. */
    double[] shown(double[] point) {
        return csv() ? new double[] {point[config.axes().get(0)], point[config.axes().get(1)]} : point;
    }

    /** {@code [xmin, xmax, ymin, ymax]} of the pictures. */
    double[] domain() {
        return domain.clone();
    }

    /** The network's inputs, by name (x1, x1², sin x2, or a CSV's column names). */
    List<String> inputNames() {
        return inputNames;
    }

    /** The names of the two coordinates that span the pictures. */
    List<String> axisNames() {
        return csv() ? List.of(columnNames.get(config.axes().get(0)), columnNames.get(config.axes().get(1)))
                : List.of("x1", "x2");
    }

    /** The range of the two columns, widened by a tenth on each side. */
    private static double[] span(Dataset points, List<Integer> axes) {
        double[] d = new double[4];
        for (int k = 0; k < 2; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < points.size(); i++) {
                lo = Math.min(lo, points.x(i, axes.get(k)));
                hi = Math.max(hi, points.x(i, axes.get(k)));
            }
            double pad = hi > lo ? (hi - lo) / 10 : 1;
            d[2 * k] = lo - pad;
            d[2 * k + 1] = hi + pad;
        }
        return d;
    }
}
