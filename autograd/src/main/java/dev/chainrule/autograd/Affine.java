package dev.chainrule.autograd;

import java.util.List;

/**
 * A matrix product plus a bias, {@code a @ b + c}, with {@code c} broadcast to the product's shape: a layer's
 * pre-activation ({@code x @ W + b}, or {@code W @ x + b} with samples as columns) as one node and one array, where
 * {@code matmul} then {@code add} make two of each. The numbers are those of the two ops, bit for bit. Rule: the
 * product's for {@code a} and {@code b} ({@link Matmul}'s, which this op asks), {@code G} summed back to {@code c}'s
 * shape for the bias (as for {@link Add}).
 *
 * <pre>{@code
 * Tensor x = Tensor.of(new double[][] {{1, 2}});
 * Tensor w = Tensor.param("W", new double[][] {{0.5}, {-1}});
 * Tensor z = x.matmulAdd(w, Tensor.of(0.25));   // [[-1.25]], as x.matmul(w).add(0.25)
 * }</pre>
 */
public record Affine(Tensor a, Tensor b, Tensor c) implements Op {
    @Override
    public Tensor forward() {
        Matmul product = new Matmul(a, b);
        Shape s = product.outputShape();
        if (!Shape.broadcast("matmul_add", s, c.shape).equals(s)) {
            throw new ShapeException("matmul_add: the bias " + c.shape + " does not broadcast to the product's shape "
                    + s + " (" + a.shape + " @ " + b.shape + ")");
        }
        double[] out = product.values();
        Kernels.addInto(out, s, c);
        return Tensor.node(this, s, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return input == 2 ? g.sumTo(c.shape) : new Matmul(a, b).vjp(input, out, g);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return input == 2 ? Kernels.sumToValue(g, c.shape) : new Matmul(a, b).vjpValue(input, out, g);
    }

    @Override
    public Rule rule() {
        Rule product = new Matmul(a, b).rule();
        return Rule.map("a @ b + c", product.derivative(0), product.derivative(1), "sum_to(G, c)");
    }

    @Override
    public String name() {
        return "matmul_add";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(a, b, c);
    }
}
