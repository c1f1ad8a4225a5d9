package dev.chainrule.nn;

import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * The parameters of a model: named tensors in a persistent map (vavr), in the order they were added, each known to
 * be a weight or not. Layers declare their weights when they make their parameters ({@code Linear}'s weight is
 * one, its bias is not), and penalties such as {@link dev.chainrule.nn.loss.Penalty#l2} apply to the weights only.
 * Every "change" returns new {@code Params}; tensors are leaves.
 *
 * <pre>{@code
 * Params p = Params.empty().withWeight("W1", Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}}))
 *         .with("b1", Tensor.of(new double[][] {{0.1}, {-0.2}}));
 * Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
 * Tensor loss = p.get("W1").matmul(x).add(p.get("b1")).tanh().sum();
 * Params grads = p.gradientsFrom(loss);                    // ∂loss/∂W1, ∂loss/∂b1 (nothing for x)
 * Params updated = p.zipWith(grads, (w, g) -> Functional.sgdStep(w, g, 0.1));
 * p.isWeight("W1");                                        // true; p.weights() holds W1 only
 * }</pre>
 */
public final class Params implements Iterable<Tuple2<String, Tensor>> {
    private static final Params EMPTY = new Params(LinkedHashMap.empty(), HashSet.empty());

    private final LinkedHashMap<String, Tensor> byName;
    private final Set<String> weights;

    private Params(LinkedHashMap<String, Tensor> byName, Set<String> weights) {
        this.byName = byName;
        this.weights = weights;
    }

    public static Params empty() {
        return EMPTY;
    }

    /** One parameter (not a weight). */
    public static Params of(String name, Tensor value) {
        return EMPTY.with(name, value);
    }

    /** Two parameters (not weights), in this order. */
    public static Params of(String n1, Tensor v1, String n2, Tensor v2) {
        return of(n1, v1).with(n2, v2);
    }

    /**
     * These parameters plus {@code name}; replaces the value of an existing one of that name, keeping its position
     * and whether it is a weight. A new parameter is not a weight: see {@link #withWeight}.
     */
    public Params with(String name, Tensor value) {
        return put(name, value, weights.contains(name));
    }

    /** These parameters plus the weight {@code name} (replacing an existing parameter of that name in place). */
    public Params withWeight(String name, Tensor value) {
        return put(name, value, true);
    }

    private Params put(String name, Tensor value, boolean weight) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is null or blank");
        }
        if (value == null) {
            throw new IllegalArgumentException("parameter " + name + " is null");
        }
        return new Params(byName.put(name, detached(value)), weight ? weights.add(name) : weights.remove(name));
    }

    /** All of these and all of {@code other} (whose values, and whether they are weights, win for equal names). */
    public Params merge(Params other) {
        Params out = this;
        for (Tuple2<String, Tensor> e : other) {
            out = out.put(e._1, e._2, other.isWeight(e._1));
        }
        return out;
    }

    /** The parameter called {@code name}; fails listing the known names. */
    public Tensor get(String name) {
        return byName.get(name).getOrElseThrow(() -> new NoSuchElementException("no parameter '" + name
                + "' (known: " + names().mkString(", ") + ")"));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Whether {@code name} is a parameter declared a weight (by its layer or by {@link #withWeight}). */
    public boolean isWeight(String name) {
        return weights.contains(name);
    }

    /** The weights only, in order. */
    public Params weights() {
        return new Params(byName.filterKeys(weights::contains), weights);
    }

    /** The names, in order. */
    public Seq<String> names() {
        return byName.keySet().toList();
    }

    public int size() {
        return byName.size();
    }

    /** The total number of scalar parameters. */
    public int count() {
        return byName.values().map(Tensor::size).sum().intValue();
    }

    /** {@code f(value)} for every parameter, same names (and weights). */
    public Params map(java.util.function.Function<Tensor, Tensor> f) {
        return new Params(byName.mapValues(v -> detached(f.apply(v))), weights);
    }

    /**
     * {@code f(this[name], other[name])} for every name of these parameters (all must be in {@code other}); the
     * weights are these parameters' weights.
     */
    public Params zipWith(Params other, BiFunction<Tensor, Tensor, Tensor> f) {
        return new Params(byName.map((name, v) -> new Tuple2<>(name, detached(f.apply(v, other.get(name))))), weights);
    }

    /**
     * The gradient of {@code loss} with respect to each parameter, computed by reverse mode along the paths to the
     * parameters only ({@link Tensor#grad(Tensor...)}): a training step never computes {@code ∂loss/∂X} for its
     * data. Every parameter must be one the loss depends on; see {@link #gradientsFromAllowingUnused}.
     *
     * @throws IllegalArgumentException naming the parameters the loss does not depend on — usually a tensor
     *                                  re-wrapped on the way (e.g. {@code Tensor.of(p.get("W").toArray())} is a new
     *                                  leaf, not {@code W}) or a parameter the model forgot to use
     */
    public Params gradientsFrom(Tensor loss) {
        return gradientsFrom(loss.grad(tensors()));
    }

    /**
     * Like {@link #gradientsFrom(Tensor)}, but a parameter the loss does not depend on gets a gradient of zeros
     * (PyTorch's {@code allow_unused} with {@code materialize_grads}): for the rare model that leaves a parameter
     * out on purpose.
     */
    public Params gradientsFromAllowingUnused(Tensor loss) {
        Gradients g = loss.grad(tensors());
        return new Params(byName.mapValues(g::of), weights);
    }

    /**
     * The gradient of each parameter, read from gradients already computed (e.g. {@code loss.grad()}, which also
     * holds the δ of every intermediate).
     *
     * @throws IllegalArgumentException naming the parameters that have no gradient in {@code gradients}
     */
    public Params gradientsFrom(Gradients gradients) {
        Seq<String> unused = byName.filter(e -> !gradients.contains(e._2)).keySet().toList();
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("no gradient for " + (unused.size() == 1 ? "parameter " : "parameters ")
                    + unused.map(n -> "'" + n + "'").mkString(", ") + ": the loss does not depend on "
                    + (unused.size() == 1 ? "it" : "them") + ". Was a parameter re-wrapped on the way (Tensor.of(...)"
                    + " of its values is a new tensor) or left out of the model? If it is unused on purpose, allow"
                    + " unused parameters (Params.gradientsFromAllowingUnused, Trainer.allowUnused) to get zeros");
        }
        return new Params(byName.mapValues(gradients::of), weights);
    }

    /** The tensors, in order. */
    private Tensor[] tensors() {
        return byName.values().toJavaArray(Tensor[]::new);
    }

    private static Tensor detached(Tensor t) {
        return t.isLeaf() ? t : t.detach();
    }

    @Override
    public Iterator<Tuple2<String, Tensor>> iterator() {
        return byName.iterator();
    }

    /** Equal when the names (in order), which of them are weights and every value are equal, bit for bit. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Params other) || !names().equals(other.names()) || !weights.equals(other.weights)) {
            return false;
        }
        return byName.forAll(e -> e._2.sameValues(other.get(e._1)));
    }

    @Override
    public int hashCode() {
        return names().hashCode();
    }

    @Override
    public String toString() {
        return byName.map(e -> e._1 + " " + e._2.shape() + (isWeight(e._1) ? " weight" : "") + " =\n" + e._2)
                .mkString("\n");
    }
}
