package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Layers applied one after another, and a {@link Model}: the place where the layout of the samples is set, once,
 * for every layer (samples as rows unless said otherwise, as in PyTorch). Layer {@code i}'s parameters are named
 * {@code "i.weight"}, {@code "i.bias"} (as PyTorch's {@code nn.Sequential}) unless the layer names them itself.
 *
 * <pre>{@code
 * Sequential net = Sequential.of(new Linear(2, 10), Activation.TANH, new Linear(10, 1), Activation.SIGMOID);
 * Params p = net.init(new SplittableRandom(42));
 * Tensor probabilities = net.forward(p, Tensor.zeros(5, 2));              // 5 samples as rows: 5 x 1
 * Sequential seed = Sequential.of(Layout.SAMPLES_AS_COLUMNS, new Linear(2, 2), Activation.TANH);   // W @ X + b
 * }</pre>
 *
 * @param layout where the samples are, for every layer (a nested {@code Sequential} must agree)
 * @param layers the layers, first applied first
 */
public record Sequential(Layout layout, List<Layer> layers) implements Layer, Model {
    public Sequential {
        if (layout == null) {
            throw new IllegalArgumentException("Sequential: layout must not be null");
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential: needs at least one layer");
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Sequential inner && inner.layout != layout) {
                throw new IllegalArgumentException("Sequential: layer " + i + ", " + inner.describe() + ", has "
                        + words(inner.layout) + " but the model it is in has " + words(layout)
                        + "; a model has one layout: give both the same");
            }
        }
    }

    /** The layers, samples as rows. */
    public static Sequential of(Layer... layers) {
        return new Sequential(Layout.SAMPLES_AS_ROWS, List.of(layers));
    }

    /** The layers, with samples laid out as {@code layout}. */
    public static Sequential of(Layout layout, Layer... layers) {
        return new Sequential(layout, List.of(layers));
    }

    /** All parameters, layer by layer. */
    public Params init(RandomGenerator rng) {
        return init("", layout, rng);
    }

    /** The network applied to {@code x}, whose samples are laid out as {@link #layout()}. */
    @Override
    public Tensor forward(Params params, Tensor x) {
        return forward(params, "", layout, x);
    }

    @Override
    public Params init(String prefix, Layout layout, RandomGenerator rng) {
        requireLayout(layout);
        Params p = Params.empty();
        for (int i = 0; i < layers.size(); i++) {
            p = p.merge(layers.get(i).init(prefix + i + ".", layout, rng));
        }
        return p;
    }

    @Override
    public Tensor forward(Params params, String prefix, Layout layout, Tensor x) {
        requireLayout(layout);
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(params, prefix + i + ".", layout, h);
        }
        return h;
    }

    private void requireLayout(Layout asked) {
        if (asked != layout) {
            throw new IllegalArgumentException(describe() + " has " + words(layout) + " but was asked to run with "
                    + words(asked));
        }
    }

    private static String words(Layout layout) {
        return layout == Layout.SAMPLES_AS_ROWS ? "samples as rows" : "samples as columns";
    }

    @Override
    public String describe() {
        return "Sequential(" + String.join(", ", layers.stream().map(Layer::describe).toList()) + ")";
    }
}
