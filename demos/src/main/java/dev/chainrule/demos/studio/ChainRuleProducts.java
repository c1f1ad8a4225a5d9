package dev.chainrule.demos.studio;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each named value's gradient is made by the chain rule: for a name {@code b}, one contribution per consumer
 * {@code c} (a named value computed from {@code b} without passing another name), the upstream gradient
 * {@code ∂L/∂c} carried back through the ops of {@code c}'s step by their own vector-Jacobian products. The
 * contributions sum to {@code ∂L/∂b}: every path from {@code b} to the target reaches a named value first.
 *
 * <pre>{@code
 * Evaluation e = ChainProgram.parse("z = 0.5\nh = tanh(z)\nL = h ^ 2").evaluate();
 * Contribution c = ChainRuleProducts.of(e).get("z").get(0);
 * c.consumer().name();   // "h"
 * c.upstream();          // ∂L/∂h = 2h
 * c.product();           // ∂L/∂h · (1 − h²) = ∂L/∂z, as z has one consumer
 * }</pre>
 */
public final class ChainRuleProducts {
    /**
     * One consumer's share of a gradient.
     *
     * @param consumer the named value computed from the name
     * @param upstream {@code ∂L/∂consumer}
     * @param product  the upstream gradient carried back through the consumer's step to the name
     */
    public record Contribution(Binding consumer, Tensor upstream, Tensor product) {
    }

    private ChainRuleProducts() {
    }

    /** Every name's contributions, by name, consumers in program order (names without consumers are absent). */
    public static Map<String, List<Contribution>> of(Evaluation e) {
        IdentityHashMap<Tensor, Binding> named = new IdentityHashMap<>();
        for (Binding b : e.bindings()) {
            named.putIfAbsent(b.value(), b);
        }
        Map<String, List<Contribution>> out = new LinkedHashMap<>();
        for (Binding c : e.bindings()) {
            if (!e.gradients().contains(c.value()) || named.get(c.value()) != c) {
                continue;
            }
            Tensor upstream = e.gradient(c);
            for (Map.Entry<Tensor, Tensor> reached : backToNames(c.value(), upstream, named).entrySet()) {
                Binding b = named.get(reached.getKey());
                out.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(new Contribution(c, upstream, reached.getValue()));
            }
        }
        return out;
    }

    /**
     * {@code seed}, the gradient at {@code top}, carried back through the ops below it by their vector-Jacobian
     * products, to each named value it reaches (not beyond): the products of one step, by named node.
     */
    static Map<Tensor, Tensor> backToNames(Tensor top, Tensor seed, IdentityHashMap<Tensor, Binding> named) {
        List<Tensor> order = order(top, named);
        IdentityHashMap<Tensor, Tensor> grads = new IdentityHashMap<>();
        grads.put(top, seed);
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor node = order.get(i);
            Tensor g = grads.get(node);
            if (g == null || node.isLeaf() || node != top && named.containsKey(node)) {
                continue;
            }
            List<Tensor> inputs = node.inputs();
            for (int k = 0; k < inputs.size(); k++) {
                Tensor gk = node.op().vjp(k, node, g);
                grads.merge(inputs.get(k), gk, Tensor::add);
            }
        }
        Map<Tensor, Tensor> reached = new LinkedHashMap<>();
        for (Tensor node : order) {
            if (node != top && named.containsKey(node) && grads.containsKey(node)) {
                reached.put(node, grads.get(node));
            }
        }
        return reached;
    }

    /** The nodes from {@code top} down to named values (not below them), each after its inputs. */
    private static List<Tensor> order(Tensor top, IdentityHashMap<Tensor, Binding> named) {
        List<Tensor> order = new ArrayList<>();
        IdentityHashMap<Tensor, Boolean> seen = new IdentityHashMap<>();
        ArrayList<Tensor> stack = new ArrayList<>();
        ArrayList<Integer> next = new ArrayList<>();
        stack.add(top);
        next.add(0);
        seen.put(top, true);
        while (!stack.isEmpty()) {
            int last = stack.size() - 1;
            Tensor node = stack.get(last);
            List<Tensor> inputs = node != top && named.containsKey(node) ? List.of() : node.inputs();
            int k = next.get(last);
            if (k < inputs.size()) {
                next.set(last, k + 1);
                Tensor input = inputs.get(k);
                if (seen.put(input, true) == null) {
                    stack.add(input);
                    next.add(0);
                }
            } else {
                order.add(node);
                stack.remove(last);
                next.remove(last);
            }
        }
        return order;
    }
}
