package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.demos.grad.Transcript;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Find the error" variants: the key names a step of the program, its right value is {@code chainrule grad}'s
 * gradient, its wrong value is what the worked solution (run by {@code chainrule grad} too) computes, the mistake
 * changes an asked parameter after the step at the key's decimals, the question sheet shows the wrong value, and
 * every kind of mistake the template allows turns up.
 */
class FindTheErrorTest {
    private static final int VARIANTS = 150;
    private static final long SEED = 99L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.exercise.VariantsTest#templates")
    void theMistakeIsNamedAndChangesTheFinalAnswer(String name) throws Exception {
        Template t = Templates.find(name).orElseThrow();
        Set<Mistake.Kind> seen = EnumSet.noneOf(Mistake.Kind.class);
        for (int k = 1; k <= VARIANTS; k++) {
            Variant v = Variants.make(t, SEED, k, true);
            String where = name + " variant " + k;
            seen.add(v.planted().mistake().kind());
            JsonNode key = JSON.readTree(v.key().json());
            JsonNode error = key.get("error");
            assertThat(error.get("step").asText()).as(where).contains("∂" + t.loss() + "/∂" + error.get("name").asText());
            Run grad = Run.withInput(v.program(), "grad", "-", "--lr", ExprText.plain(t.lr()), "--format", "json");
            JsonNode report = JSON.readTree(grad.out());
            VariantsTest.assertKeyIsGrads(key, report, t, SEED, k, where);
            assertThat(error.get("right")).as(where).isEqualTo(report.get("grads").get(error.get("name").asText()));

            Run worked = Run.withInput(v.planted().source(), "grad", "-", "--of", t.loss(), "--format", "json");
            assertThat(worked.status()).as(where + worked.err()).isZero();
            JsonNode values = JSON.readTree(worked.out()).get("values");
            assertThat(values.get("g_" + error.get("name").asText())).as(where).isEqualTo(error.get("wrong"));
            assertThat(rounded(error.get("wrong"), t.decimals())).as(where).isNotEqualTo(rounded(error.get("right"),
                    t.decimals()));
            boolean changed = false;
            for (JsonNode a : key.get("answers")) {
                if (a.get("kind").asText().equals("updated")) {
                    changed |= !rounded(values.get(a.get("name").asText() + "_new"), t.decimals())
                            .equals(rounded(a.get("value"), t.decimals()));
                }
            }
            assertThat(changed).as("the mistake changes a parameter after the step; " + where).isTrue();
            String sheet = ExerciseSheet.render(v, Markup.of("markdown"));
            assertThat(sheet).as(where).contains(Transcript.tex(v.planted().wrong(), t.decimals()))
                    .contains("One of its steps has a mistake").doesNotContain("\\boxed");
        }
        Set<Mistake.Kind> possible = t.network().mistakeSites().stream().map(Mistake::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Mistake.Kind.class)));
        assertThat(seen).as("the kinds of mistake planted in " + VARIANTS + " variants").isEqualTo(possible);
    }

    private static String rounded(JsonNode value, int decimals) {
        return java.util.Arrays.stream(VariantsTest.elements(value)).mapToObj(x -> NumberRules.rounded(x, decimals))
                .collect(Collectors.joining(" "));
    }
}
