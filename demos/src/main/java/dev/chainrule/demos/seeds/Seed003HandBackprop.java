package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.loss.BinaryCrossEntropy;

/**
 * Seed 003 Tasks 6 and 7 for one sample: the document's forward pass ({@code a1, a2, z1, z2, a3, z3}) and its
 * gradient from the deltas ({@code δ3 = −(y − z3)}, {@code δj = zj(1 − zj) w3j δ3}, {@code ∂E/∂w_ji = δj · input_i}),
 * transcribed as the document writes them — the point is to check the document's formulas against the engine's
 * backward pass of the same binary cross-entropy, so they are written out here rather than taken from the engine.
 * Gradients are in the document's order: {@code w10, w11, w12, w20, w21, w22, w30, w31, w32}.
 *
 * <pre>{@code
 * Seed003HandBackprop hand = Seed003HandBackprop.of(net, params, new double[] {0.3, -1.2}, 1);
 * hand.z3();                                   // ŷ
 * hand.gradient();                             // the nine ∂E/∂w from the deltas
 * Seed003HandBackprop.engineGradient(net, params, x, y);   // the same nine from Params.gradientsFrom
 * }</pre>
 *
 * @param x        the sample's inputs (x1, x2)
 * @param y        its label
 * @param a        the hidden units' net inputs (a1, a2)
 * @param z        their values (z1, z2)
 * @param a3       the output unit's net input
 * @param z3       the output, ŷ
 * @param delta    δ1, δ2, δ3
 * @param gradient ∂E/∂w in the document's order
 */
record Seed003HandBackprop(double[] x, int y, double[] a, double[] z, double a3, double z3, double[] delta,
                           double[] gradient) {
    /** The weights' names in the document's order. */
    static final String[] NAMES = {"w10", "w11", "w12", "w20", "w21", "w22", "w30", "w31", "w32"};

    /** The document's forward and backward pass of the 2-2-1 network {@code net} with {@code params} on one sample. */
    static Seed003HandBackprop of(Seed003Network net, Params params, double[] x, int y) {
        double[][] w = {net.hiddenUnit(params, 1), net.hiddenUnit(params, 2), net.outputUnit(params)};
        double[] a = new double[2];
        double[] z = new double[2];
        for (int j = 0; j < 2; j++) {
            a[j] = w[j][0] + x[0] * w[j][1] + x[1] * w[j][2];          // a_j = w_j0 + x1 w_j1 + x2 w_j2
            z[j] = g(a[j]);
        }
        double a3 = w[2][0] + z[0] * w[2][1] + z[1] * w[2][2];
        double z3 = g(a3);
        double delta3 = -(y - z3);                                       // ∂E/∂z3 · ∂z3/∂a3
        double[] delta = {z[0] * (1 - z[0]) * w[2][1] * delta3, z[1] * (1 - z[1]) * w[2][2] * delta3, delta3};
        double[] gradient = {
            delta[0], delta[0] * x[0], delta[0] * x[1],
            delta[1], delta[1] * x[0], delta[1] * x[1],
            delta[2], delta[2] * z[0], delta[2] * z[1]};
        return new Seed003HandBackprop(x.clone(), y, a, z, a3, z3, delta, gradient);
    }

    /** The document's sigmoid, {@code g(a) = 1 / (1 + e^−a)}. */
    private static double g(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    /** The document's loss for this sample, {@code E = −y log ŷ − (1 − y) log(1 − ŷ)}. */
    double loss() {
        return -y * Math.log(z3) - (1 - y) * Math.log(1 - z3);
    }

    /** The engine's gradient of the binary cross-entropy of {@code net} on the one sample, in the document's order. */
    static double[] engineGradient(Seed003Network net, Params params, double[] x, int y) {
        Tensor loss = new BinaryCrossEntropy().apply(net.model().forward(params, Tensor.of(new double[][] {x})),
                Tensor.of(new double[][] {{y}}));
        Params g = params.gradientsFrom(loss);
        double[][] hidden = g.get("0.weight").toMatrix();        // in x out: hidden[i][j] is ∂E/∂w_{j+1,i+1}
        double[] hiddenBias = g.get("0.bias").toArray();
        double[] output = g.get("2.weight").toArray();
        return new double[] {
            hiddenBias[0], hidden[0][0], hidden[1][0],
            hiddenBias[1], hidden[0][1], hidden[1][1],
            g.get("2.bias").item(), output[0], output[1]};
    }
}
