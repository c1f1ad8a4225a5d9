package dev.chainrule.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Reverse mode: orders the graph below a scalar target with an iterative depth-first search (no recursion, so a
 * chain of a million nodes is fine on the default stack), then applies each op's {@link Op#vjp} from the target
 * down, summing the contributions of every consumer of a node. All state is local to one call.
 */
final class Backprop {
    private Backprop() {
    }

    static Gradients run(Tensor target, boolean differentiable) {
        if (target.size() != 1) {
            throw new ShapeException("grad: the target must be a scalar (one element) but has shape " + target.shape
                    + "; reduce it first, e.g. with sum() or mean()");
        }
        List<Tensor> order = topologicalOrder(target);
        IdentityHashMap<Tensor, Tensor> grads = new IdentityHashMap<>(order.size() * 2);
        grads.put(target, Tensor.ones(target.shape));
        boolean anomaly = Anomaly.isOn();
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor node = order.get(i);
            if (node.isLeaf()) {
                continue;
            }
            Tensor g = grads.get(node);
            List<Tensor> inputs = node.op.inputs();
            List<Tensor> inputGrads = anomaly ? Anomaly.inRule(() -> node.op.vjp(node, g)) : node.op.vjp(node, g);
            for (int k = 0; k < inputs.size(); k++) {
                Tensor input = inputs.get(k);
                Tensor gk = inputGrads.get(k);
                if (anomaly) {
                    Anomaly.inspectGradient(node, g, gk);
                }
                Tensor sum = grads.get(input);
                grads.put(input, sum == null ? gk : sum.add(gk));
            }
        }
        if (!differentiable) {
            grads.replaceAll((node, g) -> g.detach());
        }
        return new Gradients(target, grads);
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
