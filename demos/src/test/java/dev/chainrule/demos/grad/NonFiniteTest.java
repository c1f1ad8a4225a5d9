package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A value or gradient that becomes NaN or infinite is never silent: every format names the first step that made it
 * (its line and what it computes) and the exit status is 1, as for a failed check.
 */
class NonFiniteTest {
    /** log(0) on line 3: the first step that turns finite numbers into -Infinity. */
    private static final String LOG_OF_ZERO = "p = [0.5, 0]\nparam w = 2\nq = log(p)\nL = sum(w * q)\n";
    /** Finite values, but sqrt's rule g / (2√x) divides by zero: the gradient flowing back through line 2. */
    private static final String SQRT_AT_ZERO = "param x = [0, 4]\nr = sqrt(x)\nL = sum(r)\n";

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "markdown", "latex", "json", "dot"})
    void aNonFiniteValueNamesItsLineAndStepAndExits1(String format) {
        Grad g = Grad.run(LOG_OF_ZERO, new Graphviz(""), "-", "--format", format);
        assertThat(g.status()).isEqualTo(1);
        assertThat(g.stderr()).isEmpty();
        assertThat(g.out()).contains("log(p)").contains("-Infinity");
        assertThat(g.out()).containsPattern(format.equals("json") ? "\"line\": 3" : "line 3");
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "markdown", "json"})
    void aNonFiniteGradientNamesTheStepWhoseRuleMadeIt(String format) {
        Grad g = Grad.run(SQRT_AT_ZERO, new Graphviz(""), "-", "--format", format);
        assertThat(g.status()).isEqualTo(1);
        assertThat(g.out()).contains("sqrt(x)").contains("Infinity");
        assertThat(g.out()).containsPattern(format.equals("json") ? "\"line\": 2" : "line 2");
    }

    @Test
    void jsonStaysJsonWithNonFiniteNumbers() throws Exception {
        Grad g = Grad.run(LOG_OF_ZERO, new Graphviz(""), "-", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(g.out());   // Jackson, like a browser's JSON.parse, refuses bare NaN
        assertThat(json.get("values").get("q").get(1).asText()).isEqualTo("-Infinity");
        assertThat(json.get("non_finite").get("kind").asText()).isEqualTo("value");
        assertThat(json.get("non_finite").get("step").asText()).isEqualTo("log(p)");
        assertThat(json.get("non_finite").get("line").asInt()).isEqualTo(3);
    }

    @Test
    void finiteProgramsHaveNoNonFiniteKey() {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--format", "json");
        assertThat(g.status()).isZero();
        assertThat(g.out()).doesNotContain("non_finite");
    }
}
