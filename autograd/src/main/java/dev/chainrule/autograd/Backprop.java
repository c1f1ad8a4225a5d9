package dev.chainrule.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Reverse mode: orders the graph below a scalar target with an iterative depth-first search (no recursion, so a
 * chain of a million nodes is fine on the default stack), then applies each op's {@link Op#vjp} from the target
 * down, summing the contributions of every consumer of a node. All state is local to one call.
 *
 * <p>Asked for the gradients of some nodes only, it visits only the nodes on a path from the target to one of
 * them and asks each op only for the inputs on such a path: a training step then never computes ∂L/∂X for its
 * data (tinygrad's {@code gradient(targets)}, PyTorch's {@code autograd.grad(inputs)}).
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
        List<Tensor> order = topologicalOrder(target);
        IdentityHashMap<Tensor, Boolean> wanted = wrt == null ? null : onPathTo(order, wrt);
        IdentityHashMap<Tensor, Tensor> grads = new IdentityHashMap<>(order.size() * 2);
        grads.put(target, Tensor.ones(target.shape));
        boolean anomaly = Anomaly.isOn();
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor node = order.get(i);
            Tensor g = grads.get(node);
            if (node.isLeaf() || g == null) {
                continue;
            }
            List<Tensor> inputs = node.op.inputs();
            for (int k = 0; k < inputs.size(); k++) {
                Tensor input = inputs.get(k);
                if (wanted != null && !wanted.containsKey(input)) {
                    continue;
                }
                int index = k;
                Tensor gk = anomaly ? Anomaly.inRule(() -> node.op.vjp(index, node, g)) : node.op.vjp(k, node, g);
                if (anomaly) {
                    Anomaly.inspectGradient(node, g, gk);
                }
                Tensor sum = grads.get(input);
                grads.put(input, sum == null ? gk : sum.add(gk));
            }
        }
        if (wanted != null) {
            grads.keySet().retainAll(wanted.keySet());
        }
        if (!differentiable) {
            grads.replaceAll((node, g) -> g.detach());
        }
        return new Gradients(target, grads);
    }

    /** The nodes of {@code order} (inputs before consumers) from which one of {@code wrt} can be reached. */
    private static IdentityHashMap<Tensor, Boolean> onPathTo(List<Tensor> order, Tensor[] wrt) {
        IdentityHashMap<Tensor, Boolean> wanted = new IdentityHashMap<>();
        for (Tensor w : wrt) {
            if (w == null) {
                throw new IllegalArgumentException("grad: a tensor to differentiate with respect to is null");
            }
            wanted.put(w, Boolean.TRUE);
        }
        for (Tensor node : order) {
            if (!wanted.containsKey(node)) {
                for (Tensor input : node.op.inputs()) {
                    if (wanted.containsKey(input)) {
                        wanted.put(node, Boolean.TRUE);
                        break;
                    }
                }
            }
        }
        return wanted;
    }

    /** Every node below {@code root} (included), each after all of its inputs. */
    static List<Tensor> topologicalOrder(Tensor root) {
        ArrayList<Tensor> order = new ArrayList<>();
        IdentityHashMap<Tensor, Boolean> seen = new IdentityHashMap<>();
        Tensor[] nodes = new Tensor[16];
        List<?>[] inputs = new List<?>[16];
        int[] next = new int[16];
        int top = 0;
        nodes[0] = root;
        inputs[0] = root.op.inputs();
        seen.put(root, Boolean.TRUE);
        while (top >= 0) {
            List<?> pending = inputs[top];
            if (next[top] < pending.size()) {
                Tensor input = (Tensor) pending.get(next[top]++);
                if (seen.put(input, Boolean.TRUE) == null) {
                    if (++top == nodes.length) {
                        nodes = Arrays.copyOf(nodes, top * 2);
                        inputs = Arrays.copyOf(inputs, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                    }
                    nodes[top] = input;
                    inputs[top] = input.op.inputs();
                    next[top] = 0;
                }
            } else {
                order.add(nodes[top]);
                nodes[top] = null;
                inputs[top--] = null;
            }
        }
        return order;
    }
}
