package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walk-through for teachers does what it says, and prints what the README shows. */
class ReadmeWalkthroughTest {
    private static final Path README = Path.of("..", "README.md");
    private static final List<String> SHOWN = List.of(
            "✓ a1   h1 = [[0.2449], [-0.3540]]",
            "✗ a2   ŷ = [[-0.4775]]; given -0.4875",
            "✗ a3   L = 0.0150; given 0.0127: carried forward from a2 (a method mark)",
            "✓ a4   δ2 = ∂L/∂u2 = [[0.1891]]",
            "✗ a5   ∂L/∂W2 = [[0.0463, -0.0669]]; missing",
            "11 answers: 2 right, 1 carried forward, 1 wrong, 7 missing. Score 2/11 (3/11 with method marks).");

    @Test
    void thirtyVariantsHandedOutAndOneGraded(@TempDir Path dir) throws IOException {
        String readme = Files.readString(README);
        assertThat(readme).contains("./chainrule exercise seed000-ex1 --variants 30 --seed 2024 --out exam")
                .contains("printf 'a1 = [[0.2449], [-0.3540]]\\na2 = -0.4875\\na3 = 0.0127\\na4 = [[0.1891]]\\n' > answers.txt")
                .contains("./chainrule grade exam/3/key.json answers.txt");
        SHOWN.forEach(line -> assertThat(readme).contains(line));

        Path exam = dir.resolve("exam");
        assertThat(Run.of("exercise", "seed000-ex1", "--variants", "30", "--seed", "2024", "--out", exam.toString())
                .status()).isZero();
        assertThat(exam.resolve("30/exercise.md")).exists();
        Path answers = dir.resolve("answers.txt");
        Files.writeString(answers, "a1 = [[0.2449], [-0.3540]]\na2 = -0.4875\na3 = 0.0127\na4 = [[0.1891]]\n");
        Run grade = Run.of("grade", exam.resolve("3/key.json").toString(), answers.toString());
        assertThat(grade.status()).isEqualTo(1);
        SHOWN.forEach(line -> assertThat(grade.out()).contains(line));
        assertThat(Run.of("grade", exam.resolve("3/key.json").toString(), answers.toString(), "--json").out())
                .contains("\"carried_forward\": 1");
        assertThat(Run.of("grad", exam.resolve("3/program.chain").toString(), "--lr", "0.1").status()).isZero();
        Path quiz = dir.resolve("quiz");
        assertThat(Run.of("exercise", "seed001-q2", "--variants", "30", "--seed", "2024", "--out", quiz.toString(),
                "--find-the-error").status()).isZero();
        assertThat(Files.readString(quiz.resolve("30/key.json"))).contains("\"error\": {\"step\": ");
    }
}
