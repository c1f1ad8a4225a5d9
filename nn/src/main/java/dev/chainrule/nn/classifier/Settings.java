package dev.chainrule.nn.classifier;

import dev.chainrule.nn.layers.Activation;
import java.util.function.Consumer;

/** The hyper-parameters of an {@link MLPClassifier}, copied on every change. */
final class Settings implements Cloneable {
    static final Settings DEFAULTS = new Settings();

    int[] hidden = {100};
    String activation = "relu";
    String solver = "adam";
    double alpha = 1e-4;
    double learningRate = 1e-3;
    int maxIter = 200;
    double tol = 1e-4;
    long seed;
    int batchSize;
    double momentum = 0.9;
    int nIterNoChange = 10;

    /** A copy with {@code change} applied. */
    Settings with(Consumer<Settings> change) {
        try {
            Settings copy = (Settings) clone();
            copy.hidden = hidden.clone();
            change.accept(copy);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    static Activation activationLayer(String name) {
        return switch (name) {
            case "relu" -> Activation.RELU;
            case "tanh" -> Activation.TANH;
            case "logistic" -> Activation.SIGMOID;
            case "identity" -> Activation.IDENTITY;
            default -> throw new IllegalArgumentException("activation: must be relu, tanh, logistic or identity, got '"
                    + name + "'");
        };
    }
}
