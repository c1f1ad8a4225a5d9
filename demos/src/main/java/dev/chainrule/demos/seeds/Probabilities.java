package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import java.util.function.UnaryOperator;

/**
 * A trained model as the function a {@link dev.chainrule.demos.plot.BoundaryChart} draws: rows of points in, rows
 * of class probabilities out, in one forward pass whatever the model's layout.
 *
 * <pre>{@code
 * BoundaryChart.titled("moons").probabilities(Probabilities.of(net, params, Probabilities.Output.PROBABILITY))
 *         .points("training", train.x(), train.labels()).save(run.picture("boundary.png"));
 * }</pre>
 */
public final class Probabilities {
    /** What the model's output is. */
    public enum Output {
        /** One column: P(class 1), e.g. after a sigmoid. */
        PROBABILITY,
        /** One column: the logit of class 1 (a sigmoid makes the probability). */
        LOGIT,
        /** One column per class: probabilities, e.g. after a softmax. */
        PROBABILITIES,
        /** One column per class: logits (a softmax makes the probabilities). */
        LOGITS
    }

    private Probabilities() {
    }

    /** {@code model} with {@code params}, on points given as rows (x1, x2). */
    public static UnaryOperator<double[][]> of(Model model, Params params, Output output) {
        return of(model, params, output, UnaryOperator.identity());
    }

    /**
     * {@code model} with {@code params}, on points given as rows (x1, x2) that {@code features} turns into the
     * model's inputs (e.g. the Playground's seven features of a point).
     */
    public static UnaryOperator<double[][]> of(Model model, Params params, Output output, UnaryOperator<double[]> features) {
        return points -> {
            int n = points.length;
            double[][] in = new double[n][];
            for (int i = 0; i < n; i++) {
                in[i] = features.apply(points[i]);
            }
            int d = n == 0 ? 0 : in[0].length;
            boolean rows = model.layout() == Layout.SAMPLES_AS_ROWS;
            double[] flat = new double[n * d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    flat[rows ? i * d + j : j * n + i] = in[i][j];
                }
            }
            Tensor x = Tensor.of(rows ? Shape.matrix(n, d) : Shape.matrix(d, n), flat);
            Tensor y = model.forward(params, x);
            int classAxis = rows ? 1 : 0;
            Tensor p = switch (output) {
                case PROBABILITY, PROBABILITIES -> y;
                case LOGIT -> y.sigmoid();
                case LOGITS -> y.softmax(classAxis);
            };
            Tensor asRows = rows ? p : p.transpose();
            return asRows.reshape(n, asRows.size() / Math.max(1, n)).toMatrix();
        };
    }
}
