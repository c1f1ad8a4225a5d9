package dev.chainrule.demos.bench;

import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainrule bench [--only NAME] [--json] [--reference FILE]}: times the project's benchmark workloads, each
 * after two warm-up runs, and reports the median. With {@code --reference}, a JSON file written by the PyTorch
 * reference script on the same machine, each workload also gets the ratio PyTorch time / chainrule time.
 */
@Command(name = "bench", sortOptions = false,
        description = "Time the benchmark workloads of ../shared/bench/WORKLOADS.md (median of each, after two warm-up runs).")
public final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    private HelpOption help;

    @Option(names = "--only", paramLabel = "NAME", description = "run only this workload")
    private String only;

    @Option(names = "--json", description = "print {\"name\": {\"median_ms\": ..., \"runs\": ...}, ...} and nothing else")
    private boolean json;

    @Option(names = "--reference", paramLabel = "TORCH.json",
            description = "the PyTorch reference's JSON (torch_reference.py): print the ratios beside the times")
    private Path reference;

    private final Io io;

    public BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        Map<String, Workloads.Workload> all = Workloads.all();
        if (only != null && !all.containsKey(only)) {
            throw new UsageError("unknown workload " + only + " (one of " + String.join(", ", all.keySet()) + ")");
        }
        Map<String, Double> torch;
        try {
            torch = reference == null ? Map.of() : readReference(reference);
        } catch (IOException | RuntimeException e) {
            throw new UsageError("cannot read " + reference + ": " + e.getMessage());
        }
        Map<String, double[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, Workloads.Workload> w : all.entrySet()) {
            if (only == null || only.equals(w.getKey())) {
                results.put(w.getKey(), new double[] {medianMillis(w.getValue()), w.getValue().runs()});
                if (!json) {
                    out.println(line(w.getKey(), results.get(w.getKey()), torch.get(w.getKey())));
                }
            }
        }
        if (json) {
            List<String> parts = new ArrayList<>();
            results.forEach((name, r) -> parts.add(String.format(Locale.ROOT, "\"%s\": {\"median_ms\": %s, \"runs\": %d}",
                    name, Double.toString(r[0]), (int) r[1])));
            out.println("{" + String.join(", ", parts) + "}");
        }
        return Cli.OK;
    }

    private static String line(String name, double[] r, Double torchMillis) {
        String s = String.format(Locale.ROOT, "%-14s median %10.3f ms over %2d runs", name, r[0], (int) r[1]);
        return torchMillis == null ? s : s + String.format(Locale.ROOT, "   PyTorch %10.3f ms   %.1fx %s", torchMillis,
                torchMillis >= r[0] ? torchMillis / r[0] : r[0] / torchMillis, torchMillis >= r[0] ? "faster" : "slower");
    }

    private static double medianMillis(Workloads.Workload w) {
        Runnable run = w.make().get();
        run.run();
        run.run();
        double[] times = new double[w.runs()];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        int n = times.length;
        return n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    }

    /** The {@code median_ms} of each workload in the reference script's one-line JSON. */
    static Map<String, Double> readReference(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher m = Pattern.compile("\"([a-z0-9-]+)\"\\s*:\\s*\\{\\s*\"median_ms\"\\s*:\\s*([0-9.eE+-]+)").matcher(text);
        Map<String, Double> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no {\"name\": {\"median_ms\": ...}} entries found");
        }
        return out;
    }
}
