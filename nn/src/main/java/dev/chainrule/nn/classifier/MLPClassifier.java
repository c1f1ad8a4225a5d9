package dev.chainrule.nn.classifier;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.preprocessing.OneHot;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropyWithLogits;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.Solver;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A scikit-learn style multi-layer perceptron classifier over chainrule's pure pieces: the same parameters as
 * {@code sklearn.neural_network.MLPClassifier} (hidden layer sizes, activation, solver sgd/adam/lbfgs, L2
 * {@code alpha}, initial learning rate, iterations, tolerance, random state, batch size), a logistic output for two
 * classes and softmax for more. It is an {@link MLP} with Glorot-uniform {@link dev.chainrule.nn.init.Initializer}s
 * drawn from a NumPy-compatible {@link RandomState} in scikit-learn's order, trained by the {@link Trainer} on a
 * {@link Dataset} with the chosen {@link Solver} (L-BFGS included). Settings return new classifiers; {@link #fit}
 * returns a fitted one.
 *
 * <pre>{@code
 * MLPClassifier clf = new MLPClassifier().hiddenLayerSizes(10).activation("tanh").solver("lbfgs").randomState(42)
 *         .fit(X, y);
 * clf.predict(X);          // class labels
 * clf.predictProba(X);     // one row of probabilities per sample
 * clf.score(X, y);         // accuracy
 * clf.lossCurve();         // loss per iteration
 * }</pre>
 */
public final class MLPClassifier {
    private final Settings s;
    private final Fitted fitted;

    /** scikit-learn's defaults: one hidden layer of 100 ReLU units, Adam, alpha 1e-4, 200 iterations. */
    public MLPClassifier() {
        this(Settings.defaults(), null);
    }

    private MLPClassifier(Settings s, Fitted fitted) {
        this.s = s;
        this.fitted = fitted;
    }

    /** What {@code fit} learnt. */
    private record Fitted(Sequential model, Params params, int[] classes, int features, List<Double> lossCurve, int iterations) {
    }

    public MLPClassifier hiddenLayerSizes(int... sizes) {
        return new MLPClassifier(s.withHidden(sizes), null);
    }

    /** {@code relu}, {@code tanh}, {@code logistic} or {@code identity}. */
    public MLPClassifier activation(String name) {
        return new MLPClassifier(s.withActivation(name), null);
    }

    /** {@code sgd}, {@code adam} or {@code lbfgs}. */
    public MLPClassifier solver(String name) {
        return new MLPClassifier(s.withSolver(name), null);
    }

    /** The L2 penalty strength, {@code >= 0}. */
    public MLPClassifier alpha(double alpha) {
        return new MLPClassifier(s.withAlpha(alpha), null);
    }

    /** The learning rate of sgd and adam, {@code > 0}. */
    public MLPClassifier learningRateInit(double rate) {
        return new MLPClassifier(s.withLearningRate(rate), null);
    }

    /** Epochs for sgd/adam, iterations for lbfgs. */
    public MLPClassifier maxIter(int n) {
        return new MLPClassifier(s.withMaxIter(n), null);
    }

    public MLPClassifier tol(double tol) {
        return new MLPClassifier(s.withTol(tol), null);
    }

    /** The seed of the NumPy-compatible generator for initialisation and shuffling. */
    public MLPClassifier randomState(long seed) {
        return new MLPClassifier(s.withSeed(seed), null);
    }

    /** Samples per mini-batch for sgd/adam; 0 for scikit-learn's {@code auto}, {@code min(200, n)}. */
    public MLPClassifier batchSize(int size) {
        return new MLPClassifier(s.withBatchSize(size), null);
    }

    public MLPClassifier momentum(double momentum) {
        return new MLPClassifier(s.withMomentum(momentum), null);
    }

    public MLPClassifier nIterNoChange(int n) {
        return new MLPClassifier(s.withNIterNoChange(n), null);
    }

    /** A classifier fitted to rows {@code X} and labels {@code y} (any integers, at least two distinct). */
    public MLPClassifier fit(double[][] X, int[] y) {
        int n = X.length;
        if (n == 0) {
            throw new IllegalArgumentException("fit: X is empty (no samples)");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("fit: X has " + n + " samples but y has " + y.length + " labels");
        }
        int[] classes = OneHot.fit(y).categories();
        if (classes.length < 2) {
            throw new IllegalArgumentException("fit: y holds a single class (" + classes[0] + "); a classifier needs at least two");
        }
        Dataset data = Dataset.of(X, Arrays.stream(y).map(label -> Arrays.binarySearch(classes, label)).toArray());
        boolean binary = classes.length == 2;
        int outputs = binary ? 1 : classes.length;
        int[] sizes = IntStream.concat(IntStream.concat(IntStream.of(data.features()),
                s.hidden().stream().mapToInt(Integer::intValue)), IntStream.of(outputs)).toArray();
        Sequential model = MLP.sizes(sizes).hidden(s.activationLayer()).output(Activation.IDENTITY)
                .weights(s.initializer()).biases(s.initializer()).build();
        RandomState rng = new RandomState(s.seed());
        Params start = model.init(rng);
        Loss loss = binary ? new BinaryCrossEntropyWithLogits() : new SoftmaxCrossEntropy();
        Solver solver = s.makeSolver();
        Trainer trainer = Trainer.of(model, loss, solver).targets(binary ? Targets.binary() : Targets.oneHot(outputs))
                .epochs(s.maxIter()).progress(null);
        if (solver instanceof LBFGS) {
            trainer = trainer.fullBatch().penalty(Penalty.l2(s.alpha() / n));
        } else {
            int batch = s.batchSize() == 0 ? Math.min(200, n) : Math.min(s.batchSize(), n);
            trainer = trainer.miniBatch(batch).shuffle(rng).penalty(Penalty.l2(s.alpha() / batch))
                    .stopWhenNoImprovement(s.tol(), s.nIterNoChange());
        }
        TrainingResult r = trainer.fit(start, data);
        return new MLPClassifier(s, new Fitted(model, r.params(), classes, data.features(), r.history().training(),
                r.history().epochs()));
    }

    /** One row per sample of class probabilities, columns in the order of {@link #classes()}. */
    public double[][] predictProba(double[][] X) {
        Fitted f = requireFitted("predictProba");
        for (int i = 0; i < X.length; i++) {
            if (X[i].length != f.features) {
                throw new IllegalArgumentException("predictProba: X row " + i + " has " + X[i].length
                        + " features, but the classifier was fitted with " + f.features);
            }
            if (Arrays.stream(X[i]).anyMatch(v -> !Double.isFinite(v))) {
                throw new IllegalArgumentException("predictProba: X row " + i + " holds " + Arrays.toString(X[i])
                        + " (NaN or infinite values)");
            }
        }
        Tensor logits = f.model.forward(f.params, Tensor.of(X));
        if (f.classes.length > 2) {
            return Activation.SOFTMAX.apply(logits, f.model.layout()).toMatrix();
        }
        double[] p = Activation.SIGMOID.apply(logits).toArray();
        double[][] out = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = new double[] {1 - p[i], p[i]};
        }
        return out;
    }

    /** The most probable class of each sample. */
    public int[] predict(double[][] X) {
        double[][] proba = predictProba(X);
        int[] classes = fitted.classes;
        int[] out = new int[proba.length];
        for (int i = 0; i < proba.length; i++) {
            int best = 0;
            for (int k = 1; k < proba[i].length; k++) {
                best = proba[i][k] > proba[i][best] ? k : best;
            }
            out[i] = classes[best];
        }
        return out;
    }

    /** The accuracy on {@code X}, {@code y}. */
    public double score(double[][] X, int[] y) {
        int[] predicted = predict(X);
        if (y.length != predicted.length) {
            throw new IllegalArgumentException("score: X has " + predicted.length + " samples but y has " + y.length + " labels");
        }
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            right += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) right / y.length;
    }

    /** The training loss (with the L2 term) after each epoch or L-BFGS iteration. */
    public List<Double> lossCurve() {
        return requireFitted("lossCurve").lossCurve;
    }

    /** The class labels, sorted. */
    public int[] classes() {
        return requireFitted("classes").classes.clone();
    }

    /** The fitted parameters ({@code 0.weight}, {@code 0.bias}, ...; weights are {@code in x out}). */
    public Params params() {
        return requireFitted("params").params;
    }

    /** The network (outputs logits). */
    public Sequential model() {
        return requireFitted("model").model;
    }

    /** Epochs (sgd, adam) or iterations (lbfgs) run. */
    public int iterations() {
        return requireFitted("iterations").iterations;
    }

    private Fitted requireFitted(String method) {
        if (fitted == null) {
            throw new IllegalStateException(method + ": this MLPClassifier is not fitted yet; call fit(X, y) and use its result");
        }
        return fitted;
    }
}
