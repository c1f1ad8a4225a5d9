package dev.chainrule.demos.train;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.demos.cli.UsageError;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropyWithLogits;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.MeanSquaredError;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.train.Targets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The network {@code chainrule train} builds: layer sizes, hidden activation, output and loss, resolved from the
 * options and the training data (what was not given is chosen from the data) and checked against it. Classifiers
 * train on their logits with the fused, stable loss ({@code sigmoid} + {@code bce} is BCE on logits, {@code softmax}
 * + {@code ce} is cross-entropy on logits) and are saved with their output activation, so that a saved model gives
 * probabilities.
 *
 * @param sizes   input, hidden and output sizes
 * @param hidden  the activation after each hidden layer
 * @param output  sigmoid, softmax or identity
 * @param loss    bce, ce or mse
 * @param classes the number of classes (0 for regression)
 */
record Network(int[] sizes, Activation hidden, String output, String loss, int classes) {
    static final List<String> ACTIVATIONS = List.of("tanh", "sigmoid", "relu", "leaky_relu");
    static final List<String> OUTPUTS = List.of("sigmoid", "softmax", "identity");
    static final List<String> LOSSES = List.of("bce", "ce", "mse");

    /**
     * The network for {@code data}: {@code layers}, {@code output} and {@code loss} as given, or, when null, chosen
     * from the data — whole-number labels 0/1 make a sigmoid/BCE classifier, 0…k−1 a softmax/cross-entropy one,
     * anything else a regression with MSE; one hidden layer of 10.
     */
    static Network resolve(Dataset data, String layers, String activation, String output, String loss) {
        if (!ACTIVATIONS.contains(activation)) {
            throw new UsageError("--activation " + activation + ": one of " + String.join(", ", ACTIVATIONS));
        }
        if (output != null && !OUTPUTS.contains(output)) {
            throw new UsageError("--output " + output + ": one of " + String.join(", ", OUTPUTS));
        }
        if (loss != null && !LOSSES.contains(loss)) {
            throw new UsageError("--loss " + loss + ": one of " + String.join(", ", LOSSES));
        }
        boolean labels = data.hasIntegerLabels();
        int k = labels ? distinctLabels(data) : 0;
        int lastGiven = layers == null ? 0 : parseSizes(layers)[parseSizes(layers).length - 1];
        String out = output != null ? output : loss != null ? defaultOutput(loss, k) : !labels ? "identity"
                : lastGiven > 1 || k > 2 ? "softmax" : "sigmoid";
        String l = loss != null ? loss : switch (out) {
            case "sigmoid" -> "bce";
            case "softmax" -> "ce";
            default -> "mse";
        };
        checkPair(out, l);
        boolean classifier = !(out.equals("identity") && l.equals("mse"));
        int classes = classifier ? checkLabels(data, out.equals("sigmoid") && !l.equals("mse") ? 2 : 0) : 0;
        // (a softmax may have more outputs than the labels use; see below)
        int width = out.equals("sigmoid") ? 1 : classifier ? Math.max(2, classes) : 1;
        int[] sizes = layers != null ? parseSizes(layers) : new int[] {data.features(), 10, width};
        if (sizes[0] != data.features()) {
            throw new UsageError("--layers " + layers + ": the data has " + data.features() + " features, so the first size"
                    + " must be " + data.features());
        }
        if (out.equals("softmax") && sizes[sizes.length - 1] > width) {
            width = sizes[sizes.length - 1];     // more outputs than the labels use: classes that never occur
            classes = width;
        }
        if (sizes[sizes.length - 1] != width) {
            throw new UsageError("--layers " + (layers == null ? Arrays.toString(sizes) : layers) + ": a " + out + " output"
                    + (classifier ? " for " + classes + " classes" : "") + " needs a last size of " + width);
        }
        Activation h = switch (activation) {
            case "tanh" -> Activation.TANH;
            case "sigmoid" -> Activation.SIGMOID;
            case "relu" -> Activation.RELU;
            default -> Activation.leakyRelu();
        };
        return new Network(sizes, h, out, l, classes);
    }

    private static String defaultOutput(String loss, int k) {
        return switch (loss) {
            case "bce" -> "sigmoid";
            case "ce" -> "softmax";
            default -> k > 0 ? (k <= 2 ? "sigmoid" : "softmax") : "identity";
        };
    }

