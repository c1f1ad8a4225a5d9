package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Xor;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.LineChart;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.train.TrainingResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Seed 003 section 3, Tasks 12–14: the XOR problem (four Gaussian clusters, data's {@link Xor}, as the document's
 * {@code data_xor.csv}, which is not given) with the same 2-2-1 network and training as {@code seed003-backprop},
 * started from several random states: a table of seed → final loss and accuracies that marks the ones stuck (one
 * cluster on the wrong side, 75% of the training data right); then more hidden units, which every start solves; the
 * boundaries, and zoomed out far beyond the data, where the starts that agree on the data disagree with each other.
 *
 * <pre>{@code
 * ./chainrule demo seed003-xor
 * }</pre>
 */
final class Seed003Xor implements Demo {
    static final int SAMPLES = 200;
    static final long DATA_SEED = 3;
    static final double RATE = Seed003Backprop.RATE;
    /** The wider network's hidden units (Task 13). */
    static final int WIDE = 4;
    /** A run is stuck when it classifies less than this share of its training data after all epochs. */
    static final double STUCK_BELOW = 0.9;
    /** How far the zoomed-out pictures reach: the data lies within about ±2. */
    static final double FAR = 8;

    /**
     * One training run.
     *
     * @param hidden        the hidden units
     * @param seed          the random state of the initial weights
     * @param params        the trained weights
     * @param history       the loss per epoch
     * @param trainLoss     the training loss after all epochs
     * @param trainAccuracy the share of the training data classified right
     * @param testAccuracy  the share of the test data classified right
     */
    record Run(int hidden, long seed, Params params, List<Double> history, double trainLoss, double trainAccuracy,
               double testAccuracy) {
        boolean stuck() {
            return trainAccuracy < STUCK_BELOW;
        }
    }

    @Override
    public String name() {
        return "seed003-xor";
    }

    @Override
    public String summary() {
        return "seed 003 Tasks 12-14: XOR with 2-2-1 over several seeds (which get stuck), more hidden units,"
                + " boundaries zoomed out";
    }

    /** The XOR data, split 75/25 keeping the class shares. */
    static Split split() {
        return TrainTestSplit.testFraction(0.25).stratified().split(Xor.of(SAMPLES).generate(DATA_SEED), DATA_SEED);
    }

    /** Trains a 2-{@code hidden}-1 network from {@code RandomState(seed)} for {@code epochs} epochs. */
    static Run train(int hidden, long seed, Split split, int epochs) {
        Seed003Network net = Seed003Network.withHiddenUnits(hidden);
        TrainingResult r = net.train(net.start(seed), split.train(), split.test(), RATE, epochs, e -> { });
        Params p = r.params();
        return new Run(hidden, seed, p, r.history().training(), net.loss(p, split.train()),
                net.accuracy(p, split.train()), net.accuracy(p, split.test()));
    }

