package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One PyTorch reference fixture, {@code demos/examples/NAME.expected.json} (see the README there; autograd's pom
 * puts it on the test class path as {@code /seeds/NAME.expected.json}): the
 * values, gradients and updated parameters of a {@code .chain} program, and the verdicts of its checks. Each
 * {@code assert…} method compares every entry of one section with a {@link Derivation} built in Java and reports
 * all mismatches at once.
 */
final class SeedFixture {
    /** Every number of a fixture must be reproduced to this absolute error. */
    static final double EXACT = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode root;

    private SeedFixture(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Reads {@code /seeds/NAME.expected.json} from the test class path. */
    static SeedFixture load(String name) {
        String resource = "/seeds/" + name + ".expected.json";
        try (InputStream in = SeedFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new SeedFixture(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The same target, the same names in {@code values} and {@code grads} (in program order), and the same
     * parameters in {@code updated}: nothing of the fixture is left unchecked, and nothing is missing from it.
     */
    void assertSameNames(Derivation d) {
        assertThat(d.target()).as(name + ": target").isEqualTo(root.get("target").asText());
        assertThat(d.values().keySet()).as(name + ": names in values").containsExactlyElementsOf(keys("values"));
        assertThat(d.values().keySet()).as(name + ": names in grads").containsExactlyElementsOf(keys("grads"));
        assertThat(d.params().keySet()).as(name + ": parameters in updated").containsExactlyElementsOf(keys("updated"));
    }

    /** The forward pass: every named value equals the fixture's {@code values} to {@link #EXACT}. */
    void assertValues(Derivation d) {
        compareSection("values", n -> d.get(n));
    }

    /** The backward pass: ∂target/∂name for every name (the δ's, inputs and targets too) equals {@code grads}. */
    void assertGradients(Derivation d) {
        compareSection("grads", d::grad);
    }

    /** One gradient-descent step: {@code θ − lr·∂target/∂θ} for every parameter equals {@code updated}. */
    void assertUpdated(Derivation d, double lr) {
        compareSection("updated", n -> d.updated(n, lr));
    }

    /**
     * A claim of the {@code .chain} file, {@code check A == B within TOL}, that the fixture says holds: evaluated in
     * Java, it must hold too, with the fixture's largest error.
     */
    void assertClaimHolds(String source, Tensor a, Tensor b, double tol) {
        assertThat(claim(source, a, b, tol)).as(name + ": " + source + " (max error " + TensorClose.maxError(a, b)
                + ")").isTrue();
    }

    /** A claim that the fixture says fails (a slip of the source): evaluated in Java, it must fail too. */
    void assertClaimFails(String source, Tensor a, Tensor b, double tol) {
        assertThat(claim(source, a, b, tol)).as(name + ": " + source + " (max error " + TensorClose.maxError(a, b)
                + ")").isFalse();
    }

    /**
     * Evaluates {@code check A == B within TOL} by the language's rule, {@code |a − b| <= TOL + TOL·|b|} for every
     * element after broadcasting, asserts that the verdict and the largest error are the fixture's, and returns
     * the verdict.
     */
    private boolean claim(String source, Tensor a, Tensor b, double tol) {
        JsonNode check = null;
        for (JsonNode c : root.get("checks")) {
            if (c.get("source").asText().equals(source)) {
                check = c;
            }
        }
        assertThat(check).as(name + ": a check with source \"" + source + "\"").isNotNull();
        Shape s = Shape.broadcast("check", a.shape(), b.shape());
        double[] x = a.broadcastTo(s).toArray();
        double[] y = b.broadcastTo(s).toArray();
        boolean passed = true;
        for (int i = 0; i < x.length; i++) {
            passed &= Math.abs(x[i] - y[i]) <= tol + tol * Math.abs(y[i]);
        }
        assertThat(TensorClose.maxError(a, b)).as(name + ": max_error of " + source)
                .isCloseTo(check.get("max_error").asDouble(), within(EXACT));
        assertThat(passed).as(name + ": Java's verdict on " + source + " against the fixture's")
                .isEqualTo(check.get("passed").asBoolean());
        return passed;
    }

    private void compareSection(String section, Function<String, Tensor> actual) {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.get(section).properties()) {
            String key = e.getKey();
            Tensor expected = tensor(e.getValue());
            TensorClose.mismatch(section + "." + key, actual.apply(key), expected, EXACT).ifPresent(mismatches::add);
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(name + ": " + mismatches.size() + " of " + root.get(section).size() + " "
                    + section + " do not match PyTorch's (same shape, |error| <= " + EXACT + "):\n"
                    + String.join("\n", mismatches));
        }
    }

    private List<String> keys(String section) {
        List<String> keys = new ArrayList<>();
        root.get(section).properties().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    /** A JSON number is a scalar, an array of numbers a vector, an array of rows a matrix ({@code [[v]]} is 1x1). */
    static Tensor tensor(JsonNode node) {
        if (node.isNumber()) {
            return Tensor.of(node.doubleValue());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("not a number or an array: " + node);
        }
        if (node.isEmpty() || node.get(0).isNumber()) {
            double[] v = new double[node.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = number(node.get(i));
            }
            return Tensor.of(v);
        }
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray()) {
                throw new IllegalArgumentException("a matrix row is not an array: " + node);
            }
            rows[i] = new double[row.size()];
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = number(row.get(j));
            }
        }
        return Tensor.of(rows);
    }

    private static double number(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("not a number: " + node);
        }
        return node.doubleValue();
    }
}
