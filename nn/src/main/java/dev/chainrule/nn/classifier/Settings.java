package dev.chainrule.nn.classifier;

import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.optim.Adam;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.Optimizer;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.optim.Solver;
import java.util.Arrays;
import java.util.List;

/**
 * The hyper-parameters of an {@link MLPClassifier}, with scikit-learn's names: an immutable value, checked when it
 * is made (each message names the setting as {@code MLPClassifier}'s method does).
 *
 * @param hidden        the sizes of the hidden layers
 * @param activation    {@code relu}, {@code tanh}, {@code logistic} or {@code identity}
 * @param solver        {@code sgd}, {@code adam} or {@code lbfgs}
 * @param alpha         the L2 penalty strength
 * @param learningRate  the learning rate of sgd and adam
 * @param maxIter       epochs (sgd, adam) or iterations (lbfgs)
 * @param tol           the tolerance of early stopping (sgd, adam) or of the gradient (lbfgs)
 * @param seed          the seed of the NumPy-compatible generator
 * @param batchSize     samples per mini-batch; 0 for {@code auto}, {@code min(200, n)}
 * @param momentum      sgd's (Nesterov) momentum
 * @param nIterNoChange epochs without improvement before sgd or adam stops
 */
record Settings(List<Integer> hidden, String activation, String solver, double alpha, double learningRate, int maxIter,
                double tol, long seed, int batchSize, double momentum, int nIterNoChange) {
    private static final List<String> SOLVERS = List.of("sgd", "adam", "lbfgs");

    Settings {
        hidden = List.copyOf(hidden);
        if (hidden.stream().anyMatch(size -> size <= 0)) {
            throw new IllegalArgumentException("hiddenLayerSizes: every size must be positive, got " + hidden);
        }
        activationLayer(activation);
        if (solver == null || !SOLVERS.contains(solver)) {
            throw new IllegalArgumentException("solver: must be sgd, adam or lbfgs, got '" + solver + "'");
        }
        Optimizer.nonNegative("alpha", alpha);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRateInit: must be a finite number > 0, got " + learningRate);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter: must be >= 1, got " + maxIter);
        }
        Optimizer.nonNegative("tol", tol);
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize: must be >= 1 (or 0 for auto), got " + batchSize);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum: must be in [0, 1), got " + momentum);
        }
        if (nIterNoChange < 1) {
            throw new IllegalArgumentException("nIterNoChange: must be >= 1, got " + nIterNoChange);
        }
    }

    /** scikit-learn's defaults: one hidden layer of 100 ReLU units, Adam, alpha 1e-4, 200 iterations (seed 0). */
    static Settings defaults() {
        return new Settings(List.of(100), "relu", "adam", 1e-4, 1e-3, 200, 1e-4, 0, 0, 0.9, 10);
    }

    Settings withHidden(int... sizes) {
        return new Settings(Arrays.stream(sizes).boxed().toList(), activation, solver, alpha, learningRate, maxIter, tol,
                seed, batchSize, momentum, nIterNoChange);
    }

    Settings withActivation(String name) {
        return new Settings(hidden, name, solver, alpha, learningRate, maxIter, tol, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withSolver(String name) {
        return new Settings(hidden, activation, name, alpha, learningRate, maxIter, tol, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withAlpha(double a) {
        return new Settings(hidden, activation, solver, a, learningRate, maxIter, tol, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withLearningRate(double rate) {
        return new Settings(hidden, activation, solver, alpha, rate, maxIter, tol, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withMaxIter(int n) {
        return new Settings(hidden, activation, solver, alpha, learningRate, n, tol, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withTol(double t) {
        return new Settings(hidden, activation, solver, alpha, learningRate, maxIter, t, seed, batchSize, momentum, nIterNoChange);
    }

    Settings withSeed(long s) {
        return new Settings(hidden, activation, solver, alpha, learningRate, maxIter, tol, s, batchSize, momentum, nIterNoChange);
    }

    Settings withBatchSize(int size) {
        return new Settings(hidden, activation, solver, alpha, learningRate, maxIter, tol, seed, size, momentum, nIterNoChange);
    }

    Settings withMomentum(double m) {
        return new Settings(hidden, activation, solver, alpha, learningRate, maxIter, tol, seed, batchSize, m, nIterNoChange);
    }

    Settings withNIterNoChange(int n) {
        return new Settings(hidden, activation, solver, alpha, learningRate, maxIter, tol, seed, batchSize, momentum, n);
    }

    /** The hidden layers' activation. */
    Activation activationLayer() {
        return activationLayer(activation);
    }

    /** scikit-learn's Glorot-uniform initialisation: factor 2 for logistic units, else 6 (weights and biases). */
    Initializer initializer() {
        return Initializer.xavierUniform(activation.equals("logistic") ? 2.0 : 6.0);
    }

    /** The solver: full-batch L-BFGS with scikit-learn's {@code max_fun} and {@code gtol = tol}, Adam, or SGD. */
    Solver makeSolver() {
        return switch (solver) {
            case "lbfgs" -> new LBFGS(10, 15000, tol, 0.0);
            case "adam" -> new Adam(learningRate);
            default -> new SGD(learningRate, momentum, momentum > 0);
        };
    }

    private static Activation activationLayer(String name) {
        return switch (name == null ? "null" : name) {
            case "relu" -> Activation.RELU;
            case "tanh" -> Activation.TANH;
            case "logistic" -> Activation.SIGMOID;
            case "identity" -> Activation.IDENTITY;
            default -> throw new IllegalArgumentException("activation: must be relu, tanh, logistic or identity, got '"
                    + name + "'");
        };
    }
}