    private static void checkPair(String output, String loss) {
        if (loss.equals("bce") && !output.equals("sigmoid")) {
            throw new UsageError("--loss bce needs --output sigmoid (a probability per sample), not " + output);
        }
        if (loss.equals("ce") && output.equals("sigmoid")) {
            throw new UsageError("--loss ce needs --output softmax (or identity for logits), not sigmoid; use --loss bce"
                    + " for one sigmoid output");
        }
    }

    /** The number of classes, after checking that the labels are the whole numbers 0…k−1 ({@code required} if > 0). */
    private static int checkLabels(Dataset data, int required) {
        if (!data.hasIntegerLabels()) {
            for (int i = 0; i < data.size(); i++) {
                if (data.y(i) != Math.rint(data.y(i))) {
                    throw new UsageError("a classifier needs labels that are whole numbers 0…k−1, but sample " + i
                            + " has the label " + data.y(i) + " (for real-valued targets use --output identity --loss mse)");
                }
            }
        }
        int max = 0;
        for (int i = 0; i < data.size(); i++) {
            int y = (int) data.y(i);
            if (y < 0) {
                throw new UsageError("a classifier needs labels 0…k−1, but sample " + i + " has the label " + y);
            }
            max = Math.max(max, y);
        }
        int k = max + 1;
        if (required > 0 && k > required) {
            throw new UsageError("a sigmoid output separates 2 classes, 0 and 1, but the labels go up to " + max
                    + " (use --output softmax --loss ce)");
        }
        return required > 0 ? required : k;
    }

    private static int distinctLabels(Dataset data) {
        TreeSet<Double> seen = new TreeSet<>();
        for (int i = 0; i < data.size() && seen.size() <= 1000; i++) {
            seen.add(data.y(i));
        }
        return seen.isEmpty() ? 0 : (int) Math.max(seen.last() + 1, seen.size());
    }

    private static int[] parseSizes(String text) {
        String[] parts = text.split(",");
        if (parts.length < 2) {
            throw new UsageError("--layers " + text + ": at least an input and an output size, e.g. 2,10,1");
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UsageError("--layers " + text + ": '" + parts[i].strip() + "' is not a whole number");
            }
            if (sizes[i] < 1 || sizes[i] > 100_000) {
                throw new UsageError("--layers " + text + ": every size must be between 1 and 100000");
            }
        }
        return sizes;
    }

    /** Whether it classifies (else it regresses). */
    boolean classifier() {
        return classes > 0;
    }

    /** The network as trained: with the output activation, unless the loss works on logits. */
    Sequential training() {
        return mlp(onLogits() ? Activation.IDENTITY : activation(output));
    }

    /** The network as saved and used to predict: with its output activation. */
    Sequential saved() {
        return mlp(activation(output));
    }

    /** The loss, on the training network's output. */
    Loss lossFunction() {
        return switch (loss) {
            case "bce" -> new BinaryCrossEntropyWithLogits();
            case "ce" -> new SoftmaxCrossEntropy();
            default -> new MeanSquaredError();
        };
    }

    /** What the targets of the data mean to the loss. */
    Targets targets() {
        if (!classifier()) {
            return Targets.values();
        }
        return sizes[sizes.length - 1] == 1 ? Targets.binary() : Targets.oneHot(sizes[sizes.length - 1]);
    }

    private boolean onLogits() {
        return loss.equals("bce") || loss.equals("ce") && output.equals("softmax");
    }

    private Sequential mlp(Activation last) {
        return MLP.sizes(sizes).layout(Layout.SAMPLES_AS_ROWS).hidden(hidden).output(last).build();
    }

    private static Activation activation(String name) {
        return switch (name) {
            case "sigmoid" -> Activation.SIGMOID;
            case "softmax" -> Activation.SOFTMAX;
            default -> Activation.IDENTITY;
        };
    }

    /** {@code 2-10-1 tanh → sigmoid, BCE}. */
    String describe() {
        List<String> s = new ArrayList<>();
        for (int n : sizes) {
            s.add(Integer.toString(n));
        }
        return String.join("-", s) + " " + hidden.describe().toLowerCase(Locale.ROOT) + " → " + output + ", "
                + loss.toUpperCase(Locale.ROOT);
    }
}
