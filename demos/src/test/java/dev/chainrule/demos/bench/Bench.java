package dev.chainrule.demos.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.demos.Main;
import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code chainrule bench} in process and keeps what it printed. */
record Bench(int status, String out, String err) {
    /** The chain lengths the tests give {@code --scaling}: short, so that it takes moments. */
    static final List<Integer> SHORT_CHAINS = List.of(1_000, 2_000);

    /** {@code chainrule bench ARGS} with at most three timed runs of anything and {@link #SHORT_CHAINS}. */
    static Bench quick(String... args) {
        return run(io -> Cli.of(new BenchCommand(io, 3, SHORT_CHAINS), io).execute(args));
    }

    /** {@code chainrule bench ARGS} exactly as the command line runs it. */
    static Bench asShipped(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "bench";
        System.arraycopy(args, 0, line, 1, args.length);
        return run(io -> Main.run(line, io));
    }

    private static Bench run(java.util.function.ToIntFunction<Io> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.applyAsInt(new Io(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Bench(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output as one JSON value; fails if anything but white space follows it. */
    JsonNode json() throws IOException {
        return new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
    }
}
