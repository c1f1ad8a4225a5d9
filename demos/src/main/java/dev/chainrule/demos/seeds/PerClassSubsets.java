package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 000's data for Exercises 2–4, "class-specific subsets with different {@code n_clusters_per_class}, combined":
 * class {@code k}'s samples are the samples of class {@code k} from a {@code make_classification} run of its own, with
 * its own number of clusters per class and its own random state ({@code n_informative} = all features,
 * {@code n_redundant=0}, {@code flip_y=0} so that a subset holds only its own class); the subsets are stacked class 0
 * first. Each run draws {@code classes × perClass} samples, so class {@code k} gets exactly {@code perClass}.
 *
 * <pre>{@code
 * PerClassSubsets ex2 = new PerClassSubsets(500, 2, List.of(1, 2), List.of(0L, 3L));
 * Dataset d = ex2.generate();          // 1000 samples: class 0 in one cluster, class 1 in two
 * ex2.recipe();                        // the same, as Python with scikit-learn
 * }</pre>
 *
 * <p>Where clusters of different classes land is up to the random states (the centres are corners of a hypercube
 * of side 2, and a run with other states may put a cluster of one class on a corner that another class's run also
 * used): the states are part of the recipe.
 *
 * @param perClass         samples of each class
 * @param features         features, all informative
 * @param clustersPerClass the {@code n_clusters_per_class} of class {@code k}'s run, one per class
 * @param randomStates     the {@code random_state} of class {@code k}'s run, one per class
 */
record PerClassSubsets(int perClass, int features, List<Integer> clustersPerClass, List<Long> randomStates) {
    PerClassSubsets {
        if (clustersPerClass.size() != randomStates.size() || clustersPerClass.size() < 2) {
            throw new IllegalArgumentException("per-class subsets: one number of clusters and one random state per"
                    + " class, for at least 2 classes; got " + clustersPerClass.size() + " and " + randomStates.size());
        }
        clustersPerClass = List.copyOf(clustersPerClass);
        randomStates = List.copyOf(randomStates);
    }

    int classes() {
        return clustersPerClass.size();
    }

    /** The {@code make_classification} run whose class-{@code k} samples are class {@code k}'s. */
    MakeClassification run(int k) {
        return MakeClassification.of(classes() * perClass, features).withInformative(features).withRedundant(0)
                .withClasses(classes()).withClustersPerClass(clustersPerClass.get(k)).withFlipY(0);
    }

    /** The samples, class 0's subset first. */
    Dataset generate() {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int k = 0; k < classes(); k++) {
            Dataset all = run(k).generate(randomStates.get(k));
            int[] labels = all.labels();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == k) {
                    x.add(all.row(i));
                    y.add(k);
                }
            }
        }
        return Dataset.of(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The recipe as Python with scikit-learn, one line each (the {@code compare_seed000.py} test script runs it). */
    List<String> recipe() {
        List<String> lines = new ArrayList<>();
        String[] parts = new String[classes()];
        for (int k = 0; k < classes(); k++) {
            lines.add(String.format(Locale.ROOT, "X%d, y%d = make_classification(n_samples=%d, n_features=%d,"
                            + " n_informative=%d, n_redundant=0, n_classes=%d, n_clusters_per_class=%d, flip_y=0,"
                            + " random_state=%d)", k, k, classes() * perClass, features, features, classes(),
                    clustersPerClass.get(k), randomStates.get(k)));
            parts[k] = "X" + k + "[y" + k + " == " + k + "]";
        }
        lines.add("X = np.vstack([" + String.join(", ", parts) + "])   # class k: the class-k samples of run k");
        lines.add("y = np.repeat(np.arange(" + classes() + "), " + perClass + ")");
        return lines;
    }
}
