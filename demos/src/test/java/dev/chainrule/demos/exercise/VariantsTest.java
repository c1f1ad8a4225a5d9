package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.autograd.lang.ExprText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every template, 1,000 variants: each keeps the number rules, checked here from what {@code chainrule grad}
 * reports on its program (not from the generator's own check), and each key's numbers are exactly those of
 * {@code chainrule grad program.chain --lr η --format json}.
 */
class VariantsTest {
    static final int VARIANTS = 1000;
    private static final long SEED = 20240612L;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> templates() {
        return Templates.ALL.stream().map(Template::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void thousandVariantsKeepTheNumberRulesAndTheirKeysAreGradsOwnNumbers(String name) throws Exception {
        Template t = Templates.find(name).orElseThrow();
        for (int k = 1; k <= VARIANTS; k++) {
            Variant v = Variants.make(t, SEED, k, false);
            Run grad = Run.withInput(v.program(), "grad", "-", "--lr", ExprText.plain(t.lr()), "--format", "json");
            String where = name + " variant " + k + ":\n" + v.program();
            assertThat(grad.status()).as("every check of the hand backward pass holds; " + where).isZero();
            JsonNode report = JSON.readTree(grad.out());
            JsonNode key = JSON.readTree(v.key().json());
            assertKeyIsGrads(key, report, t, SEED, k, where);
            List<String> broken = brokenRules(t, report, key);
            assertThat(broken).as(where).isEmpty();
        }
    }

    /** The key's contract: its fields, and each answer's value exactly where {@code chainrule grad} has it. */
    static void assertKeyIsGrads(JsonNode key, JsonNode report, Template t, long seed, int variant, String where) {
        assertThat(key.get("template").asText()).isEqualTo(t.name());
        assertThat(key.get("variant").asInt()).isEqualTo(variant);
        assertThat(key.get("seed").asLong()).isEqualTo(seed);
        assertThat(key.get("lr").asDouble()).isEqualTo(t.lr());
        assertThat(key.get("decimals").asInt()).isEqualTo(t.decimals());
        assertThat(key.get("program").asText()).isEqualTo("program.chain");
        assertThat(key.has("error")).isTrue();
        assertThat(key.get("answers")).hasSize(t.asked().size());
        int i = 1;
        for (JsonNode a : key.get("answers")) {
            assertThat(a.get("id").asText()).isEqualTo("a" + i++);
            assertThat(a.get("label").asText()).isNotBlank();
            String section = switch (a.get("kind").asText()) {
                case "value" -> "values";
                case "grad" -> "grads";
                case "updated" -> "updated";
                default -> throw new AssertionError("kind " + a.get("kind"));
            };
            JsonNode expected = report.get(section).get(a.get("name").asText());
            assertThat(expected).as(section + " of " + a.get("name") + "; " + where).isNotNull();
            assertThat(a.get("value")).as(a.get("id") + "; " + where).isEqualTo(expected);
        }
    }

    /** The number rules of {@link NumberRules}' documentation, checked on the report of {@code chainrule grad}. */
    static List<String> brokenRules(Template t, JsonNode report, JsonNode key) {
        List<String> broken = new ArrayList<>();
        Network n = t.network();
        JsonNode values = report.get("values");
        JsonNode grads = report.get("grads");
        inRange(values.get(n.act(0)), t.ranges().inputs(), "input", broken);
        for (int l = 1; l <= n.layers(); l++) {
            inRange(values.get(n.weight(l)), t.ranges().weights(), n.weight(l), broken);
            inRange(values.get(n.bias(l)), t.ranges().biases(), n.bias(l), broken);
        }
        targets(elements(values.get(n.names().target())), t.ranges().targets(), n, broken);
        double least = Math.pow(10, 1 - t.decimals());
        for (int l = 1; l <= n.layers(); l++) {
            for (double a : elements(values.get(n.act(l)))) {
                double slope = switch (n.activation(l)) {
                    case TANH -> 1 - a * a;
                    case SIGMOID -> a * (1 - a);
                    case SOFTMAX -> a;
                };
                if (slope < (n.activation(l) == Activation.SOFTMAX ? 0.05 : 0.1)) {
                    broken.add(n.act(l) + " saturated at " + a);
                }
            }
            for (double d : elements(grads.get(n.pre(l)))) {
                if (Math.abs(d) < least) {
                    broken.add("δ of " + n.pre(l) + " has " + d);
                }
            }
        }
        JsonNode out = values.get(n.act(n.layers()));
        if (n.units(n.layers()) > 1) {
            for (int j = 0; j < n.batch(); j++) {
                List<Double> column = new ArrayList<>();
                for (JsonNode row : out) {
                    column.add(row.get(j).asDouble());
                }
                column.sort(null);
                if (column.get(column.size() - 1) - column.get(column.size() - 2) < 0.01) {
                    broken.add("a tie in example " + j + ": " + column);
                }
            }
        }
        for (JsonNode a : key.get("answers")) {
            for (double v : elements(a.get("value"))) {
                BigDecimal scaled = new BigDecimal(v).abs().movePointRight(t.decimals());
                BigDecimal fraction = scaled.subtract(scaled.setScale(0, RoundingMode.FLOOR));
                if (fraction.subtract(new BigDecimal("0.5")).abs().compareTo(new BigDecimal("0.02")) < 0) {
                    broken.add(a.get("id") + " at a rounding boundary: " + v);
                }
                if (v != 0 && Math.abs(v) < least) {
                    broken.add(a.get("id") + " too small: " + v);
                }
            }
        }
        return broken;
    }

    private static void inRange(JsonNode value, Ranges.Range range, String what, List<String> broken) {
        double scale = Math.pow(10, range.decimals());
        for (double v : elements(value)) {
            if (Math.abs(v * scale - Math.rint(v * scale)) > 1e-9 || Math.abs(v) > range.max() + 1e-12
                    || range.nonzero() && v == 0) {
                broken.add(what + " has " + v + ", outside " + range.words());
            }
        }
    }

    private static void targets(double[] values, Ranges.Targets kind, Network n, List<String> broken) {
        Ranges.Range decimal = new Ranges.Range(1, 1.0, false);
        switch (kind) {
            case DECIMAL -> {
                for (double v : values) {
                    if (Math.abs(v * 10 - Math.rint(v * 10)) > 1e-9 || Math.abs(v) > 1) {
                        broken.add("target " + v + " is not " + decimal.words());
                    }
                }
            }
            case BINARY -> {
                for (double v : values) {
                    if (v != 0 && v != 1) {
                        broken.add("target " + v + " is not 0 or 1");
                    }
                }
            }
            case ONE_HOT -> {
                int units = n.units(n.layers());
                for (int j = 0; j < n.batch(); j++) {
                    double sum = 0;
                    for (int i = 0; i < units; i++) {
                        double v = values[i * n.batch() + j];
                        sum += v;
                        if (v != 0 && v != 1) {
                            broken.add("target " + v + " is not 0 or 1");
                        }
                    }
                    if (sum != 1) {
                        broken.add("example " + j + "'s target is not one-hot");
                    }
                }
            }
        }
    }

    /** Every number of a JSON number, list or list of lists, row by row. */
    static double[] elements(JsonNode node) {
        List<Double> out = new ArrayList<>();
        collect(node, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else {
            assertThat(node.isNumber()).as("a finite number: " + node).isTrue();
            out.add(node.asDouble());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theWorkedSolutionFromTheProgramsChecksGivesTheKeysNumbers(String name) {
        Template t = Templates.find(name).orElseThrow();
        for (int k = 1; k <= 50; k++) {
            Variant v = Variants.make(t, SEED, k, false);
            Recomputation r = Recomputation.of(v.program(), t.lr());
            for (Key.Answer a : v.key().answers()) {
                double[] worked = r.value(Map.of(), WorkedProgram.nameOf(a.kind(), a.name())).orElseThrow().toArray();
                double[] exact = a.value().toArray();
                for (int i = 0; i < exact.length; i++) {
                    assertThat(worked[i]).as(name + " " + k + " " + a.id()).isCloseTo(exact[i],
                            org.assertj.core.api.Assertions.within(1e-12 * (1 + Math.abs(exact[i]))));
                }
            }
        }
    }
}
