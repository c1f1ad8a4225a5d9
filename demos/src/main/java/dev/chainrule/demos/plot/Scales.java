package dev.chainrule.demos.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** The colour scales of the heat maps. */
final class Scales {
    private Scales() {
    }

    /** {@code a} moved towards {@code b} by {@code t} in [0, 1]. */
    static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    /** From {@code low} through white to {@code high}: a probability of class 1, with 0.5 white. */
    record Diverging(double lower, double upper, Color low, Color high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = (value - lower) / (upper - lower);
            return t < 0.5 ? mix(low, Color.WHITE, t * 2) : mix(Color.WHITE, high, (t - 0.5) * 2);
        }
    }

    /** From white to {@code high}: counts. */
    record Sequential(double upper, Color high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return mix(Color.WHITE, high, upper <= 0 ? 0 : value / upper);
        }
    }

    /**
     * Regions of several classes: the value {@code k + c} is class {@code k} predicted with confidence {@code c}
     * (its probability rescaled to [0, 1) from chance upwards); the colour is the class's, paler where less sure.
     */
    record Regions(int classes) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return classes;
        }

        @Override
        public Paint getPaint(double value) {
            int k = (int) Math.max(0, Math.min(classes - 1, Math.floor(value)));
            double confidence = value - k;
            return mix(Color.WHITE, Style.color(k), 0.15 + 0.55 * confidence);
        }
    }
}