    @Override
    public void run(DemoRun run) throws Exception {
        int epochs = run.choose(200, 60);
        long[] seeds = LongStream.range(0, run.choose(10, 6)).toArray();
        int[] hiddenSizes = run.quick() ? new int[] {2, WIDE} : new int[] {2, 3, WIDE, 8};
        Split split = split();
        run.data(split.train(), split.test());
        run.setting("data", "Xor.of(" + SAMPLES + ").generate(" + DATA_SEED + "): make_blobs(n_samples=200, centers="
                        + "[[-1, -1], [-1, 1], [1, -1], [1, 1]], cluster_std=0.3, random_state=3), labels 0, 1, 1, 0;"
                        + " train_test_split(test_size=0.25, stratify=y, random_state=3)")
                .setting("training", "as seed003-backprop: BCE, one sample at a time in order, SGD")
                .setting("learning_rate", RATE).setting("epochs", epochs).setting("seeds", seeds)
                .setting("hidden_units", hiddenSizes).setting("stuck", "training accuracy below " + STUCK_BELOW);
        run.printf("The XOR data (data_xor.csv is not given): 4 clusters at (±1, ±1), standard deviation 0.3, class 1");
        run.printf("at (−1, 1) and (1, −1); %d training and %d test points. Networks as seed003-backprop, α = %s,",
                split.train().size(), split.test().size(), RATE);
        run.printf("%d epochs, weights uniform in [−0.5, 0.5) from RandomState(seed).", epochs);

        Map<Integer, List<Run>> byHidden = new LinkedHashMap<>();
        for (int hidden : hiddenSizes) {
            List<Run> runs = new ArrayList<>();
            for (long seed : seeds) {
                runs.add(train(hidden, seed, split, epochs));
            }
            byHidden.put(hidden, runs);
        }
        List<Run> small = byHidden.get(2);
        List<Run> wide = byHidden.get(WIDE);
        run.out().println();
        run.printf("Task 12: the 2-2-1 network from %d random states:", seeds.length);
        table(run, small);
        run.out().println();
        run.printf("Task 13: more hidden units, the same starts (random states) and training:");
        table(run, wide);
        run.out().println();
        run.printf("  %-13s %8s %18s %18s", "hidden units", "stuck", "lowest test acc.", "mean test acc.");
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Run>> e : byHidden.entrySet()) {
            List<Run> runs = e.getValue();
            long stuck = runs.stream().filter(Run::stuck).count();
            double lowest = runs.stream().mapToDouble(Run::testAccuracy).min().orElseThrow();
            double mean = runs.stream().mapToDouble(Run::testAccuracy).average().orElseThrow();
            run.printf("  2-%d-1%8s %5d of %-2d %17.1f%% %17.1f%%", e.getKey(), "", stuck, runs.size(), 100 * lowest,
                    100 * mean);
            summary.put("2-" + e.getKey() + "-1", Map.of("stuck", stuck, "lowest_test_accuracy", lowest,
                    "mean_test_accuracy", mean));
        }
        run.result("by_hidden_units", summary).result("runs_2_2_1", rows(small)).result("runs_wide", rows(wide))
                .result("wide_hidden_units", WIDE)
                .result("stuck_seeds_2_2_1", small.stream().filter(Run::stuck).map(Run::seed).toList())
                .result("wide_lowest_test_accuracy", wide.stream().mapToDouble(Run::testAccuracy).min().orElseThrow());
        lossCurves(run, small, epochs);
        pictures(run, split, small, wide);
    }

    private static void table(DemoRun run, List<Run> runs) {
        run.printf("  %-12s %12s %16s %14s  %s", "random state", "final loss", "train accuracy", "test accuracy", "");
        for (Run r : runs) {
            run.printf("  %-12d %12.6f %15.1f%% %13.1f%%  %s", r.seed, r.trainLoss, 100 * r.trainAccuracy,
                    100 * r.testAccuracy, r.stuck() ? "stuck: a cluster on the wrong side" : "");
        }
        long stuck = runs.stream().filter(Run::stuck).count();
        run.printf("  2-%d-1: %d of %d starts stuck%s", runs.get(0).hidden, stuck, runs.size(),
                stuck == 0 ? "" : " (seeds " + runs.stream().filter(Run::stuck).map(r -> String.valueOf(r.seed)).toList()
                        + "): their loss stays on a plateau near 0.34 to the last epoch");
    }

    private static List<Map<String, Object>> rows(List<Run> runs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Run r : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seed", r.seed);
            row.put("train_loss", r.trainLoss);
            row.put("train_accuracy", r.trainAccuracy);
            row.put("test_accuracy", r.testAccuracy);
            row.put("stuck", r.stuck());
            rows.add(row);
        }
        return rows;
    }

    /** Every 2-2-1 start's loss per epoch: the stuck ones stay on their plateau. */
    private static void lossCurves(DemoRun run, List<Run> small, int epochs) {
        LineChart chart = LineChart.titled("Seed 003, XOR: 2-2-1 loss per epoch by random state (stuck: dashed)")
                .axes("epoch", "BCE, mean over the epoch (log scale)").logY();
        for (Run r : small) {
            double[] epoch = new double[r.history.size()];
            double[] loss = new double[epoch.length];
            for (int e = 0; e < epoch.length; e++) {
                epoch[e] = e + 1;
                loss[e] = r.history.get(e);
            }
            chart = r.stuck() ? chart.dashed("seed " + r.seed + " (stuck)", epoch, loss)
                    : chart.series("seed " + r.seed, epoch, loss);
        }
        chart.save(run.picture("loss-2-2-1.png"));
    }

    /** Task 14: the boundaries of a stuck and a solved 2-2-1 network and of the wider one, near and far. */
    private static void pictures(DemoRun run, Split split, List<Run> small, List<Run> wide) {
        Run solved = small.stream().filter(r -> !r.stuck()).findFirst().orElseThrow();
        Run stuck = small.stream().filter(Run::stuck).findFirst().orElse(null);
        run.out().println();
        run.printf("Task 14: the decision boundaries; zoomed out to ±%.0f, far beyond the data (within about ±2):", FAR);
        boundary(run, split, solved, false, "boundary-2-2-1.png");
        if (stuck != null) {
            boundary(run, split, stuck, false, "boundary-2-2-1-stuck.png");
        }
        boundary(run, split, wide.get(0), false, "boundary-2-" + WIDE + "-1.png");
        boundary(run, split, solved, true, "zoomed-2-2-1.png");
        boundary(run, split, wide.get(0), true, "zoomed-2-" + WIDE + "-1-seed" + wide.get(0).seed + ".png");
        boundary(run, split, wide.get(1), true, "zoomed-2-" + WIDE + "-1-seed" + wide.get(1).seed + ".png");
        double[][] corners = {{FAR, FAR}, {-FAR, FAR}, {FAR, -FAR}, {-FAR, -FAR}};
        run.printf("  P(class 1) far out, where no data was: the 2-%d-1 networks agree on the data but not here:", WIDE);
        String[] names = new String[corners.length];
        for (int i = 0; i < corners.length; i++) {
            names[i] = String.format(Locale.ROOT, "(%.0f, %.0f)", corners[i][0], corners[i][1]);
        }
        run.printf("  %-12s %14s %14s %14s %14s", "random state", names[0], names[1], names[2], names[3]);
        List<List<Double>> far = new ArrayList<>();
        for (Run r : wide) {
            double[][] p = Seed003Network.withHiddenUnits(WIDE).probabilities(r.params).apply(corners);
            List<Double> row = List.of(p[0][0], p[1][0], p[2][0], p[3][0]);
            far.add(row);
            run.printf("  %-12d %14.3f %14.3f %14.3f %14.3f", r.seed, row.get(0), row.get(1), row.get(2), row.get(3));
        }
        run.printf("  The data says nothing about those corners: each start extends its hidden units' lines its own");
        run.printf("  way, so a model can be trusted only where the training data was.");
        run.result("wide_far_corner_probabilities", far);
    }

    private static void boundary(DemoRun run, Split split, Run r, boolean zoomed, String file) {
        String title = String.format(Locale.ROOT, "Seed 003, XOR: 2-%d-1 from seed %d%s (test %.0f%%)%s", r.hidden,
                r.seed, r.stuck() ? ", stuck" : "", 100 * r.testAccuracy, zoomed ? ", zoomed out" : "");
        BoundaryChart chart = BoundaryChart.titled(title)
                .probabilities(Seed003Network.withHiddenUnits(r.hidden).probabilities(r.params))
                .points("training", split.train().x(), split.train().labels())
                .testPoints("test", split.test().x(), split.test().labels());
        (zoomed ? chart.range(-FAR, FAR, -FAR, FAR) : chart).save(run.picture(file));
        run.printf("  %s", file);
    }
}
