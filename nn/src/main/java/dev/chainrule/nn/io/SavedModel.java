package dev.chainrule.nn.io;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Sequential;

/**
 * A model read by {@link ModelFile#load}: the architecture and the parameters it needs, checked against each other.
 *
 * <pre>{@code
 * SavedModel m = ModelFile.load(Path.of("model.json"));
 * Tensor yhat = m.forward(Tensor.of(new double[][] {{0.0, 1.0}}));   // same as m.model().forward(m.params(), x)
 * }</pre>
 *
 * @param model  the architecture
 * @param params its parameters, in the order of the file
 */
public record SavedModel(Sequential model, Params params) {
    public SavedModel {
        if (model == null || params == null) {
            throw new IllegalArgumentException("saved model: model and params must not be null");
        }
    }

    /** The model's output for {@code x}. */
    public Tensor forward(Tensor x) {
        return model.forward(params, x);
    }
}
