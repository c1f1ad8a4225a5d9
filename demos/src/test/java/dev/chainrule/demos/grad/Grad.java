package dev.chainrule.demos.grad;

import dev.chainrule.demos.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@code chainrule grad} in process and keeps what it printed. */
record Grad(int status, byte[] stdout, String stderr) {
    /** The examples, found from the demos module's directory, where Surefire runs the tests. */
    static final Path EXAMPLES = Path.of("examples");

    static Grad run(String... args) {
        return run("", new Graphviz(""), args);
    }

    static Grad run(String stdin, Graphviz graphviz, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GradCommand.run(args, new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                graphviz);
        return new Grad(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** {@code examples/NAME.chain}. */
    static String example(String name) {
        return EXAMPLES.resolve(name + ".chain").toString();
    }

    /** Every {@code .chain} program of the examples, by name. */
    static List<String> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".chain"))
                    .map(n -> n.substring(0, n.length() - ".chain".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the tests look for the examples in " + EXAMPLES.toAbsolutePath(), e);
        }
    }
}
