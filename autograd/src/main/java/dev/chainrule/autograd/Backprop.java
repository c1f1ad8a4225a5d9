package dev.chainrule.autograd;

import java.util.Arrays;
import java.util.List;

/**
 * Reverse mode: numbers the graph below a scalar target in topological order with an iterative depth-first search
 * (no recursion, so a chain of a million nodes is fine on the default stack), then applies each op's rule from the
 * target down, summing the contributions of every consumer of a node. All state is local to one call.
 *
 * <p>Asked for the gradients of some nodes only, it visits only the nodes on a path from the target to one of
 * them and asks each op only for the inputs on such a path: a training step then never computes ∂L/∂X for its
 * data (tinygrad's {@code gradient(targets)}, PyTorch's {@code autograd.grad(inputs)}). When no second derivative is
 * wanted, each rule is computed as a plain value ({@link Op#vjpValue}), with no graph nodes.
 */
final class Backprop {
    private Backprop() {
    }

    /**
     * The gradients of {@code target}: of every node below it when {@code wrt} is null, else of the nodes in
     * {@code wrt} and the intermediates on the way to them.
     */
    static Gradients run(Tensor target, Tensor[] wrt, boolean differentiable) {
        if (target.size() != 1) {
            throw new ShapeException("grad: the target must be a scalar (one element) but has shape " + target.shape
                    + "; reduce it first, e.g. with sum() or mean()");
        }
        NodeIndex index = number(target);
        boolean[] wanted = wrt == null ? null : onPathTo(index, wrt);
        Tensor[] grads;
        if (differentiable || Anomaly.isOn()) {
            grads = applyRules(index, wanted, differentiable);
            keepWanted(grads, wanted, differentiable);
        } else {
            grads = applyValueRules(index, wanted);
        }
        return new Gradients(target, index, grads);
    }

    /**
     * Every rule from the target down, as graph nodes ({@link Op#vjp}) when the gradients must be differentiable, else
     * as values; under {@link Anomaly} detection each rule's result is inspected.
     */
    private static Tensor[] applyRules(NodeIndex index, boolean[] wanted, boolean differentiable) {
        int n = index.size();
        Tensor[] grads = new Tensor[n];
        grads[n - 1] = Tensor.ones(index.node(n - 1).shape);
        boolean anomaly = Anomaly.isOn();
        for (int i = n - 1; i >= 0; i--) {
            Tensor node = index.node(i);
            Tensor g = grads[i];
            if (g == null || node.isLeaf()) {
                continue;
            }
            Tensor[] inputs = node.inputNodes;
            for (int k = 0; k < inputs.length; k++) {
                int j = index.of(inputs[k]);
                if (wanted != null && !wanted[j]) {
                    continue;
                }
                Tensor gk = gradient(node, k, g, differentiable, anomaly);
                Tensor sum = grads[j];
                grads[j] = sum == null ? gk : differentiable ? sum.add(gk) : Kernels.sum(sum, gk);
            }
        }
        return grads;
    }

    /**
     * Every rule from the target down as a plain value ({@link Op#vjpValue}): the first-order path of training. Only
     * wanted nodes get a gradient, each a leaf (a rule without a fused value has its nodes cut off as it is stored).
     */
    private static Tensor[] applyValueRules(NodeIndex index, boolean[] wanted) {
        int n = index.size();
        Tensor[] grads = new Tensor[n];
        if (wanted != null && !wanted[n - 1]) {
            return grads;   // the target depends on none of the nodes asked for
        }
        grads[n - 1] = Tensor.ones(index.node(n - 1).shape);
        for (int i = n - 1; i >= 0; i--) {
            Tensor g = grads[i];
            if (g == null) {
                continue;
            }
            Tensor node = index.node(i);
            Tensor[] inputs = node.inputNodes;
            for (int k = 0; k < inputs.length; k++) {
                int j = index.of(inputs[k]);
                if (wanted == null || wanted[j]) {
                    Tensor gk = node.op.vjpValue(k, node, g);
                    Tensor sum = grads[j];
                    grads[j] = sum != null ? Kernels.sum(sum, gk) : gk.isLeaf() ? gk : gk.detach();
                }
            }
        }
        return grads;
    }

    /**
     * After {@link #applyRules}: drops the gradients of nodes off every path to {@code wanted}, and cuts first-order
     * gradients (under anomaly detection) from their graph.
     */
    private static void keepWanted(Tensor[] grads, boolean[] wanted, boolean differentiable) {
        for (int i = 0; i < grads.length; i++) {
            if (wanted != null && !wanted[i]) {
                grads[i] = null;
            } else if (!differentiable && grads[i] != null && !grads[i].isLeaf()) {
                grads[i] = grads[i].detach();
            }
        }
    }

    /**
     * The gradient reaching input {@code k} of {@code node}: its op's rule as graph nodes ({@link Op#vjp}) when the
     * result must be differentiable, else as a plain value ({@link Op#vjpValue}).
     */
    private static Tensor gradient(Tensor node, int k, Tensor g, boolean differentiable, boolean anomaly) {
        if (!anomaly) {
            return differentiable ? node.op.vjp(k, node, g) : node.op.vjpValue(k, node, g);
        }
        Tensor gk = Anomaly.inRule(() -> differentiable ? node.op.vjp(k, node, g) : node.op.vjpValue(k, node, g));
        Anomaly.inspectGradient(node, g, gk);
        return gk;
    }

    /** Which numbered nodes lie on a path to one of {@code wrt} (themselves included). */
    private static boolean[] onPathTo(NodeIndex index, Tensor[] wrt) {
        boolean[] wanted = new boolean[index.size()];
        for (Tensor w : wrt) {
            if (w == null) {
                throw new IllegalArgumentException("grad: a tensor to differentiate with respect to is null");
            }
            int j = index.of(w);
            if (j >= 0) {
                wanted[j] = true;
            }
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!wanted[i]) {
                for (Tensor input : index.node(i).inputNodes) {
                    if (wanted[index.of(input)]) {
                        wanted[i] = true;
                        break;
                    }
                }
            }
        }
        return wanted;
    }

    /** Every node below {@code root} (included), each after all of its inputs. */
    static List<Tensor> topologicalOrder(Tensor root) {
        NodeIndex index = number(root);
        Tensor[] order = new Tensor[index.size()];
        Arrays.setAll(order, index::node);
        return Arrays.asList(order);
    }

    /** The nodes below {@code root} numbered so that each comes after its inputs; {@code root} is the last. */
    private static NodeIndex number(Tensor root) {
        NodeIndex index = NodeIndex.sizedLikeTheLast();
        Tensor[] nodes = new Tensor[16];
        int[] next = new int[16];
        int top = 0;
        nodes[0] = root;
        index.mark(root);
        while (top >= 0) {
            Tensor[] pending = nodes[top].inputNodes;
            if (next[top] < pending.length) {
                Tensor input = pending[next[top]++];
                if (index.mark(input)) {
                    if (++top == nodes.length) {
                        nodes = Arrays.copyOf(nodes, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                    }
                    nodes[top] = input;
                    next[top] = 0;
                }
            } else {
                index.number(nodes[top]);
                nodes[top--] = null;
            }
        }
        index.finish();
        return index;
    }
}
