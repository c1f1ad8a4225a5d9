package dev.chainrule.demos.seeds;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeBlobs;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;

/**
 * Seed 003's Figure 1, made: the document shows its training data (red and blue dots) only as a picture, and its
 * Tasks 1–3 say what it is like — one perceptron cannot separate the two colours, two lines can, so a 2-2-1 network
 * suits it. The data made here is such a set: a red group (y = 1) between two clusters of blue dots (y = 0), on a
 * line, so that every straight line leaves dots of one colour on the other's side, and two parallel lines separate
 * them. It is three Gaussian clusters of {@code make_blobs}, the outer two labelled 0, the middle one 1, split 75/25
 * keeping the class shares.
 *
 * <pre>{@code
 * Split s = Seed003Data.split();       // 150 training and 50 test points
 * Seed003Data.recipe();                // the same in scikit-learn's words
 * }</pre>
 */
final class Seed003Data {
    static final double[][] CENTRES = {{-3, -1.5}, {0, 0}, {3, 1.5}};
    static final int[] COUNTS = {50, 100, 50};
    /** The label of each cluster: the outer ones 0, the middle one 1. */
    static final int[] LABEL_OF_CLUSTER = {0, 1, 0};
    static final double CLUSTER_STD = 0.5;
    static final long SEED = 3;
    static final double TEST_FRACTION = 0.25;
    /** Class 0 is drawn blue and class 1 red (the plots' first two colours). */
    static final String[] CLASS_NAMES = {"blue (y = 0)", "red (y = 1)"};

    private Seed003Data() {
    }

    /** The clusters, labelled 0 and 1, split into training and test data. */
    static Split split() {
        Dataset clusters = MakeBlobs.ofCounts(COUNTS).withCenters(CENTRES).withClusterStd(CLUSTER_STD).generate(SEED);
        int[] cluster = clusters.labels();
        int[] y = new int[cluster.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = LABEL_OF_CLUSTER[cluster[i]];
        }
        return TrainTestSplit.testFraction(TEST_FRACTION).stratified().split(Dataset.of(clusters.x(), y), SEED);
    }

    /** How the data is made, in scikit-learn's words, so a notebook can make the same points. */
    static String recipe() {
        return "X, c = make_blobs(n_samples=[50, 100, 50], centers=[[-3, -1.5], [0, 0], [3, 1.5]], cluster_std=0.5,"
                + " random_state=3); y = [0, 1, 0][c]; train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)";
    }
}
