package dev.chainrule.demos.studio.playground;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward pass of an MLP that keeps what each layer of neurons computed: its pre-activation {@code z} (the
 * {@code Linear} layer's output), its activation {@code a}, the activation that made it, and the local derivative
 * {@code ∂a/∂z} element by element, computed by chainrule's reverse mode from the activation's own op. The network
 * runs through its own layers ({@link Layer#forward}); nothing here repeats them.
 *
 * <pre>{@code
 * NetworkTrace t = NetworkTrace.of(net, params, Tensor.of(x));   // x: samples as rows
 * t.layers().get(0).a();          // the first hidden layer's activations, n × neurons
 * t.output();                     // the network's output, n × 1
 * }</pre>
 */
record NetworkTrace(Tensor input, List<LayerTrace> layers) {
    /**
     * One layer of neurons.
     *
     * @param z          the pre-activations, n × neurons
     * @param a          the activations, n × neurons
     * @param activation the activation applied ({@link Activation#IDENTITY} for a linear layer)
     * @param slope      {@code ∂a/∂z} element by element
     * @param rule       the op's formula for it, e.g. {@code 1 - out ^ 2}
     */
    record LayerTrace(Tensor z, Tensor a, Activation activation, Tensor slope, String rule) {
    }

    static NetworkTrace of(Sequential net, Params params, Tensor x) {
        List<Layer> all = net.layers();
        List<LayerTrace> out = new ArrayList<>();
        Tensor h = x;
        for (int i = 0; i < all.size(); i++) {
            if (!(all.get(i) instanceof Linear linear)) {
                continue;
            }
            Tensor z = linear.forward(params, i + ".", Layout.SAMPLES_AS_ROWS, h).detach();
            Activation act = i + 1 < all.size() && all.get(i + 1) instanceof Activation a ? a : Activation.IDENTITY;
            Tensor leaf = Tensor.param("z", z.toMatrix());
            Tensor a = act.apply(leaf);
            Tensor slope = act == Activation.IDENTITY ? Tensor.ones(z.shape()) : a.sum().grad().of(leaf);
            String rule = act == Activation.IDENTITY ? "1" : a.op().rule().derivative(0);
            out.add(new LayerTrace(z, a.detach(), act, slope, rule));
            h = a.detach();
        }
        return new NetworkTrace(x, out);
    }

    /** The network's output, n × 1. */
    Tensor output() {
        return layers.get(layers.size() - 1).a();
    }
}
