package dev.chainrule.autograd;

/**
 * The formulas that several parts of chainrule share, each written once: the losses {@code mse} and {@code bce}
 * (the {@code .chain} language's functions and {@code nn}'s loss classes both call these) and the plain
 * gradient-descent update (the language's {@code updated(η)} and {@code nn}'s {@code SGD}). Like PyTorch's
 * {@code torch.nn.functional}: plain functions of tensors, built from ops, so reverse mode differentiates them.
 *
 * <pre>{@code
 * Tensor yhat = Tensor.of(0.8, 0.3);
 * Tensor y = Tensor.of(1.0, 0.0);
 * Functional.mse(yhat, y);                        // mean((ŷ - y)²) = 0.065
 * Functional.bce(yhat, y);                        // -mean(y log ŷ + (1 - y) log(1 - ŷ))
 * Functional.sgdStep(w, loss.grad(w).of(w), 0.1); // w - 0.1 ∂L/∂w
 * }</pre>
 */
public final class Functional {
    /** The clip of {@link #bce(Tensor, Tensor)}: probabilities are kept in {@code [ε, 1 - ε]}, as scikit-learn does. */
    public static final double BCE_EPSILON = 1e-15;

    private Functional() {
    }

    /** Mean squared error {@code mean((a - b)²)} over all elements; the shapes must broadcast. */
    public static Tensor mse(Tensor a, Tensor b) {
        return a.sub(b).square().mean();
    }

    /**
     * Binary cross-entropy {@code -mean(y log p + (1 - y) log(1 - p))} with {@code p} clipped to
     * {@code [1e-15, 1 - 1e-15]}, so that a confident wrong prediction costs about 34.5 rather than infinity.
     */
    public static Tensor bce(Tensor p, Tensor y) {
        return bce(p, y, BCE_EPSILON);
    }

    /** {@link #bce(Tensor, Tensor)} with the clip {@code epsilon} in {@code [0, 0.5)}; 0 does not clip. */
    public static Tensor bce(Tensor p, Tensor y, double epsilon) {
        if (!(epsilon >= 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("bce: epsilon must be in [0, 0.5), got " + epsilon);
        }
        Tensor q = epsilon > 0 ? p.clip(epsilon, 1 - epsilon) : p;
        return y.mul(q.log()).add(y.rsub(1.0).mul(q.rsub(1.0).log())).mean().neg();
    }

    /**
     * One step of gradient descent, {@code θ - η g}, as a new leaf: in one loop, with the same arithmetic as
     * {@code theta.sub(grad.mul(learningRate))} ({@code θ + -(g·η)}, no fused multiply-add), without its three
     * temporary arrays — the update of a large layer in a training step.
     *
     * @throws ShapeException if {@code grad}'s shape is not {@code theta}'s
     */
    public static Tensor sgdStep(Tensor theta, Tensor grad, double learningRate) {
        if (!theta.shape().equals(grad.shape())) {
            throw new ShapeException("sgd step: the gradient's shape " + grad.shape() + " is not the parameter's "
                    + theta.shape());
        }
        double[] t = theta.data;
        double[] g = grad.data;
        double[] out = new double[t.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = t[i] + -(g[i] * learningRate);
        }
        return Tensor.leaf(theta.shape(), out);
    }
}
