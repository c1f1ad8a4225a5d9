package dev.chainrule.autograd;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network written down the way a {@code .chain} file writes it: inputs, parameters and then one named step per
 * line, in program order. The target is the last name assigned (as in the {@code .chain} language), and
 * {@link #grad(String)} is that file's {@code grad(T, name)}.
 *
 * <pre>{@code
 * Derivation d = new Derivation();
 * Tensor x  = d.input("x", new double[][] {{0.5}, {-0.2}});
 * Tensor W1 = d.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}});
 * Tensor z1 = d.let("z1", W1.matmul(x));
 * d.let("L", z1.tanh().sum());
 * d.grad("z1");                      // ∂L/∂z1
 * }</pre>
 */
final class Derivation {
    private final Map<String, Tensor> values = new LinkedHashMap<>();
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private String target;
    private Gradients gradients;

    /** An input, target or other constant: {@code x = [[0.5], [-0.2]]}. */
    Tensor input(String name, double[][] rows) {
        return record(name, Tensor.of(rows).named(name));
    }

    /** A scalar constant: {@code y = 1.0}. */
    Tensor input(String name, double value) {
        return record(name, Tensor.of(value).named(name));
    }

    /** A parameter: {@code param W1 = [[0.3, -0.1], [0.2, 0.4]]}. */
    Tensor param(String name, double[][] rows) {
        return param(name, Tensor.of(rows));
    }

    /** A scalar parameter: {@code param b2 = 0.2}. */
    Tensor param(String name, double value) {
        return param(name, Tensor.of(value));
    }

    /** A parameter made by a builder: {@code param W1 = full(4, 4, 0.1)}. */
    Tensor param(String name, Tensor initial) {
        if (!initial.isLeaf()) {
            throw new IllegalArgumentException("param " + name + ": a parameter must be a leaf");
        }
        Tensor p = record(name, initial.named(name));
        params.put(name, p);
        return p;
    }

    /** A computed step: {@code z1 = W1 @ x + b1}. The returned node is the one to build on. */
    Tensor let(String name, Tensor value) {
        return record(name, value.named(name));
    }

    private Tensor record(String name, Tensor t) {
        if (values.putIfAbsent(name, t) != null) {
            throw new IllegalArgumentException(name + " is assigned twice");
        }
        target = name;
        gradients = null;
        return t;
    }

    /** The value named {@code name}. */
    Tensor get(String name) {
        Tensor t = values.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no value named " + name + "; names: " + values.keySet());
        }
        return t;
    }

    /** The last name assigned: the scalar whose gradients {@link #grad(String)} gives. */
    String target() {
        return target;
    }

    /** Every name, in program order. */
    Map<String, Tensor> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The parameters, in program order. */
    Map<String, Tensor> params() {
        return Collections.unmodifiableMap(params);
    }

    /** The gradients of the target with respect to every node (one reverse pass, then reused). */
    Gradients gradients() {
        if (gradients == null) {
            gradients = get(target).grad();
        }
        return gradients;
    }

    /** {@code grad(T, name)}: ∂target/∂name, with the shape of {@code name}. */
    Tensor grad(String name) {
        return gradients().of(get(name));
    }

    /** One gradient-descent step for parameter {@code name}: {@code θ − η·∂target/∂θ}. */
    Tensor updated(String name, double lr) {
        if (!params.containsKey(name)) {
            throw new IllegalArgumentException(name + " is not a parameter; parameters: " + params.keySet());
        }
        return get(name).sub(grad(name).mul(lr));
    }
}
