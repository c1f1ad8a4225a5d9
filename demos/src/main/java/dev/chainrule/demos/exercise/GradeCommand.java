package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule grade KEY.json ANSWERS.txt [--json]}: marks a student's answers against a variant's key, one line
 * an answer (✓ or ✗ with the expected value, errors carried forward marked as such) and the totals; with
 * {@code --json}, the same for a gradebook. Exit status 0 when every answer is right, 1 otherwise, 2 when a file
 * cannot be read (then the file and line are named on stderr and nothing is printed on stdout).
 *
 * <pre>{@code
 * ./chainrule grade exam/3/key.json alice.txt
 * ./chainrule grade exam/3/key.json alice.txt --json >> gradebook.jsonl
 * }</pre>
 */
@Command(name = "grade", sortOptions = false,
        description = {"Mark a student's answers against a key.json of 'chainrule exercise': right within half a unit "
                + "of the last decimal, errors carried forward marked as such, totals at the end.",
                "ANSWERS.txt holds one 'id = value' a line (a1 = 0.4004, a2 = [[0.2636], [-0.1781]]); # starts a "
                        + "comment.",
                "Exit status: 0 when every answer is right, 1 otherwise, 2 when a file cannot be read."})
public final class GradeCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "KEY.json", description = "the variant's key.json")
    private Path keyFile;

    @Parameters(index = "1", paramLabel = "ANSWERS.txt", description = "the student's answers")
    private Path answersFile;

    @Option(names = "--json", description = "print the marks as JSON, for a gradebook")
    private boolean json;

    private final Io io;

    public GradeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Grading.Result result;
        try {
            Key key = KeyFile.read(read(keyFile), keyFile.toString());
            Map<String, AnswerFile.Given> given = AnswerFile.read(read(answersFile), answersFile.toString(), key);
            result = Grading.grade(key, given, recomputation(key));
        } catch (BadInput e) {
            io.err().println("chainrule grade: " + e.getMessage());
            return Cli.ERROR;
        }
        io.out().print(json ? GradeReport.json(result, keyFile.toString(), answersFile.toString())
                : GradeReport.text(result, keyFile.toString(), answersFile.toString()));
        io.out().flush();
        return result.allRight() ? Cli.OK : Cli.FAILED;
    }

    /**
     * The key's worked solution, from its program beside it, for carried-forward marks; when it cannot be had, a
     * note on stderr, and the answers are marked without.
     */
    private Optional<Recomputation> recomputation(Key key) {
        Path program = keyFile.toAbsolutePath().getParent().resolve(key.program());
        try {
            return Optional.of(Recomputation.of(Files.readString(program, StandardCharsets.UTF_8), key.lr()));
        } catch (IOException | ChainException | IllegalArgumentException e) {
            io.err().println("chainrule grade: note: without " + program.getFileName() + " beside the key ("
                    + describe(e) + "), no answer can be marked as carried forward");
            return Optional.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput(file.toString(), 0, "cannot read: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        if (e instanceof ChainException c) {
            return "line " + c.line() + ": " + c.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
