package dev.chainrule.autograd;

import java.util.List;

/**
 * One primitive operation of the graph: a record holding its inputs, with its forward computation and its
 * vector-Jacobian product side by side. The {@code permits} list is the table of every derivative rule in
 * chainrule; derived ops ({@code sub}, {@code div}, {@code mean}, the losses) are compositions of these.
 *
 * <p>A rule ({@link #vjp}) is written with tensor ops on the node's inputs and output, so the gradients it
 * builds are graph nodes too and can be differentiated again.
 *
 * <pre>{@code
 * Tensor h = Tensor.of(0.5).tanh();
 * switch (h.op()) {
 *     case Tanh t -> System.out.println("tanh of " + t.x());
 *     default -> { }
 * }
 * }</pre>
 */
public sealed interface Op
        permits Leaf, Add, Mul, Neg, Reciprocal, PowScalar, Pow, Exp, Log, Sqrt, Abs,
                Tanh, Sigmoid, Relu, LeakyRelu, Softmax, LogSoftmax, Clip,
                Sum, Max, Transpose, Reshape, BroadcastTo, SumTo, Matmul {

    /** The op's name as used in error messages and transcripts, e.g. {@code "matmul"}. */
    String name();

    /** The tensors this op reads, in order. */
    List<Tensor> inputs();

    /** Computes the output node; throws {@link ShapeException} naming the op when the operands do not fit. */
    Tensor forward();

    /**
     * The vector-Jacobian product: given the output {@code out} of this op and the gradient {@code grad} of the
     * target with respect to it, the gradients with respect to each input, in the order of {@link #inputs()},
     * each with its input's shape.
     */
    List<Tensor> vjp(Tensor out, Tensor grad);
}
