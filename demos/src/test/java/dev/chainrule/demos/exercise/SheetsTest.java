package dev.chainrule.demos.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.demos.grad.Transcript;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sheets: the solution is {@code chainrule grad}'s derivation and holds every keyed number, boxed; the question
 * sheet states the network, its numbers and the questions, and gives no answer away; the LaTeX is well formed
 * everywhere and compiles where {@code pdflatex} is installed.
 */
class SheetsTest {
    private static final long SEED = 5L;
    private static final int VARIANTS = 12;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.exercise.VariantsTest#templates")
    void theSolutionsDerivationHoldsEveryKeyedNumber(String name) {
        Template t = Templates.find(name).orElseThrow();
        for (int k = 1; k <= VARIANTS; k++) {
            Variant v = Variants.make(t, SEED, k, k % 2 == 0);
            for (String format : List.of("markdown", "latex")) {
                String solution = SolutionSheet.render(v, Markup.of(format));
                String derivation = solution.substring(solution.indexOf(format.equals("latex") ? "{Program}" : "## Program"));
                for (Key.Answer a : v.key().answers()) {
                    String number = Transcript.tex(a.value(), t.decimals());
                    assertThat(derivation).as(name + " " + k + " " + format + " " + a.id())
                            .contains("\\boxed{" + number + "}");
                    assertThat(solution.substring(0, solution.indexOf(derivation))).contains(number);
                }
                assertThat(derivation).as("chainrule grad's checks of the backward pass by hand").contains("checks passed")
                        .doesNotContain("✗");
                if (v.planted() != null) {
                    assertThat(solution).contains(Transcript.tex(v.planted().wrong(), t.decimals()))
                            .contains(Transcript.tex(v.planted().right(), t.decimals()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.exercise.VariantsTest#templates")
    void theSolutionIsWhatChainruleGradPrintsForTheProgram(String name, @TempDir Path dir) throws IOException {
        Template t = Templates.find(name).orElseThrow();
        Variant v = Variants.make(t, SEED, 2, false);
        Path program = dir.resolve("program.chain");
        Files.writeString(program, v.program());
        for (String format : List.of("markdown", "latex")) {
            Run grad = Run.of("grad", program.toString(), "--lr", dev.chainrule.autograd.lang.ExprText.plain(t.lr()),
                    "--precision", String.valueOf(t.decimals()), "--format", format);
            assertThat(grad.status()).isZero();
            String from = format.equals("latex") ? "\\section*{Program}" : "## Program";
            String solution = SolutionSheet.render(v, Markup.of(format));
            assertThat(solution.substring(solution.indexOf(from))).isEqualTo(grad.out().substring(grad.out().indexOf(from)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.exercise.VariantsTest#templates")
    void theQuestionSheetStatesTheNetworkItsNumbersAndTheQuestionsAndNoAnswer(String name) {
        Template t = Templates.find(name).orElseThrow();
        Variant v = Variants.make(t, SEED, 1, false);
        String sheet = ExerciseSheet.render(v, Markup.of("markdown"));
        for (Binding b : v.evaluation().bindings()) {
            assertThat(sheet).contains("$$" + Transcript.texName(b.name()) + " = "
                    + Transcript.tex(b.statement().value()) + "$$");
        }
        for (Key.Answer a : v.key().answers()) {
            assertThat(sheet).contains("| `" + a.id() + "` |");
        }
        assertThat(sheet).contains("to " + t.decimals() + " decimals").contains("\\eta = ").contains("a1 = ")
                .doesNotContain("\\boxed");
        double loss = v.evaluation().target().value().item();
        assertThat(sheet).doesNotContain(NumberRules.rounded(loss, t.decimals()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.chainrule.demos.exercise.VariantsTest#templates")
    void theLatexSheetsAreWellFormed(String name) {
        Template t = Templates.find(name).orElseThrow();
        for (int k = 1; k <= 4; k++) {
            Variant v = Variants.make(t, SEED, k, k > 2);
            for (String tex : List.of(ExerciseSheet.render(v, Markup.of("latex")), SolutionSheet.render(v, Markup.of("latex")))) {
                assertThat(latexProblems(tex)).as(name + " " + k + ":\n" + tex).isEmpty();
            }
        }
    }

    @Test
    void theLatexSheetsCompileWithPdflatex(@TempDir Path dir) throws Exception {
        Path pdflatex = onPath("pdflatex");
        Assumptions.assumeTrue(pdflatex != null, "pdflatex is not installed: the LaTeX sheets were only checked for "
                + "balanced braces and environments (theLatexSheetsAreWellFormed)");
        for (Template t : Templates.ALL) {
            Variant v = Variants.make(t, SEED, 1, t.network().batch() > 1);
            for (String sheet : List.of("exercise", "solution")) {
                String tex = sheet.equals("exercise") ? ExerciseSheet.render(v, Markup.of("latex"))
                        : SolutionSheet.render(v, Markup.of("latex"));
                String base = t.name() + "-" + sheet;
                Files.writeString(dir.resolve(base + ".tex"), tex);
                Process p = new ProcessBuilder(pdflatex.toString(), "-interaction=nonstopmode", "-halt-on-error",
                        "-no-shell-escape", base + ".tex").directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve(base + ".out").toFile()).start();
                assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("pdflatex finishes").isTrue();
                assertThat(p.exitValue()).as(base + ":\n" + Files.readString(dir.resolve(base + ".out"))).isZero();
                assertThat(dir.resolve(base + ".pdf")).exists();
            }
        }
    }

    /** What would stop pdflatex: unbalanced braces, environments or display math, characters it cannot set. */
    static List<String> latexProblems(String tex) {
        List<String> problems = new ArrayList<>();
        if (!tex.startsWith("\\documentclass") || !tex.strip().endsWith("\\end{document}")) {
            problems.add("not a whole document");
        }
        String body = tex.replaceAll("(?s)\\\\begin\\{verbatim}.*?\\\\end\\{verbatim}", "");
        int depth = 0;
        boolean display = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                if (next == '[' || next == ']') {
                    if (display == (next == '[')) {
                        problems.add("\\" + next + " at " + i + " where " + (display ? "\\]" : "\\[") + " belongs");
                    }
                    display = next == '[';
                }
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                problems.add("a } closes nothing at " + i);
                depth = 0;
            }
            if (c == '$') {
                continue;
            }
            if (c > 0xff) {
                problems.add("a character pdflatex cannot set: " + c);
            }
        }
        if (depth != 0) {
            problems.add(depth + " { never closed");
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher m = Pattern.compile("\\\\(begin|end)\\{([^}]*)}").matcher(body);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                open.push(m.group(2));
            } else if (!m.group(2).equals(open.poll())) {
                problems.add("\\end{" + m.group(2) + "} does not close the last \\begin");
            }
        }
        if (!open.isEmpty()) {
            problems.add("never ended: " + open);
        }
        if (display) {
            problems.add("a \\[ is never closed");
        }
        long dollars = body.replace("\\$", "").chars().filter(c -> c == '$').count();
        if (dollars % 2 != 0) {
            problems.add("an odd number of $");
        }
        return problems;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void theStructureCheckFindsWhatIsWrong() throws IOException {
        assertThat(latexProblems("\\documentclass{article}\\begin{document}{\\[x\\]\\end{document}")).isNotEmpty();
        assertThat(latexProblems("\\documentclass{article}\\begin{document}\\begin{center}\\end{document}")).isNotEmpty();
        assertThat(latexProblems("\\documentclass{article}\\begin{document}$δ$ \\end{document}")).isNotEmpty();
        assertThat(latexProblems("\\documentclass{article}\\begin{document}\\[ x \\] $y$ \\{ \\end{document}")).isEmpty();
    }
}
