package dev.chainrule.data.datasets;

import java.util.Arrays;

/**
 * The TensorFlow Playground's seven input features of a point {@code (x1, x2)}: {@code x1, x2, x1², x2², x1·x2,
 * sin x1, sin x2} (seed 002, Exercise 3, Task 2).
 *
 * <pre>{@code
 * Dataset spiral = Playground.spiral(500, 0.0, 42);
 * Dataset all7 = PlaygroundFeature.map(spiral, PlaygroundFeature.values());
 * Dataset some = PlaygroundFeature.map(spiral, PlaygroundFeature.X1, PlaygroundFeature.X1_TIMES_X2);
 * PlaygroundFeature.SIN_X1.apply(0.5, 2.0);   // sin 0.5
 * }</pre>
 */
public enum PlaygroundFeature {
    X1("x1"),
    X2("x2"),
    X1_SQUARED("x1²"),
    X2_SQUARED("x2²"),
    X1_TIMES_X2("x1·x2"),
    SIN_X1("sin x1"),
    SIN_X2("sin x2");

    private final String label;

    PlaygroundFeature(String label) {
        this.label = label;
    }

    /** How the Playground writes it, such as {@code x1²}. */
    public String label() {
        return label;
    }

    /** This feature of the point {@code (x1, x2)}. */
    public double apply(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> LibmTrig.sin(x1);
            case SIN_X2 -> LibmTrig.sin(x2);
        };
    }

    /** A dataset of two features mapped to {@code features}, in the order given; the labels are kept. */
    public static Dataset map(Dataset points, PlaygroundFeature... features) {
        if (points.features() != 2 && points.size() > 0) {
            throw new IllegalArgumentException("playground features: the points must have 2 features (x1, x2), got "
                    + points.features());
        }
        if (features.length == 0) {
            throw new IllegalArgumentException("playground features: choose at least one of "
                    + Arrays.toString(values()));
        }
        double[][] out = new double[points.size()][features.length];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < features.length; j++) {
                out[i][j] = features[j].apply(points.x(i, 0), points.x(i, 1));
            }
        }
        return points.withX(out);
    }
}
