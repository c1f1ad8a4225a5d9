package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.split.Split;
import dev.chainrule.demos.plot.BoundaryChart;
import dev.chainrule.demos.plot.LineChart;
import dev.chainrule.nn.classifier.MLPClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003 section 2, Task 11: scikit-learn's {@code MLPClassifier} with the same 2-2-1 architecture
 * ({@code hidden_layer_sizes=(2,)}, {@code activation="logistic"}) on the same data as {@code seed003-backprop}, with
 * each solver — lbfgs, sgd and adam — first at scikit-learn's defaults, then with the settings the document's hint
 * points at changed ({@code learning_rate_init}, {@code n_iter_no_change}, {@code max_iter}): a table of iterations,
 * loss and accuracies, the loss curves, and a boundary picture per solver; then the changed settings over several
 * random states, since a 2-2-1 network can still end on the plateau.
 *
 * <pre>{@code
 * ./chainrule demo seed003-sklearn
 * }</pre>
 */
final class Seed003Sklearn implements Demo {
    static final List<String> SOLVERS = List.of("lbfgs", "sgd", "adam");
    static final long RANDOM_STATE = 0;
    /** The changed settings: a larger step, more patience on the plateau, more epochs. */
    static final double LEARNING_RATE = 0.05;
    static final int PATIENCE = 100;
    static final int MAX_ITER = 1000;
    /** scikit-learn's default {@code max_iter}. */
    static final int DEFAULT_MAX_ITER = 200;
    static final String CHANGED = "learning_rate_init=" + LEARNING_RATE + ", n_iter_no_change=" + PATIENCE
            + ", max_iter=" + MAX_ITER;

    /** One fit: the solver, whether with changed settings, and what came out. */
    record Fit(String solver, boolean changed, long randomState, MLPClassifier classifier, double trainAccuracy,
               double testAccuracy) {
        double loss() {
            List<Double> curve = classifier.lossCurve();
            return curve.get(curve.size() - 1);
        }

        String settings() {
            return changed ? CHANGED : "defaults";
        }
    }

    @Override
    public String name() {
        return "seed003-sklearn";
    }

    @Override
    public String summary() {
        return "seed 003 Task 11: MLPClassifier 2-2-1 (logistic) with solvers lbfgs, sgd, adam - defaults and"
                + " changed settings, as a table";
    }

    @Override
    public void run(DemoRun run) throws Exception {
        Split split = Seed003Data.split();
        run.data(split.train(), split.test());
        int states = run.choose(5, 3);
        run.setting("data", Seed003Data.recipe()).setting("classifier",
                        "MLPClassifier(hidden_layer_sizes=(2,), activation='logistic', solver=..., random_state=...)")
                .setting("changed_settings", CHANGED).setting("random_state", RANDOM_STATE)
                .setting("random_states_compared", states);
        run.printf("Task 11: MLPClassifier(hidden_layer_sizes=(2,), activation='logistic', random_state=%d) on the",
                RANDOM_STATE);
        run.printf("seed003-backprop data (%d training, %d test points; %s).", split.train().size(),
                split.test().size(), "scikit-learn's sgd uses batches of min(200, n) samples: here all of them");
        List<Fit> fits = new ArrayList<>();
        for (boolean changed : new boolean[] {false, true}) {
            for (String solver : SOLVERS) {
                fits.add(fit(solver, changed, RANDOM_STATE, split));
            }
        }
        table(run, fits);
        for (Fit f : fits) {
            if (f.changed) {
                boundary(run, f, split);
            }
        }
        lossCurves(run, fits);
        randomStates(run, split, states);
    }

    static Fit fit(String solver, boolean changed, long randomState, Split split) {
        MLPClassifier c = new MLPClassifier().hiddenLayerSizes(2).activation("logistic").solver(solver)
                .randomState(randomState);
        if (changed) {
            c = c.learningRateInit(LEARNING_RATE).nIterNoChange(PATIENCE).maxIter(MAX_ITER);
        }
        Dataset train = split.train();
        Dataset test = split.test();
        MLPClassifier fitted = c.fit(train.x(), train.labels());
        return new Fit(solver, changed, randomState, fitted, fitted.score(train.x(), train.labels()),
                fitted.score(test.x(), test.labels()));
    }

