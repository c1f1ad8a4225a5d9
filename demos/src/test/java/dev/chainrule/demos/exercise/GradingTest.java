package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.autograd.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code chainrule grade} on a variant of seed 000's 2-2-1 tanh network: right, wrong, rounded, missing, malformed
 * and carried-forward answers, the totals, {@code --json}, and the exit status (0 all right, 1 otherwise, 2 for a
 * file that cannot be read, with its line).
 */
class GradingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Variant v;
    private Path key;

    @BeforeEach
    void writeAVariant() throws IOException {
        v = Variants.make(Templates.find("seed000-ex1").orElseThrow(), 7, 3, false);
        key = dir.resolve("key.json");
        Files.writeString(key, v.key().json());
        Files.writeString(dir.resolve("program.chain"), v.program());
    }

    /** The key's exact value of answer {@code id}. */
    private Tensor exact(String id) {
        return v.key().answers().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().value();
    }

    /** The value of {@code name} in the variant's program. */
    private double value(String name) {
        return v.evaluation().binding(name).orElseThrow().value().toArray()[0];
    }

    private static String at4(double x) {
        return NumberRules.rounded(x, 4);
    }

    /** Every answer rounded to 4 decimals, as a student who got everything right writes them. */
    private List<String> allRight() {
        List<String> lines = new ArrayList<>();
        for (Key.Answer a : v.key().answers()) {
            lines.add(a.id() + " = " + TensorText.nested(a.value(), GradingTest::at4));
        }
        return lines;
    }

    private Run grade(String answers, String... options) throws IOException {
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, answers);
        List<String> args = new ArrayList<>(List.of("grade", key.toString(), file.toString()));
        args.addAll(List.of(options));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void everyAnswerRightIsExit0() throws IOException {
        Run r = grade("# Alice\n\n" + String.join("\n", allRight()) + "\n");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("✓ a1").doesNotContain("✗").contains("11 answers: 11 right, 0 carried forward, 0 wrong,"
                + " 0 missing. Score 11/11.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aWrongAnswerIsCrossedWithTheExpectedValueAndExit1() throws IOException {
        List<String> lines = allRight();
        lines.set(6, "a7 = [[1, 2], [3, 4]]");
        Run r = grade(String.join("\n", lines));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("✗ a7   ∂L/∂W1 = " + TensorText.nested(exact("a7"), GradingTest::at4)
                + "; given [[1, 2], [3, 4]]").contains("10 right, 0 carried forward, 1 wrong, 0 missing. Score 10/11.");
    }

    @ParameterizedTest(name = "{0} off by {1} in the 4th decimal")
    @CsvSource({"0.0, true", "0.49, true", "-0.49, true", "0.51, false", "-0.51, false", "1.0, false"})
    void rightMeansWithinHalfAUnitOfTheLastDecimal(double units, boolean right) throws IOException {
        double l = exact("a3").item();
        Run r = grade("a3 = " + (l + units * 1e-4));
        assertThat(r.out()).contains((right ? "✓" : "✗") + " a3");
    }

    @Test
    void roundedAndMorePreciseAnswersAreRightAndTheWrongRoundingIsNot() throws IOException {
        double l = exact("a3").item();
        String down = new java.math.BigDecimal(l).setScale(4, java.math.RoundingMode.DOWN).toPlainString();
        String up = new java.math.BigDecimal(l).setScale(4, java.math.RoundingMode.UP).toPlainString();
        String correct = at4(l);
        String other = correct.equals(down) ? up : down;
        assertThat(grade("a3 = " + correct).out()).contains("✓ a3");
        assertThat(grade("a3 = " + String.format(java.util.Locale.ROOT, "%.7f", l)).out()).contains("✓ a3");
        assertThat(grade("a3 = " + other).out()).contains("✗ a3");
        assertThat(grade("a3 = " + at4(l).substring(0, at4(l).length() - 2)).out()).contains("✗ a3");
    }

    @Test
    void aColumnMayBeWrittenFlatAndAOneByOneAsANumberButATransposeIsWrong() throws IOException {
        Tensor h1 = exact("a1");
        String flat = "[" + at4(h1.get(0, 0)) + ", " + at4(h1.get(1, 0)) + "]";
        String row = "[" + flat + "]";
        Run r = grade("a1 = " + flat + "\na2 = " + at4(exact("a2").item()) + "\n");
        assertThat(r.out()).contains("✓ a1").contains("✓ a2");
        assertThat(grade("a1 = " + row).out()).contains("✗ a1").contains("a 1 × 2 matrix, not a 2 × 1 matrix");
    }

    @Test
    void missingAnswersAreCountedAndAnEmptyFileIsAllMissing() throws IOException {
        List<String> lines = allRight();
        lines.remove(10);
        lines.remove(0);
        Run r = grade(String.join("\n", lines));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("✗ a1   h1 = ").contains("; missing").contains("9 right, 0 carried forward, 0 wrong,"
                + " 2 missing");
        assertThat(grade("# nothing yet\n").out()).contains("0 right, 0 carried forward, 0 wrong, 11 missing");
    }

    @Test
    void anAnswerThatFollowsFromTheStudentsOwnWrongOneIsCarriedForward() throws IOException {
        double y = value("y");
        double yhat = value("yhat") + 0.05;
        String yhatGiven = at4(yhat);
        double wrongYhat = Double.parseDouble(yhatGiven);
        double lossFromIt = (y - wrongYhat) * (y - wrongYhat);
        double deltaFromIt = 2 * (wrongYhat - y) * (1 - wrongYhat * wrongYhat);
        List<String> lines = allRight();
        lines.set(1, "a2 = " + yhatGiven);
        lines.set(2, "a3 = " + at4(lossFromIt));
        lines.set(3, "a4 = [[" + at4(deltaFromIt) + "]]");
        lines.set(4, "a5 = [[0.5, 0.5]]");
        Run r = grade(String.join("\n", lines));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("✗ a2   ŷ = ")
                .contains("✗ a3   L = " + at4(exact("a3").item()) + "; given " + at4(lossFromIt).replaceAll("0+$", "")
                        + ": carried forward from a2 (a method mark)")
                .contains("✗ a4   δ2 = ∂L/∂u2").contains("carried forward from a2")
                .containsPattern("✗ a5 .*given \\[\\[0.5, 0.5]]\n")
                .contains("7 right, 2 carried forward, 2 wrong, 0 missing. Score 7/11 (9/11 with method marks).");
    }

    @Test
    void aCarriedForwardChainFollowsEachStudentsValue() throws IOException {
        double y = value("y");
        double u2 = value("u2");
        double wrongDelta = Double.parseDouble(at4(-2 * (Math.tanh(u2) - y)));
        List<String> lines = allRight();
        lines.set(3, "a4 = [[" + at4(wrongDelta) + "]]");
        Tensor h1 = v.evaluation().binding("h1").orElseThrow().value();
        double w20 = v.evaluation().binding("W2").orElseThrow().value().get(0, 0);
        double w21 = v.evaluation().binding("W2").orElseThrow().value().get(0, 1);
        double[] gW2 = {wrongDelta * h1.get(0, 0), wrongDelta * h1.get(1, 0)};
        lines.set(4, "a5 = [[" + at4(gW2[0]) + ", " + at4(gW2[1]) + "]]");
        lines.set(7, "a8 = [[" + at4(w20 - 0.1 * Double.parseDouble(at4(gW2[0]))) + ", "
                + at4(w21 - 0.1 * Double.parseDouble(at4(gW2[1]))) + "]]");
        Run r = grade(String.join("\n", lines), "--json");
        JsonNode marks = JSON.readTree(r.out()).get("marks");
        assertThat(marks.get(3).get("mark").asText()).isEqualTo("wrong");
        assertThat(marks.get(4).get("mark").asText()).isEqualTo("carried_forward");
        assertThat(marks.get(4).get("follows_from").get(0).asText()).isEqualTo("a4");
        assertThat(marks.get(7).get("mark").asText()).isEqualTo("carried_forward");
        assertThat(marks.get(7).get("follows_from").toString()).isEqualTo("[\"a5\"]");
        assertThat(marks.get(5).get("mark").asText()).as("δ1 from the student's δ2: not given so").isEqualTo("right");
    }

    @Test
    void aWrongAnswerNotFollowingFromAnEarlierOneIsJustWrong() throws IOException {
        List<String> lines = allRight();
        lines.set(1, "a2 = " + at4(value("yhat") + 0.05));
        lines.set(9, "a10 = [[0, 0], [0, 0]]");
        Run r = grade(String.join("\n", lines));
        assertThat(r.out()).contains("✗ a10").doesNotContain("a method mark");
    }

    @Test
    void jsonIsForAGradebook() throws IOException {
        List<String> lines = allRight();
        lines.remove(0);
        lines.set(0, "a2 = 7");
        Run r = grade(String.join("\n", lines), "--json");
        assertThat(r.status()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("template").asText()).isEqualTo("seed000-ex1");
        assertThat(report.get("variant").asInt()).isEqualTo(3);
        assertThat(report.get("tolerance").asDouble()).isEqualTo(5e-5);
        assertThat(report.get("marks")).hasSize(11);
        assertThat(report.get("marks").get(0).get("mark").asText()).isEqualTo("missing");
        assertThat(report.get("marks").get(0).get("given").isNull()).isTrue();
        assertThat(report.get("marks").get(1).get("given").asDouble()).isEqualTo(7.0);
        assertThat(report.get("marks").get(1).get("expected")).isEqualTo(JSON.readTree(v.key().json())
                .get("answers").get(1).get("value"));
        assertThat(report.get("totals").toString())
                .isEqualTo("{\"answers\":11,\"right\":9,\"carried_forward\":0,\"wrong\":1,\"missing\":1}");
    }

    static Stream<Arguments> malformedAnswers() {
        return Stream.of(
                Arguments.of("a1 = [[0.1], [0.2]", 1, "a '[' is never closed"),
                Arguments.of("a1 : 0.3", 1, "expected 'id = value'"),
                Arguments.of("# ok\na2 = abc", 2, "expected a number or '[' at 'abc'"),
                Arguments.of("a1 = [[1, 2], [3]]", 1, "the rows of a1 have different lengths"),
                Arguments.of("\n\nzz = 1", 3, "no answer 'zz' in the key (its answers are a1 to a11)"),
                Arguments.of("a3 = 0.1\na3 = 0.2", 2, "a3 is answered twice, on lines 1 and 2"),
                Arguments.of("a3 = 0,5", 1, "a decimal point, not a comma"),
                Arguments.of("a3 = []", 1, "an empty list"),
                Arguments.of("a3 = [[1, [2]]]", 1, "a number, a list of numbers, or a matrix"),
                Arguments.of("a3 = 1e999", 1, "too large a number"),
                Arguments.of("a3 = 0.1 0.2", 1, "unexpected '0.2'"),
                Arguments.of("a3 = nan", 1, "expected a number or '['"),
                Arguments.of("a3 = 1]", 1, "a ']' closes no '['"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformedAnswers")
    void aMalformedAnswerFileIsExit2WithItsLine(String answers, int line, String message) throws IOException {
        Run r = grade(answers);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("chainrule grade: " + dir.resolve("answers.txt") + ":" + line + ": ").contains(message)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() throws IOException {
        Files.writeString(key, "\uFEFF" + v.key().json().replace("\n", "\r\n"));
        Run r = grade("\uFEFF" + String.join("\r\n", allRight()) + "\r\n");
        assertThat(r.status()).as(r.err()).isZero();
    }

    @Test
    void aMultiLineMatrixAndTheSheetsMinusSignAreRead() throws IOException {
        Tensor w1 = exact("a10");
        String text = "a10 = [[" + at4(w1.get(0, 0)) + ", " + at4(w1.get(0, 1)) + "],   # first row\n"
                + "       [" + at4(w1.get(1, 0)) + ", " + at4(w1.get(1, 1)) + "]]\n";
        assertThat(grade(text.replace('-', '−')).out()).contains("✓ a10");
    }

    static Stream<Arguments> unreadableKeys() {
        String head = "{\"template\": \"t\", \"variant\": 1, \"seed\": 1, \"lr\": 0.1, \"decimals\": 4, \"program\": \"p\",\n";
        return Stream.of(
                Arguments.of("{\"template\": 1", 1, "not JSON"),
                Arguments.of("[1, 2]", 1, "a key is a JSON object"),
                Arguments.of("", 0, "empty: a key is a JSON object"),
                Arguments.of(head + " \"error\": null}", 1, "\"answers\" is missing"),
                Arguments.of(head + "\n \"answers\": [{\"id\": \"a1\", \"kind\": \"gradient\", \"name\": \"x\", \"value\": 1}]}", 3,
                        "\"kind\" must be value, grad or updated"),
                Arguments.of(head + " \"answers\": [{\"id\": \"a1\", \"kind\": \"value\", \"name\": \"x\",\n \"value\": [[1, 2], [3]]}]}", 3,
                        "the rows of a matrix"),
                Arguments.of(head + " \"answers\": [{\"id\": \"a1\", \"kind\": \"value\", \"name\": \"x\", \"value\": \"NaN\"}]}", 2,
                        "must be a finite number"),
                Arguments.of("{\"template\": \"t\", \"variant\": 1, \"seed\": 1, \"lr\": 0.1,\n \"decimals\": \"four\"}", 2,
                        "\"decimals\" must be a whole number"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unreadableKeys")
    void anUnreadableKeyIsExit2WithItsLine(String text, int line, String message) throws IOException {
        Files.writeString(key, text);
        Run r = grade("a1 = 1\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("chainrule grade: " + key + (line > 0 ? ":" + line : "") + ": ").contains(message);
    }

    @Test
    void aMissingFileIsExit2() {
        Run r = Run.of("grade", dir.resolve("nope.json").toString(), dir.resolve("answers.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("chainrule grade: " + dir.resolve("nope.json") + ": cannot read: no such file\n");
        Run noAnswers = Run.of("grade", key.toString(), dir.resolve("nope.txt").toString());
        assertThat(noAnswers.status()).isEqualTo(2);
        assertThat(noAnswers.err()).contains("nope.txt: cannot read: no such file");
        assertThat(Run.of("grade", key.toString()).err()).contains("chainrule grade: ").contains("ANSWERS.txt")
                .contains("--help");
    }

    @Test
    void withoutTheProgramBesideTheKeyNothingIsCarriedForwardAndANoteSaysSo() throws IOException {
        Files.delete(dir.resolve("program.chain"));
        List<String> lines = allRight();
        double y = value("y");
        double wrongYhat = Double.parseDouble(at4(value("yhat") + 0.05));
        lines.set(1, "a2 = " + wrongYhat);
        lines.set(2, "a3 = " + at4((y - wrongYhat) * (y - wrongYhat)));
        Run r = grade(String.join("\n", lines));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("note: without program.chain beside the key (no such file)");
        assertThat(r.out()).contains("9 right, 0 carried forward, 2 wrong");
    }

    @Test
    void aFindTheErrorKeyIsGradedTheSameWay() throws IOException {
        v = Variants.make(Templates.find("seed000-ex1").orElseThrow(), 7, 3, true);
        Files.writeString(key, v.key().json());
        Run r = grade(String.join("\n", allRight()));
        assertThat(r.status()).isZero();
    }
}
