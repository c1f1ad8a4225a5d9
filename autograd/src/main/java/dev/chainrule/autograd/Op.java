package dev.chainrule.autograd;

import java.util.List;

/**
 * One primitive operation of the graph: a record holding its inputs, with its forward computation and its
 * vector-Jacobian product side by side. The {@code permits} list is the table of every derivative rule in
 * chainrule; derived ops ({@code sub}, {@code div}, {@code mean}, the losses) are compositions of these.
 *
 * <p>A rule ({@link #vjp}) is written with tensor ops on the node's inputs and output, so the gradients it
 * builds are graph nodes too and can be differentiated again. Beside it, {@link #rule()} states the same rule as a
 * formula a person reads; a test checks that the two agree for every op.
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
                Sum, Max, Transpose, Reshape, BroadcastTo, SumTo, Matmul, Affine {

    /** The op's name as used in error messages and transcripts, e.g. {@code "matmul"}. */
    String name();

    /** The tensors this op reads, in order. */
    List<Tensor> inputs();

    /** Computes the output node; throws {@link ShapeException} naming the op when the operands do not fit. */
    Tensor forward();

    /**
     * The vector-Jacobian product for one input: given the output {@code out} of this op and the gradient
     * {@code grad} of the target with respect to it, the gradient with respect to input number {@code input} (in the
     * order of {@link #inputs()}), with that input's shape. Asked per input, so that reverse mode computes only the
     * gradients that lead to what was asked for.
     */
    Tensor vjp(int input, Tensor out, Tensor grad);

    /**
     * The same gradient as {@link #vjp} as a plain value, for reverse mode when no second derivative is wanted
     * ({@link Tensor#grad()}): by default {@code vjp} itself, whose graph nodes are then dropped. Ops on the hot path
     * compute it in one fused loop instead, with no node and no temporary array; {@code vjp} stays the rule, and a
     * test checks every op's value against it.
     */
    default Tensor vjpValue(int input, Tensor out, Tensor grad) {
        return vjp(input, out, grad);
    }

    /** The op and its rule as formulas, for transcripts and documents: see {@link Rule}. */
    Rule rule();
}
