package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.Panels;
import dev.chainrule.demos.plot.ScatterChart;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.train.EpochEnd;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seed 003 Task 10: the hidden representation. Each training point {@code (x1, x2)} is also the point
 * {@code (z1, z2)} of the hidden units' values; the pictures show the data beside its hidden picture at several epochs
 * (all in the square [0, 1]², where sigmoid units live), and the output unit over (z1, z2) after training: there the
 * two classes are split by the single line {@code w30 + w31 z1 + w32 z2 = 0}, which in (x1, x2) took two.
 *
 * <pre>{@code
 * Seed003Hidden.Snapshots snapshots = new Seed003Hidden.Snapshots(start, epochs);
 * TrainingResult r = net.train(start, train, test, 0.5, epochs, snapshots::record);
 * Seed003Hidden.picture(run, net, snapshots, train);     // hidden.png, hidden-output.png
 * }</pre>
 */
final class Seed003Hidden {
    /**
     * The epochs pictured (those not beyond the training's last, which is pictured too); 0 is the start. From the
     * document's small random weights ({@code RandomState(0)}) the network sits on a plateau (50%) until epoch 13 and
     * leaves it in epochs 14–17: these are pictured one by one.
     */
    static final int[] EPOCHS = {0, 14, 15, 16, 17, 20};

    private Seed003Hidden() {
    }

    /** The parameters at the pictured epochs, recorded by the trainer's callback. */
    static final class Snapshots {
        private final Map<Integer, Params> byEpoch = new TreeMap<>();
        private final int last;

        Snapshots(Params start, int epochs) {
            this.last = epochs;
            byEpoch.put(0, start);
        }

        /** The trainer's callback: keeps the parameters after a pictured epoch. */
        void record(EpochEnd end) {
            for (int e : EPOCHS) {
                if (e == end.epoch()) {
                    byEpoch.put(e, end.params());
                }
            }
            if (end.epoch() == last) {
                byEpoch.put(last, end.params());
            }
        }

        /** The parameters after {@code epoch}, which must be one recorded. */
        Params at(int epoch) {
            Params p = byEpoch.get(epoch);
            if (p == null) {
                throw new IllegalArgumentException("no parameters recorded after epoch " + epoch + "; recorded: "
                        + byEpoch.keySet());
            }
            return p;
        }

        /** The recorded parameters by epoch, in order. */
        SortedMap<Integer, Params> all() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(byEpoch));
        }
    }

    /** {@code hidden.png}: (x1, x2) beside (z1, z2) by epoch; {@code hidden-output.png}: the output unit over (z1, z2). */
    static void picture(DemoRun run, Seed003Network net, Snapshots snapshots, Dataset train) {
        int[] labels = train.labels();
        double[][] x = train.x();
        Panels panels = Panels.titled("Seed 003: the data (x1, x2) and its hidden values (z1, z2) by epoch")
                .columns(4).add(ScatterChart.titled("the data (x1, x2)").axes("x1", "x2").points(x, labels)
                        .classNames(Seed003Data.CLASS_NAMES));
        run.out().println();
        run.printf("Task 10: the hidden representation (z1, z2) of the training data, by epoch (hidden.png):");
        run.printf("  %6s  %18s  %s", "epoch", "training accuracy", "z1 and z2 lie in");
        for (Map.Entry<Integer, Params> e : snapshots.all().entrySet()) {
            double[][] z = net.hidden(e.getValue(), x);
            double accuracy = net.accuracy(e.getValue(), train);
            run.printf("  %6d  %17.1f%%  %s", e.getKey(), 100 * accuracy, extent(z));
            String when = e.getKey() == 0 ? "before training" : "after epoch " + e.getKey();
            panels = panels.add(ScatterChart.titled(String.format(Locale.ROOT, "%s (%.0f%%)", when, 100 * accuracy))
                    .axes("z1", "z2").range(-0.05, 1.05, -0.05, 1.05).points(z, labels).classNames(Seed003Data.CLASS_NAMES));
        }
        panels.save(run.picture("hidden.png"));
        int last = snapshots.all().lastKey();
        Params trained = snapshots.at(last);
        double[] out = net.outputUnit(trained);
        run.printf("  At first every point has z near (0.5, 0.5); training pulls the three clusters to three corners,");
        run.printf("  where the classes are split by one line: the output unit's w30 + w31 z1 + w32 z2 = 0 with");
        run.printf("  w30 = %.3f, w31 = %.3f, w32 = %.3f (hidden-output.png).", out[0], out[1], out[2]);
        BoundaryChart.titled("Seed 003: the output unit over the hidden values, after " + last + " epochs")
                .axes("z1", "z2").range(-0.05, 1.05, -0.05, 1.05).classNames(Seed003Data.CLASS_NAMES)
                .probabilities(net.outputOverHidden(trained)).points("training", net.hidden(trained, x), labels)
                .line("output unit: a3 = 0", out[0], out[1], out[2]).save(run.picture("hidden-output.png"));
        run.result("hidden_epochs", List.copyOf(snapshots.all().keySet()));
    }

    /** {@code [lo, hi]} of each column of {@code z}. */
    private static String extent(double[][] z) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < z[0].length; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : z) {
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "z%d in [%.3f, %.3f]", j + 1, lo, hi));
        }
        return sb.toString();
    }
}
