package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of {@code demos/examples}: its JSON report equals its {@code .expected.json} (PyTorch or NumPy,
 * float64) and its exit status is 0, or 1 for the one that states a published slip.
 */
class ExamplesTest {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final double TOLERANCE = 1e-12;

    static List<String> withExpectedJson() {
        return Grad.examples().stream().filter(n -> Files.exists(expected(n))).toList();
    }

    private static Path expected(String name) {
        return Grad.EXAMPLES.resolve(name + ".expected.json");
    }

    @Test
    void theExamplesAreThere() {
        assertThat(Grad.examples()).hasSizeGreaterThanOrEqualTo(8)
                .contains("seed000-ex1-tanh-step", "softmax-ce-3class", "second-derivative-hvp");
        assertThat(withExpectedJson()).hasSizeGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withExpectedJson")
    void jsonEqualsTheExpectedFile(String name) throws IOException {
        Grad g = Grad.run(Grad.example(name), "--format", "json", "--lr", "0.1");
        assertThat(g.stderr()).isEmpty();
        JsonNode actual = JSON.readTree(g.out());
        JsonNode expected = JSON.readTree(expected(name).toFile());
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        if (!differences.isEmpty()) {
            fail(name + ": the JSON report differs from " + expected(name) + " in " + differences.size()
                    + " place(s):\n  " + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.grad.Grad#examples")
    void exitStatusSaysWhetherEveryCheckHolds(String name) {
        Grad g = Grad.run(Grad.example(name), "--lr", "0.1");
        assertThat(g.stderr()).isEmpty();
        assertThat(g.status()).as(name + "\n" + g.out()).isEqualTo(name.equals("seed004-published-slip") ? 1 : 0);
    }

    /** Same keys in the same order, numbers to 1e-12, checks compared by line, source and verdict. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isIntegralNumber() && actual.isIntegralNumber()) {
            if (expected.longValue() != actual.longValue()) {
                out.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            boolean same = Double.compare(e, a) == 0 || Math.abs(e - a) <= TOLERANCE * Math.max(1, Math.abs(e));
            if (!same) {
                out.add(path + ": expected " + e + ", got " + a);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> keys = names(expected);
            if (!keys.equals(names(actual))) {
                out.add(path + ": expected the keys " + keys + " in this order, got " + names(actual));
                return;
            }
            boolean check = path.matches("\\$\\.checks\\[\\d+]");
            for (String k : keys) {
                if (!(check && k.equals("max_error"))) {
                    compare(path + "." + k, expected.get(k), actual.get(k), out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " elements, got " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            names.add(property.getKey());
        }
        return names;
    }
}
