package dev.chainrule.demos.seeds;

import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule demo [NAME|all] [--out DIR] [--quick]}: lists the demos, runs one, or runs them all. Each prints
 * its results and writes its pictures (PNG), {@code train.csv}/{@code test.csv} and {@code summary.json} into
 * {@code --out} (default {@code chainrule-out/NAME/}).
 */
@Command(name = "demo", sortOptions = false,
        description = {"Every exercise of the course documents as a runnable demo, with its pictures.",
                "Without NAME, list the demos; with 'all', run every one."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "NAME|all", arity = "0..1", completionCandidates = Names.class,
            description = "the demo to run (see the list), or all")
    private String name;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where to write (default chainrule-out/NAME; with all, chainrule-out/ and one directory each)")
    private Path out;

    @Option(names = "--quick", description = "small settings: fewer samples and epochs, for a first look")
    private boolean quick;

    private final Io io;

    public DemoCommand(Io io) {
        this.io = io;
    }

    /** The demos' names, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.Stream.concat(Catalog.ALL.stream().map(Demo::name), java.util.stream.Stream.of("all"))
                    .iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (name == null) {
            int width = Catalog.ALL.stream().mapToInt(d -> d.name().length()).max().orElse(0);
            for (Demo d : Catalog.ALL) {
                io.out().println(String.format("%-" + width + "s  %s", d.name(), d.summary()));
            }
            io.out().println();
            io.out().println("Run one with 'chainrule demo NAME', every one with 'chainrule demo all'.");
            return Cli.OK;
        }
        List<Demo> chosen = name.equals("all") ? Catalog.ALL : List.of(Catalog.find(name)
                .orElseThrow(() -> new UsageError("unknown demo '" + name + "'; 'chainrule demo' lists them")));
        Path base = out != null ? out : Path.of("chainrule-out");
        for (Demo d : chosen) {
            Path dir = name.equals("all") || out == null ? base.resolve(d.name()) : out;
            io.out().println("== " + d.name() + ": " + d.summary());
            DemoRun run = new DemoRun(d, dir, io.out(), quick);
            d.run(run);
            run.finish();
            io.out().println();
        }
        return Cli.OK;
    }
}
