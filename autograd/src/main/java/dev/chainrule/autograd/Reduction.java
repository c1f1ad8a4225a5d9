package dev.chainrule.autograd;

import java.util.OptionalInt;

/**
 * Which elements a reduction ({@code sum}, {@code max}) combines: all of them, or those along one axis; and
 * whether the reduced axes are kept with length 1 (NumPy's {@code keepdims}).
 *
 * @param axis     the axis reduced, in {@code 0..rank-1}; empty for all elements
 * @param keepdims keep reduced axes as length 1
 */
public record Reduction(OptionalInt axis, boolean keepdims) {

    /** A reduction over every element. */
    public static Reduction all(boolean keepdims) {
        return new Reduction(OptionalInt.empty(), keepdims);
    }

    /** A reduction along {@code axis} of {@code shape} ({@code -1} is the last axis); {@code op} names errors. */
    public static Reduction along(String op, Shape shape, int axis, boolean keepdims) {
        return new Reduction(OptionalInt.of(shape.normalizeAxis(op, axis)), keepdims);
    }

    /** The result's shape before axes are dropped: reduced dimensions become 1 (a scalar stays a scalar). */
    public Shape kept(Shape in) {
        if (axis.isEmpty()) {
            return in.rank() == 2 ? Shape.matrix(1, 1) : in.rank() == 1 ? Shape.vector(1) : in;
        }
        if (in.rank() == 1) {
            return Shape.vector(1);
        }
        return axis.getAsInt() == 0 ? Shape.matrix(1, in.cols()) : Shape.matrix(in.rows(), 1);
    }

    /** The shape of the result. */
    Shape output(Shape in) {
        if (keepdims) {
            return kept(in);
        }
        if (axis.isEmpty() || in.rank() == 1) {
            return Shape.scalar();
        }
        return axis.getAsInt() == 0 ? Shape.vector(in.cols()) : Shape.vector(in.rows());
    }

    /** How many elements each output element combines. */
    int count(Shape in) {
        return in.size() / Math.max(1, kept(in).size());
    }

    /** How the reduction {@code op} of {@code x} is written, e.g. {@code sum(x, axis=1)}. */
    String notation(String op) {
        return op + "(x" + (axis.isEmpty() ? "" : ", axis=" + axis.getAsInt()) + (keepdims ? ", keepdims=true" : "") + ")";
    }

    @Override
    public String toString() {
        return (axis.isEmpty() ? "all" : "axis=" + axis.getAsInt()) + (keepdims ? ", keepdims" : "");
    }
}
