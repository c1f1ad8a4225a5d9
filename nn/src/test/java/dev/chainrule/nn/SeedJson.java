package dev.chainrule.nn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.autograd.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PyTorch reference fixture {@code /seeds/NAME.expected.json} ({@code demos/examples/NAME.expected.json}, put on
 * the test class path by nn's pom): sections {@code values}, {@code grads} and {@code updated}, each mapping names to a scalar, a vector or a
 * matrix (array of rows).
 */
final class SeedJson {
    /** Every number of a fixture must be reproduced to this absolute error. */
    static final double EXACT = 1e-12;

    private final String name;
    private final JsonNode root;

    private SeedJson(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    static SeedJson load(String name) {
        String resource = "/seeds/" + name + ".expected.json";
        try (InputStream in = SeedJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new SeedJson(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names in {@code section}, in file order. */
    Set<String> names(String section) {
        Set<String> out = new LinkedHashSet<>();
        root.get(section).properties().forEach(e -> out.add(e.getKey()));
        return out;
    }

    /**
     * Compares every {@code actual} entry with the same name in {@code section} to {@link #EXACT}, reporting all
     * mismatches at once. A fixture scalar matches any one-element tensor (the seeds' scalar {@code b2} is a
     * {@code (1,1)} bias in nn); otherwise the shapes must be equal.
     */
    void assertSection(String section, Map<String, Tensor> actual) {
        List<String> mismatches = new ArrayList<>();
        actual.forEach((key, tensor) -> {
            JsonNode expected = root.get(section).get(key);
            String what = section + "." + key;
            if (expected == null) {
                mismatches.add(what + " is not in the fixture");
                return;
            }
            double[] e = flatten(expected);
            if (expected.isNumber() ? tensor.size() != 1 : !Arrays.equals(tensor.shape().dims(), dims(expected))) {
                mismatches.add(what + ": shape " + tensor.shape() + " but the fixture has " + Arrays.toString(dims(expected)));
                return;
            }
            double[] a = tensor.toArray();
            for (int i = 0; i < a.length; i++) {
                if (!(Math.abs(a[i] - e[i]) <= EXACT)) {
                    mismatches.add(what + "[" + i + "]: " + a[i] + " but the fixture has " + e[i] + " (error "
                            + Math.abs(a[i] - e[i]) + ")");
                }
            }
        });
        assertThat(mismatches).as(name + ": numbers that differ from PyTorch's by more than " + EXACT).isEmpty();
    }

    private static int[] dims(JsonNode node) {
        return node.get(0).isArray() ? new int[] {node.size(), node.get(0).size()} : new int[] {node.size()};
    }

    private static double[] flatten(JsonNode node) {
        List<Double> out = new ArrayList<>();
        collect(node, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else {
            out.add(node.doubleValue());
        }
    }
}
