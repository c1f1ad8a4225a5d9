package dev.chainrule.nn;

import dev.chainrule.autograd.Tensor;
import java.util.function.BiFunction;

/** {@link Model#of}: a function and a layout. */
record FunctionModel(Layout layout, BiFunction<Params, Tensor, Tensor> function) implements Model {
    FunctionModel {
        if (layout == null || function == null) {
            throw new IllegalArgumentException("Model.of: layout and function must not be null");
        }
    }

    @Override
    public Tensor forward(Params params, Tensor x) {
        return function.apply(params, x);
    }
}