    private static void table(DemoRun run, List<Fit> fits) {
        run.out().println();
        run.printf("  %-6s %-58s %10s %10s %9s %9s", "solver", "settings", "iterations", "loss", "train", "test");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Fit f : fits) {
            boolean hitLimit = f.classifier.iterations() == (f.changed ? MAX_ITER : DEFAULT_MAX_ITER) && !f.solver.equals("lbfgs");
            run.printf("  %-6s %-58s %10s %10.5f %8.1f%% %8.1f%%", f.solver, f.settings(),
                    f.classifier.iterations() + (hitLimit ? "*" : ""), f.loss(), 100 * f.trainAccuracy,
                    100 * f.testAccuracy);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("solver", f.solver);
            row.put("settings", f.settings());
            row.put("iterations", f.classifier.iterations());
            row.put("loss", f.loss());
            row.put("train_accuracy", f.trainAccuracy);
            row.put("test_accuracy", f.testAccuracy);
            rows.add(row);
        }
        run.printf("  * stopped at max_iter (scikit-learn warns: ConvergenceWarning); the others stopped when the loss");
        run.printf("    had not improved by tol = 1e-4 for n_iter_no_change epochs (sgd, adam) or by L-BFGS's tolerances.");
        run.printf("  At the defaults sgd and adam sit on the plateau where ŷ ≈ 0.5 for every point (loss ≈ ln 2 = 0.693):");
        run.printf("  with learning_rate_init = 0.001 the loss hardly moves, so early stopping ends them after");
        run.printf("  10 epochs without improvement, or max_iter does; lbfgs, which steps by curvature, needs neither.");
        run.printf("  Following the hint (\"change the default values of max_iter, tol, ...\") with");
        run.printf("  %s, all three separate the classes.", CHANGED);
        run.printf("  (sgd and adam give scikit-learn 1.2.1's n_iter_ and loss_ on the same data, to 7 digits; its lbfgs");
        run.printf("  is scipy's L-BFGS-B, whose line search steps differently: the same accuracies, other iteration counts.)");
        run.result("table", rows);
    }

    private static void boundary(DemoRun run, Fit f, Split split) {
        String file = "boundary-" + f.solver + ".png";
        BoundaryChart.titled(String.format(Locale.ROOT, "Seed 003: MLPClassifier 2-2-1, %s (test %.0f%%)",
                        f.solver, 100 * f.testAccuracy))
                .classNames(Seed003Data.CLASS_NAMES)
                .probabilities(points -> probabilityOfClass1(f.classifier, points))
                .points("training", split.train().x(), split.train().labels())
                .testPoints("test", split.test().x(), split.test().labels())
                .save(run.picture(file));
    }

    /** The second column of {@code predictProba}: P(y = 1), the one column a binary boundary picture takes. */
    private static double[][] probabilityOfClass1(MLPClassifier c, double[][] points) {
        double[][] proba = c.predictProba(points);
        double[][] p = new double[proba.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {proba[i][1]};
        }
        return p;
    }

    private static void lossCurves(DemoRun run, List<Fit> fits) {
        LineChart chart = LineChart.titled("Seed 003: MLPClassifier 2-2-1, loss per iteration")
                .axes("iteration (epoch for sgd and adam)", "loss (log scale)").logY();
        for (Fit f : fits) {
            if (!(f.changed && f.solver.equals("lbfgs"))) {          // lbfgs's changed run is its default run
                chart = chart.series(f.solver + (f.changed ? ", changed settings" : ", defaults"),
                        f.classifier.lossCurve());
            }
        }
        chart.save(run.picture("loss.png"));
    }

    /** The changed settings from several random states: which starts still end on the plateau. */
    private static void randomStates(DemoRun run, Split split, int states) {
        run.out().println();
        run.printf("The changed settings from random_state 0 to %d (test accuracy; < 90%% is stuck):", states - 1);
        run.printf("  %-13s %s", "random_state", String.join("", SOLVERS.stream().map(s -> String.format("%9s", s)).toList()));
        Map<String, List<Double>> bySolver = new LinkedHashMap<>();
        for (long state = 0; state < states; state++) {
            StringBuilder line = new StringBuilder(String.format("  %-13d ", state));
            for (String solver : SOLVERS) {
                double accuracy = fit(solver, true, state, split).testAccuracy;
                bySolver.computeIfAbsent(solver, s -> new ArrayList<>()).add(accuracy);
                line.append(String.format(Locale.ROOT, "%8.1f%%", 100 * accuracy));
            }
            run.out().println(line);
        }
        run.result("test_accuracy_by_random_state", bySolver);
    }
}
