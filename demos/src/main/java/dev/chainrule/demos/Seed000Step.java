package dev.chainrule.demos;

import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import java.io.PrintStream;

/**
 * Seed 000, Exercise 1, written with the Java API: one forward and backward step of a 2-2-1 tanh network with
 * squared error, printing the forward values, every δ and the SGD update with η = 0.1. It is the README's example.
 *
 * <pre>{@code
 * ./chainrule example
 * }</pre>
 */
public final class Seed000Step {
    private Seed000Step() {
    }

    /** Prints the derivation to {@code out}. */
    public static void run(PrintStream out) {
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        Tensor y = Tensor.of(1.0);
        Tensor W1 = Tensor.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}});
        Tensor b1 = Tensor.param("b1", new double[][] {{0.1}, {-0.2}});
        Tensor W2 = Tensor.param("W2", new double[][] {{0.5, -0.3}});
        Tensor b2 = Tensor.param("b2", 0.2);

        Tensor z1 = W1.matmul(x).add(b1);           // hidden pre-activation
        Tensor h1 = z1.tanh();
        Tensor u2 = W2.matmul(h1).add(b2);          // output pre-activation
        Tensor yhat = u2.tanh();
        Tensor L = y.sub(yhat).square().sum();      // L = (y - ŷ)²

        Gradients g = L.grad();                     // every δ at once, as a value
        double eta = 0.1;
        out.println("z1 = " + z1 + "\nh1 = " + h1 + "\nyhat = " + yhat + "\nL = " + L);
        out.println("δ2 = ∂L/∂u2 = " + g.of(u2));
        out.println("δ1 = ∂L/∂z1 =\n" + g.of(z1));
        out.println("∂L/∂W1 =\n" + g.of(W1));
        out.println("W2 - η ∂L/∂W2 = " + W2.sub(g.of(W2).mul(eta)));
        out.println("W1 - η ∂L/∂W1 =\n" + W1.sub(g.of(W1).mul(eta)));
    }
}
