package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code chainrule exercise}: the list, the files of each variant, byte-identical runs, and the errors. */
class ExerciseCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutANameItListsTheTemplates() {
        Run r = Run.of("exercise");
        assertThat(r.status()).isZero();
        for (Template t : Templates.ALL) {
            assertThat(r.out()).contains(t.name() + " ");
        }
        assertThat(r.out()).contains("seed000-ex1        2-2-1 network, tanh units, squared error")
                .contains("seed000-ex1-3-2-1").contains("seed000-ex1-2-3-2").contains("seed001-q1").contains("seed001-q2")
                .contains("seed001-q3").contains("seed003-bce").contains("seed004-mse").contains("(η = 0.1, 4 decimals)")
                .contains("chainrule grade DIR/k/key.json ANSWERS.txt");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void eachVariantGetsItsSheetsProgramAndKey() throws IOException {
        Run r = Run.of("exercise", "seed000-ex1", "--variants", "3", "--seed", "7", "--out", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 3 variants of seed000-ex1 (seed 7) to " + dir + ": 1/ to 3/");
        for (int k = 1; k <= 3; k++) {
            assertThat(files(dir.resolve(String.valueOf(k))).keySet())
                    .containsExactly("exercise.md", "key.json", "program.chain", "solution.md");
            String key = Files.readString(dir.resolve(k + "/key.json"));
            assertThat(key).startsWith("{\"template\": \"seed000-ex1\", \"variant\": " + k + ", \"seed\": 7, \"lr\": 0.1,"
                    + " \"decimals\": 4,\n \"program\": \"program.chain\",\n \"answers\": [{\"id\": \"a1\", \"label\": \"h1\","
                    + " \"kind\": \"value\", \"name\": \"h1\", \"value\": [[").endsWith("\"error\": null}\n");
            Run grad = Run.of("grad", dir.resolve(k + "/program.chain").toString(), "--lr", "0.1");
            assertThat(grad.status()).as("every check of the program holds").isZero();
        }
    }

    static Stream<Arguments> runs() {
        return Templates.ALL.stream().flatMap(t -> Stream.of(Arguments.of(t.name(), "markdown", false),
                Arguments.of(t.name(), "latex", true)));
    }

    @ParameterizedTest(name = "{0} {1} find-the-error {2}")
    @MethodSource("runs")
    void theSameTemplateSeedAndCountGiveByteIdenticalFiles(String name, String format, boolean findTheError)
            throws IOException {
        String[] args = {"exercise", name, "--variants", "2", "--seed", "11", "--format", format};
        List<String> extra = findTheError ? List.of("--find-the-error") : List.of();
        Map<String, byte[]> first = make(dir.resolve("first"), args, extra);
        Map<String, byte[]> second = make(dir.resolve("second"), args, extra);
        assertThat(first.keySet()).isEqualTo(second.keySet()).contains("1/key.json", "2/program.chain",
                "1/exercise." + (format.equals("latex") ? "tex" : "md"), "2/solution." + (format.equals("latex") ? "tex" : "md"));
        if (findTheError) {
            assertThat(first).containsKey("1/attempt.chain");
        }
        first.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(second.get(file)));
        Map<String, byte[]> other = make(dir.resolve("other"), new String[] {"exercise", name, "--variants", "2", "--seed",
            "12", "--format", format}, extra);
        assertThat(other.get("1/program.chain")).as("another seed, other numbers").isNotEqualTo(first.get("1/program.chain"));
    }

    private static Map<String, byte[]> make(Path out, String[] args, List<String> extra) throws IOException {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(extra);
        all.addAll(List.of("--out", out.toString()));
        Run r = Run.of(all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return files(out);
    }

    /** Every file under {@code root}, by its path relative to it, sorted. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void variantKIsTheSameWhateverTheCount() throws IOException {
        Map<String, byte[]> three = make(dir.resolve("three"), new String[] {"exercise", "seed004-mse", "--variants", "3"},
                List.of());
        Map<String, byte[]> one = make(dir.resolve("one"), new String[] {"exercise", "seed004-mse"}, List.of());
        assertThat(one.get("1/program.chain")).isEqualTo(three.get("1/program.chain"));
    }

    @Test
    void findTheErrorWritesTheAttemptAndAKeyThatNamesTheMistake() throws IOException {
        Run r = Run.of("exercise", "seed001-q3", "--seed", "3", "--find-the-error", "--out", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String key = Files.readString(dir.resolve("1/key.json"));
        assertThat(key).contains("\"error\": {\"step\": \"").contains("\"wrong\": ").contains("\"right\": ");
        String attempt = Files.readString(dir.resolve("1/attempt.chain"));
        assertThat(attempt).startsWith("# seed001-q3, variant 1: the worked solution of exercise.md, with its planted mistake");
        Run grad = Run.of("grad", dir.resolve("1/attempt.chain").toString(), "--of", "E");
        assertThat(grad.status()).as(grad.err()).isZero();
        assertThat(Files.readString(dir.resolve("1/exercise.md"))).contains("## A worked solution").contains("## What to do");
        assertThat(Files.readString(dir.resolve("1/solution.md"))).contains("## The mistake");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(new String[] {"exercise", "seed999"}, "chainrule exercise: unknown template 'seed999'; "
                        + "'chainrule exercise' lists them"),
                Arguments.of(new String[] {"exercise", "seed000-ex1", "--variants", "0", "--out", "x"},
                        "chainrule exercise: --variants 0: must be from 1 to 1000"),
                Arguments.of(new String[] {"exercise", "seed000-ex1", "--variants", "many", "--out", "x"},
                        "chainrule exercise: --variants many: not a whole number"),
                Arguments.of(new String[] {"exercise", "seed000-ex1", "--seed", "-1", "--out", "x"},
                        "chainrule exercise: --seed -1: a seed is a whole number from 0 to 4294967295"),
                Arguments.of(new String[] {"exercise", "seed000-ex1", "--format", "html", "--out", "x"},
                        "chainrule exercise: --format html: a sheet is markdown or latex"),
                Arguments.of(new String[] {"exercise", "seed000-ex1"},
                        "chainrule exercise: --out DIR is needed: the directory to write the variants into"),
                Arguments.of(new String[] {"exercise", "--out", "x"},
                        "chainrule exercise: which template? 'chainrule exercise' without options lists them"),
                Arguments.of(new String[] {"exercise", "seed000-ex1", "--frobnicate"},
                        "chainrule exercise: unknown option --frobnicate"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void badArgumentsAreExit2WithOneLineAndAHint(String[] args, String message) {
        Run r = Run.of(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message + "\nTry 'chainrule exercise --help' for more information.\n");
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsExit2() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the directory should be");
        Run r = Run.of("exercise", "seed000-ex1", "--out", blocked.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("chainrule exercise: cannot write " + blocked.resolve("1").resolve("exercise.md"))
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void bothCommandsHaveGeneratedHelp() {
        Run exercise = Run.of("exercise", "--help");
        assertThat(exercise.status()).isZero();
        assertThat(exercise.out()).startsWith("Usage: chainrule exercise").contains("--variants").contains("--seed")
                .contains("--out").contains("--format").contains("--find-the-error");
        Run grade = Run.of("grade", "--help");
        assertThat(grade.status()).isZero();
        assertThat(grade.out()).startsWith("Usage: chainrule grade").contains("KEY.json").contains("ANSWERS.txt")
                .contains("--json").contains("Exit status");
        assertThat(Run.of().out()).contains("exercise").contains("grade");
    }
}
