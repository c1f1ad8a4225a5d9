package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import java.util.function.DoubleFunction;

/**
 * Tensors as nested lists of numbers, as the language, the JSON report and answer files write them.
 *
 * <pre>{@code
 * TensorText.nested(Tensor.of(new double[][] {{0.5}, {-0.25}}), Double::toString);   // "[[0.5], [-0.25]]"
 * }</pre>
 */
final class TensorText {
    private TensorText() {
    }

    /**
     * A scalar as its number, a vector as {@code [a, b]}, a matrix as its rows {@code [[a, b], [c, d]]}, each number
     * by {@code number}.
     */
    static String nested(Tensor t, DoubleFunction<String> number) {
        if (t.rank() == 0) {
            return number.apply(t.item());
        }
        StringBuilder sb = new StringBuilder(t.rank() == 2 ? "[" : "");
        int cols = t.shape().cols();
        for (int i = 0; i < t.shape().rows(); i++) {
            sb.append(i > 0 ? ", [" : "[");
            for (int j = 0; j < cols; j++) {
                sb.append(j > 0 ? ", " : "").append(number.apply(t.rank() == 2 ? t.get(i, j) : t.get(j)));
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }
}
