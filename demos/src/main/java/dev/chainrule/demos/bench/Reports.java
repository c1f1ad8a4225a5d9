package dev.chainrule.demos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code chainrule bench} prints: a line per workload (with PyTorch's timing beside it when given), or one JSON
 * object written with Jackson; and the table of {@code --scaling}, as text or as one JSON object.
 */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    /**
     * One workload's timing.
     *
     * @param name         the workload
     * @param runs         the timed runs
     * @param medianMillis their median wall time
     * @param minMillis    the fastest of them
     */
    record Result(String name, int runs, double medianMillis, double minMillis) {
    }

    /** {@code tiny-step      median      2.500 ms over 30 runs}. */
    static String line(Result r) {
        return String.format(Locale.ROOT, "%-14s median %10.3f ms over %2d runs", r.name(), r.medianMillis(), r.runs());
    }

    /** {@link #line(Result)}, then PyTorch's median, its threads and the ratio, or that {@code file} lacks it. */
    static String line(Result r, PyTorchReference.Timing torch, String file) {
        if (torch == null) {
            return line(r) + "   PyTorch: not in " + file;
        }
        String threads = torch.threads().isEmpty() ? "" : torch.threads().getAsInt() == 1 ? " (1 thread)"
                : " (" + torch.threads().getAsInt() + " threads)";
        double speedup = torch.medianMillis() / r.medianMillis();
        return line(r) + String.format(Locale.ROOT, "   PyTorch %10.3f ms%-12s %6.1fx %s", torch.medianMillis(), threads,
                speedup >= 1 ? speedup : 1 / speedup, speedup >= 1 ? "faster" : "slower");
    }

    /**
     * {@code {"tiny-step": {"median_ms": 2.5, "runs": 30, "min_ms": 2.4}, ...}}; with a reference, each workload it
     * has also gets {@code pytorch_median_ms}, {@code pytorch_threads} (when the file says) and
     * {@code speedup_vs_pytorch}, PyTorch's median over chainrule's (above 1: chainrule is faster).
     */
    static String json(List<Result> results, Map<String, PyTorchReference.Timing> torch) {
        ObjectNode root = JSON.createObjectNode();
        for (Result r : results) {
            ObjectNode o = root.putObject(r.name());
            o.put("median_ms", round(r.medianMillis(), 3));
            o.put("runs", r.runs());
            o.put("min_ms", round(r.minMillis(), 3));
            PyTorchReference.Timing t = torch.get(r.name());
            if (t != null) {
                o.put("pytorch_median_ms", t.medianMillis());
                t.threads().ifPresent(n -> o.put("pytorch_threads", n));
                o.put("speedup_vs_pytorch", round(t.medianMillis() / r.medianMillis(), 3));
            }
        }
        return root.toString();
    }

    /** The lines above the {@code --scaling} table: what is measured, and the columns. */
    static List<String> scalingHeader() {
        return List.of(
                "deep-graph at growing lengths: x = tanh(x)·0.9 + 0.1 repeated from x = 0.3, then the gradient of x with",
                "respect to the first x only (x.grad(x0)). One iteration makes " + Scaling.NODES_PER_ITERATION
                        + " graph nodes (the tanh, the product and the sum;",
                "its two constants are leaves, not counted): nodes = " + Scaling.NODES_PER_ITERATION + " × iterations.",
                "  median ms         median wall time of one run (build the graph, then backward), after ≥ 2 warm-up runs",
                "  ns/node           that time per node",
                "  allocated B/node  bytes one run allocates on its thread (graph, values, backward), per node",
                "  retained B/node   heap the built graph holds, its constants included (used heap after GC with it alive,",
                "                    minus before), per node",
                "",
                String.format(Locale.ROOT, "%10s %10s %5s %12s %9s %17s %16s", "iterations", "nodes", "runs",
                        "median ms", "ns/node", "allocated B/node", "retained B/node"));
    }

    /** One row of the {@code --scaling} table. */
    static String scalingLine(Scaling.Row r) {
        return String.format(Locale.ROOT, "%,10d %,10d %5d %12.3f %9.1f %17s %16s", r.iterations(), r.nodes(), r.runs(),
                r.medianMillis(), r.nanosPerNode(), perNode(r.allocatedBytesPerNode()), perNode(r.retainedBytesPerNode()));
    }

    private static String perNode(double bytes) {
        return Double.isFinite(bytes) ? String.format(Locale.ROOT, "%.1f", bytes) : "n/a";
    }

    /**
     * The {@code --scaling} table as {@code {"1000": {"iterations": 1000, "nodes": 3000, "runs": 30, "median_ms": ...,
     * "ns_per_node": ..., "allocated_bytes_per_node": ..., "retained_bytes_per_node": ...}, ...}}; a figure the JVM
     * cannot measure is {@code null}.
     */
    static String scalingJson(List<Scaling.Row> rows) {
        ObjectNode root = JSON.createObjectNode();
        for (Scaling.Row r : rows) {
            ObjectNode o = root.putObject(Integer.toString(r.iterations()));
            o.put("iterations", r.iterations());
            o.put("nodes", r.nodes());
            o.put("runs", r.runs());
            o.put("median_ms", round(r.medianMillis(), 3));
            o.put("ns_per_node", round(r.nanosPerNode(), 2));
            putOrNull(o, "allocated_bytes_per_node", round(r.allocatedBytesPerNode(), 2));
            putOrNull(o, "retained_bytes_per_node", round(r.retainedBytesPerNode(), 2));
        }
        return root.toString();
    }

    /** {@code {"64": {"median_ms": 0.01, "runs": 2000, "gflops": 40.1}, ...}}, keyed by the matrices' size. */
    static String matmulJson(List<MatmulThroughput.Row> rows) {
        ObjectNode root = JSON.createObjectNode();
        for (MatmulThroughput.Row r : rows) {
            ObjectNode o = root.putObject(Integer.toString(r.n()));
            o.put("median_ms", round(r.medianMillis(), 4));
            o.put("runs", r.runs());
            o.put("gflops", round(r.gflops(), 1));
        }
        return root.toString();
    }

    private static void putOrNull(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    /** {@code value} to {@code digits} decimals (timings vary far more than that from run to run). */
    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Double.isFinite(value) ? Math.round(value * scale) / scale : value;
    }
}
