package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Layers applied one after another. Layer {@code i}'s parameters are named {@code "i.weight"}, {@code "i.bias"}
 * (as PyTorch's {@code nn.Sequential}) unless the layer names them itself.
 *
 * <pre>{@code
 * Sequential net = Sequential.of(new Linear(2, 10), new Tanh(), new Linear(10, 1), new Sigmoid());
 * Params p = net.init(new SplittableRandom(42));
 * Tensor probabilities = net.forward(p, X);
 * }</pre>
 *
 * @param layers the layers, first applied first
 */
public record Sequential(List<Layer> layers) implements Layer, Model {
    public Sequential {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential: needs at least one layer");
        }
    }

    public static Sequential of(Layer... layers) {
        return new Sequential(List.of(layers));
    }

    /** All parameters, layer by layer. */
    public Params init(RandomGenerator rng) {
        return init("", rng);
    }

    /** The network applied to {@code x}. */
    @Override
    public Tensor forward(Params params, Tensor x) {
        return forward(params, "", x);
    }

    @Override
    public Params init(String prefix, RandomGenerator rng) {
        Params p = Params.empty();
        for (int i = 0; i < layers.size(); i++) {
            p = p.merge(layers.get(i).init(prefix + i + ".", rng));
        }
        return p;
    }

    @Override
    public Tensor forward(Params params, String prefix, Tensor x) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(params, prefix + i + ".", h);
        }
        return h;
    }

    @Override
    public String describe() {
        return "Sequential(" + String.join(", ", layers.stream().map(Layer::describe).toList()) + ")";
    }
}
