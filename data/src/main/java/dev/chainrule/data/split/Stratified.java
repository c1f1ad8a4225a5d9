package dev.chainrule.data.split;

import dev.chainrule.data.random.RandomState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/** scikit-learn's {@code StratifiedShuffleSplit} (one split), with the same draws. Package-private. */
final class Stratified {
    private Stratified() {
    }

    static SplitIndices split(int[] labels, int nTrain, int nTest, RandomState rng) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        int classes = byClass.size();
        int[][] classIndices = new int[classes][];
        int[] counts = new int[classes];
        int c = 0;
        for (var e : byClass.entrySet()) {
            classIndices[c] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            counts[c] = classIndices[c].length;
            if (counts[c] < 2) {
                throw new IllegalArgumentException("train_test_split: stratifying needs at least 2 samples of every"
                        + " class, but class " + e.getKey() + " has only 1");
            }
            c++;
        }
        if (nTrain < classes) {
            throw new IllegalArgumentException("train_test_split: stratifying needs at least one training sample per"
                    + " class: " + nTrain + " training samples for " + classes + " classes");
        }
        if (nTest < classes) {
            throw new IllegalArgumentException("train_test_split: stratifying needs at least one test sample per"
                    + " class: " + nTest + " test samples for " + classes + " classes");
        }
        int[] trainPerClass = approximateMode(counts, nTrain, rng);
        int[] remaining = new int[classes];
        for (int i = 0; i < classes; i++) {
            remaining[i] = counts[i] - trainPerClass[i];
        }
        int[] testPerClass = approximateMode(remaining, nTest, rng);
        int[] train = new int[0];
        int[] test = new int[0];
        for (int i = 0; i < classes; i++) {
            int[] perm = rng.permutation(counts[i]);
            int[] rows = new int[perm.length];
            for (int k = 0; k < perm.length; k++) {
                rows[k] = classIndices[i][perm[k]];
            }
            train = concat(train, Arrays.copyOfRange(rows, 0, trainPerClass[i]));
            test = concat(test, Arrays.copyOfRange(rows, trainPerClass[i], trainPerClass[i] + testPerClass[i]));
        }
        return new SplitIndices(rng.shuffle(train), rng.shuffle(test));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * {@code _approximate_mode}: how many of {@code draws} samples each class gets. Each class first gets the floor
     * of its proportional share {@code count / total · draws}; the samples still missing go to the classes with
     * the largest remainders, and among classes with equal remainders to a random subset
     * ({@code choice(tied, k, replace=False)}).
     */
    static int[] approximateMode(int[] counts, int draws, RandomState rng) {
        long total = 0;
        for (int v : counts) {
            total += v;
        }
        double[] continuous = new double[counts.length];
        double[] floored = new double[counts.length];
        double flooredSum = 0;
        for (int i = 0; i < counts.length; i++) {
            continuous[i] = (double) counts[i] / total * draws;
            floored[i] = Math.floor(continuous[i]);
            flooredSum += floored[i];
        }
        int needToAdd = (int) (draws - flooredSum);
        if (needToAdd > 0) {
            double[] remainder = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                remainder[i] = continuous[i] - floored[i];
            }
            double[] values = Arrays.stream(remainder).distinct().sorted().toArray();
            for (int v = values.length - 1; v >= 0 && needToAdd > 0; v--) {
                double value = values[v];
                int[] tied = java.util.stream.IntStream.range(0, counts.length).filter(i -> remainder[i] == value)
                        .toArray();
                int addNow = Math.min(tied.length, needToAdd);
                for (int i : rng.choice(tied, addNow, false)) {
                    floored[i] += 1;
                }
                needToAdd -= addNow;
            }
        }
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = (int) floored[i];
        }
        return out;
    }
}
