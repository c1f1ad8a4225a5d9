package dev.chainrule.demos.studio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.CheckResult;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.autograd.lang.LocalDerivative;
import dev.chainrule.demos.grad.Transcript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the derivation page draws for an evaluated program ({@code POST /api/derivation}): the named values as the
 * nodes of a graph in layers (each with its kind, definition, shape, value and gradient), the edges from each name
 * to the names computed from it, every step's local derivatives from the ops' own rules, each name's gradient as
 * the chain rule makes it (per consumer: upstream gradient, local derivatives, product), the checks and, with a
 * learning rate, the updated parameters. Tensors are written as {@code chainrule grad --format json} writes them;
 * a tensor larger than {@link #SHOWN} elements is left out ({@code null}) and only its shape is given.
 *
 * <pre>{@code
 * ObjectNode page = DerivationJson.of(ChainProgram.parse(source).evaluate(), OptionalDouble.of(0.1));
 * }</pre>
 */
public final class DerivationJson {
    /** The most elements of a tensor the page is sent. */
    static final int SHOWN = 4096;
    /** The most local derivatives sent per step. */
    static final int STEPS_SHOWN = 40;
    /**
     * Past this many graph nodes or elements of named values, the chain-rule products are not worked out: they would
     * repeat the backward pass's work (a large product's gradient again) within the evaluation's deadline.
     */
    static final int MAX_NODES_FOR_PRODUCTS = 50_000;
    static final long MAX_ELEMENTS_FOR_PRODUCTS = 200_000;

    private final Evaluation e;

    private DerivationJson(Evaluation e) {
        this.e = e;
    }

    /** The page's JSON for {@code e}, with the updated parameters for {@code lr} when present. */
    public static ObjectNode of(Evaluation e, OptionalDouble lr) {
        return new DerivationJson(e).build(lr);
    }

    private ObjectNode build(OptionalDouble lr) {
        ObjectNode root = Exchanges.JSON.createObjectNode();
        String target = e.target().name();
        root.put("target", target);
        Map<String, Map<String, Boolean>> uses = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        ArrayNode edges = root.putArray("edges");
        for (Binding b : e.bindings()) {
            Map<String, Boolean> used = Transcript.uses(b.statement().value());
            uses.put(b.name(), used);
            int layer = 0;
            for (Map.Entry<String, Boolean> u : used.entrySet()) {
                layer = Math.max(layer, layers.getOrDefault(u.getKey(), 0) + 1);
                edges.addObject().put("from", u.getKey()).put("to", b.name()).put("grad", u.getValue());
            }
            layers.put(b.name(), layer);
        }
        placeLeavesBesideTheirConsumers(uses, layers);
        boolean small = e.target().value().graph().size() <= MAX_NODES_FOR_PRODUCTS
                && e.bindings().stream().mapToLong(b -> b.value().size()).sum() <= MAX_ELEMENTS_FOR_PRODUCTS;
        Map<String, List<ChainRuleProducts.Contribution>> products = small ? ChainRuleProducts.of(e) : Map.of();
        root.put("productsShown", small);
        Map<String, Tensor> updated = lr.isPresent() ? e.updated(lr.getAsDouble()) : Map.of();
        ArrayNode nodes = root.putArray("nodes");
        for (Binding b : e.bindings()) {
            ObjectNode n = nodes.addObject();
            n.put("name", b.name());
            n.put("kind", b.param() ? "param" : Transcript.computed(b) ? "computed" : "input");
            n.put("target", b.name().equals(target));
            n.put("reached", e.gradients().contains(b.value()));
            n.put("layer", layers.get(b.name()));
            n.put("line", b.statement().line());
            n.put("column", b.statement().column());
            n.put("definition", ExprText.of(b.statement().value(), ExprText.SHORT));
            tensor(n, "value", b.value());
            tensor(n, "grad", e.gradient(b));
            if (updated.containsKey(b.name())) {
                tensor(n, "updated", updated.get(b.name()));
            }
            locals(n.putArray("locals"), Transcript.computed(b) ? e.localDerivatives(b) : List.of(), null);
            consumers(n, b, products.getOrDefault(b.name(), List.of()));
        }
        checks(root.putArray("checks"));
        if (lr.isPresent()) {
            root.put("lr", lr.getAsDouble());
        }
        e.nonFinite().ifPresent(f -> root.putObject("nonFinite").put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("line", f.line()).put("column", f.column()).put("step", f.step()).put("message", f.message()));
        return root;
    }

    /**
     * A value written as numbers goes in the layer just before its first consumer, rather than with every other
     * leaf in the first layer: its edge stays short.
     */
    private void placeLeavesBesideTheirConsumers(Map<String, Map<String, Boolean>> uses, Map<String, Integer> layers) {
        for (Binding b : e.bindings()) {
            if (!uses.get(b.name()).isEmpty()) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            for (Binding c : e.bindings()) {
                if (uses.get(c.name()).containsKey(b.name())) {
                    first = Math.min(first, layers.get(c.name()));
                }
            }
            if (first != Integer.MAX_VALUE) {
                layers.put(b.name(), Math.max(0, first - 1));
            }
        }
    }

    /** The consumers of {@code b}: each one's upstream gradient, the local derivatives that lead to b, the product. */
    private void consumers(ObjectNode n, Binding b, List<ChainRuleProducts.Contribution> contributions) {
        ArrayNode out = n.putArray("consumers");
        Tensor sum = null;
        for (ChainRuleProducts.Contribution c : contributions) {
            ObjectNode o = out.addObject();
            o.put("name", c.consumer().name());
            o.put("definition", ExprText.of(c.consumer().statement().value(), ExprText.SHORT));
            tensor(o, "upstream", c.upstream());
            locals(o.putArray("locals"), e.localDerivatives(c.consumer()), b.name());
            tensor(o, "product", c.product());
            sum = sum == null ? c.product() : sum.add(c.product());
        }
        if (sum != null) {
            tensor(n, "sum", sum);
            n.put("sumMatches", sum.allClose(e.gradient(b), 1e-12, 1e-9));
        }
    }

    /** The local derivatives {@code all}, only those on the way to the name {@code towards} when it is given. */
    private void locals(ArrayNode out, List<LocalDerivative> all, String towards) {
        int shown = 0;
        for (LocalDerivative l : all) {
            if (towards != null && !mentions(l.operand(), towards)) {
                continue;
            }
            if (shown++ == STEPS_SHOWN) {
                break;
            }
            ObjectNode o = out.addObject();
            o.put("label", l.label());
            o.put("text", l.text());
            o.put("map", l.form() == dev.chainrule.autograd.Rule.Form.MAP);
            l.values().ifPresent(v -> tensor(o, "values", v));
        }
    }

    /** Whether {@code e} uses the name {@code name}. */
    private static boolean mentions(Expr e, String name) {
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Expr.Name n && n.name().equals(name)) {
                return true;
            }
            todo.addAll(x.children());
        }
        return false;
    }

    private void checks(ArrayNode out) {
        for (CheckResult c : e.checks()) {
            ObjectNode o = out.addObject();
            o.put("line", c.check().line());
            o.put("source", c.check().source());
            o.put("passed", c.passed());
            o.putRawValue("max_error", new RawValue(Transcript.json(Tensor.of(c.maxError()))));
            o.put("left", ExprText.of(c.check().left(), ExprText.SHORT));
            tensor(o, "leftValue", c.left());
            tensor(o, "rightValue", c.right());
            o.put("tolerance", c.tolerance());
        }
    }

    /** {@code t} under {@code field} as the JSON report writes it, and its shape under {@code field + "Shape"}. */
    static void tensor(ObjectNode o, String field, Tensor t) {
        ArrayNode shape = o.putArray(field + "Shape");
        for (int d : t.shape().dims()) {
            shape.add(d);
        }
        if (t.size() <= SHOWN) {
            o.putRawValue(field, new RawValue(Transcript.json(t)));
        } else {
            o.putNull(field);
        }
    }
}
