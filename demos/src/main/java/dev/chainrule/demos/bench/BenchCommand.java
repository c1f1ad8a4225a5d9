package dev.chainrule.demos.bench;

import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chainrule bench [--only NAME] [--json] [--reference FILE]}: times the project's benchmark workloads, each
 * after two warm-up runs, and reports the median. With {@code --reference}, the JSON the PyTorch reference script
 * wrote on the same machine, each workload also gets PyTorch's time, its thread count and the ratio of the two.
 * {@code chainrule bench --scaling [--json]} measures the deep-graph workload at chain lengths from 1,000 to
 * 1,000,000 iterations instead: time, allocation and retained heap per graph node; {@code chainrule bench --matmul
 * [--json]} the GFLOP/s of square products of growing size.
 */
@Command(name = "bench", sortOptions = false,
        description = {"Time the benchmark workloads of ../shared/bench/WORKLOADS.md (median of each, after two warm-up"
                + " runs), or with --scaling the deep-graph workload at growing lengths."},
        footer = {"", "Examples:",
                "  chainrule bench --only tiny-step --json",
                "  chainrule bench --reference torch.json     (torch.json: what torch_reference.py printed)",
                "  chainrule bench --scaling",
                "  chainrule bench --matmul"})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Option(names = "--only", paramLabel = "NAME", description = "run only this workload")
    private String only;

    @Option(names = "--json", description = "print one JSON object and nothing else: {\"NAME\": {\"median_ms\": ..., "
            + "\"runs\": ...}, ...}, or with --scaling {\"ITERATIONS\": {\"nodes\": ..., ...}, ...}")
    private boolean json;

    @Option(names = "--reference", paramLabel = "TORCH.json", description = "the JSON torch_reference.py printed on this "
            + "machine: show PyTorch's median, its thread count and the ratio beside each workload")
    private Path reference;

    @Option(names = "--scaling", description = "time deep-graph at 1,000, 10,000, 100,000 and 1,000,000 iterations "
            + "(3 graph nodes each): time, bytes allocated and heap retained per node")
    private boolean scaling;

    @Option(names = "--matmul", description = "the GFLOP/s of Tensor.matmul on n x n matrices, n = 64, 256 and 1024")
    private boolean matmul;

    private final Io io;
    private final int maxRuns;
    private final List<Integer> scalingIterations;

    public BenchCommand(Io io) {
        this(io, Integer.MAX_VALUE, Scaling.ITERATIONS);
    }

    /**
     * For the tests: at most {@code maxRuns} timed runs of anything, and {@code scalingIterations} as the chain
     * lengths of {@code --scaling}, so that they check the reports in moments.
     */
    BenchCommand(Io io, int maxRuns, List<Integer> scalingIterations) {
        this.io = io;
        this.maxRuns = maxRuns;
        this.scalingIterations = List.copyOf(scalingIterations);
    }

    @Override
    public Integer call() {
        if (matmul) {
            if (scaling || only != null || reference != null) {
                throw new UsageError("--matmul measures products alone: it takes neither --scaling, --only nor --reference");
            }
            return matmul();
        }
        if (scaling) {
            if (only != null || reference != null) {
                throw new UsageError("--scaling measures deep-graph alone: it takes neither --only nor --reference");
            }
            return scaling();
        }
        Map<String, Workloads.Workload> all = Workloads.all();
        if (only != null && !all.containsKey(only)) {
            throw new UsageError("unknown workload " + only + " (one of " + String.join(", ", all.keySet()) + ")");
        }
        Map<String, PyTorchReference.Timing> torch = reference == null ? Map.of()
                : PyTorchReference.read(reference, all.keySet());
        PrintStream out = io.out();
        List<Reports.Result> results = new ArrayList<>();
        for (Map.Entry<String, Workloads.Workload> w : all.entrySet()) {
            if (only == null || only.equals(w.getKey())) {
                Reports.Result r = time(w.getKey(), w.getValue());
                results.add(r);
                if (!json) {
                    out.println(reference == null ? Reports.line(r)
                            : Reports.line(r, torch.get(r.name()), reference.getFileName().toString()));
                }
            }
        }
        if (json) {
            out.println(Reports.json(results, torch));
        }
        return Cli.OK;
    }

    private Reports.Result time(String name, Workloads.Workload w) {
        double[] millis = Timer.millis(w.make().get(), 2, Math.min(w.runs(), maxRuns));
        return new Reports.Result(name, millis.length, Timer.median(millis), millis[0]);
    }

    private int scaling() {
        PrintStream out = io.out();
        List<Scaling.Row> rows = new ArrayList<>();
        if (!json) {
            Reports.scalingHeader().forEach(out::println);
        }
        for (int iterations : scalingIterations) {
            Scaling.Row row = Scaling.measure(iterations, Math.min(Scaling.runs(iterations), maxRuns));
            rows.add(row);
            if (!json) {
                out.println(Reports.scalingLine(row));
            }
        }
        if (json) {
            out.println(Reports.scalingJson(rows));
        }
        return Cli.OK;
    }

    private int matmul() {
        PrintStream out = io.out();
        List<MatmulThroughput.Row> rows = new ArrayList<>();
        if (!json) {
            out.println(MatmulThroughput.header());
        }
        for (int n : MatmulThroughput.SIZES) {
            MatmulThroughput.Row row = MatmulThroughput.measure(n, maxRuns);
            rows.add(row);
            if (!json) {
                out.println(MatmulThroughput.line(row));
            }
        }
        if (json) {
            out.println(Reports.matmulJson(rows));
        }
        return Cli.OK;
    }
}
