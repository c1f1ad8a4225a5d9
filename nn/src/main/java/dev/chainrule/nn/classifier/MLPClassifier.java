package dev.chainrule.nn.classifier;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropyWithLogits;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.optim.Adam;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.Optimizer;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A scikit-learn style multi-layer perceptron classifier over chainrule's pure pieces: the same parameters as
 * {@code sklearn.neural_network.MLPClassifier} (hidden layer sizes, activation, solver sgd/adam/lbfgs, L2
 * {@code alpha}, initial learning rate, iterations, tolerance, random state, batch size), Glorot-uniform
 * initialisation drawn from a NumPy-compatible {@link RandomState} in scikit-learn's order, a logistic output for
 * two classes and softmax for more. Settings return new classifiers; {@link #fit} returns a fitted one.
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
        this(Settings.DEFAULTS, null);
    }

    private MLPClassifier(Settings s, Fitted fitted) {
        this.s = s;
        this.fitted = fitted;
    }

    /** What {@code fit} learnt. */
    private record Fitted(Sequential model, Params params, int[] classes, int features, List<Double> lossCurve, int iterations) {
    }

    public MLPClassifier hiddenLayerSizes(int... sizes) {
        for (int size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("hiddenLayerSizes: every size must be positive, got " + Arrays.toString(sizes));
            }
        }
        return new MLPClassifier(s.with(b -> b.hidden = sizes.clone()), null);
    }

    /** {@code relu}, {@code tanh}, {@code logistic} or {@code identity}. */
    public MLPClassifier activation(String name) {
        Settings.activationLayer(name);
        return new MLPClassifier(s.with(b -> b.activation = name), null);
    }

    /** {@code sgd}, {@code adam} or {@code lbfgs}. */
    public MLPClassifier solver(String name) {
        if (!List.of("sgd", "adam", "lbfgs").contains(name)) {
            throw new IllegalArgumentException("solver: must be sgd, adam or lbfgs, got '" + name + "'");
        }
        return new MLPClassifier(s.with(b -> b.solver = name), null);
    }

    /** The L2 penalty strength, {@code >= 0}. */
    public MLPClassifier alpha(double alpha) {
        Optimizer.nonNegative("alpha", alpha);
        return new MLPClassifier(s.with(b -> b.alpha = alpha), null);
    }

    /** The learning rate of sgd and adam, {@code > 0}. */
    public MLPClassifier learningRateInit(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("learningRateInit: must be a finite number > 0, got " + rate);
        }
        return new MLPClassifier(s.with(b -> b.learningRate = rate), null);
    }

    /** Epochs for sgd/adam, iterations for lbfgs. */
    public MLPClassifier maxIter(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxIter: must be >= 1, got " + n);
        }
        return new MLPClassifier(s.with(b -> b.maxIter = n), null);
    }

    public MLPClassifier tol(double tol) {
        Optimizer.nonNegative("tol", tol);
        return new MLPClassifier(s.with(b -> b.tol = tol), null);
    }

    /** The seed of the NumPy-compatible generator for initialisation and shuffling. */
    public MLPClassifier randomState(long seed) {
        return new MLPClassifier(s.with(b -> b.seed = seed), null);
    }

    /** Samples per mini-batch for sgd/adam; 0 for scikit-learn's {@code auto}, {@code min(200, n)}. */
    public MLPClassifier batchSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("batchSize: must be >= 1 (or 0 for auto), got " + size);
        }
        return new MLPClassifier(s.with(b -> b.batchSize = size), null);
    }

    public MLPClassifier momentum(double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum: must be in [0, 1), got " + momentum);
        }
        return new MLPClassifier(s.with(b -> b.momentum = momentum), null);
    }

    public MLPClassifier nIterNoChange(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("nIterNoChange: must be >= 1, got " + n);
        }
        return new MLPClassifier(s.with(b -> b.nIterNoChange = n), null);
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
        int[] classes = new TreeSet<>(Arrays.stream(y).boxed().toList()).stream().mapToInt(Integer::intValue).toArray();
        if (classes.length < 2) {
            throw new IllegalArgumentException("fit: y holds a single class (" + classes[0] + "); a classifier needs at least two");
        }
        int features = X[0].length;
        Dataset data = Dataset.of(checked("fit", X, features), indices(y, classes));
        Targets targets = classes.length == 2 ? Targets.binary() : Targets.oneHot(classes.length);
        int outputs = classes.length == 2 ? 1 : classes.length;
        RandomState rng = new RandomState(s.seed);
        Sequential model = network(features, outputs);
        Params start = initialise(model, rng);
        Loss loss = outputs == 1 ? new BinaryCrossEntropyWithLogits() : new SoftmaxCrossEntropy();
        if (s.solver.equals("lbfgs")) {
            Tensor[] xy = {data.xTensor(), Tensor.of(targets.rows(data))};
            Penalty l2 = Penalty.l2(s.alpha / n);
            LBFGS.Result r = new LBFGS(10, s.maxIter, 15000, s.tol, 0.0).minimize(
                    LBFGS.objective(p -> loss.apply(model.forward(p, xy[0]), xy[1]).add(l2.apply(p))), start);
            return new MLPClassifier(s, new Fitted(model, r.params(), classes, features,
                    r.losses().subList(1, r.losses().size()), r.iterations()));
        }
        int batch = s.batchSize == 0 ? Math.min(200, n) : Math.min(s.batchSize, n);
        Optimizer optimizer = s.solver.equals("adam") ? new Adam(s.learningRate)
                : new SGD(s.learningRate, s.momentum, s.momentum > 0);
        TrainingResult r = Trainer.of(model, loss, optimizer).targets(targets).epochs(s.maxIter).miniBatch(batch).shuffle(rng)
                .penalty(Penalty.l2(s.alpha / batch)).stopWhenNoImprovement(s.tol, s.nIterNoChange).progress(null)
                .fit(start, data);
        return new MLPClassifier(s, new Fitted(model, r.params(), classes, features, r.history().training(),
                r.history().epochs()));
    }

    /** One row per sample of class probabilities, columns in the order of {@link #classes()}. */
    public double[][] predictProba(double[][] X) {
        Fitted f = requireFitted("predictProba");
        Tensor logits = f.model.forward(f.params, Tensor.of(checked("predictProba", X, f.features)));
        if (f.classes.length > 2) {
            return logits.softmax(1).toMatrix();
        }
        double[] p = logits.sigmoid().toArray();
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

    private Sequential network(int features, int outputs) {
        List<Layer> layers = new ArrayList<>();
        int in = features;
        for (int h : s.hidden) {
            layers.add(new Linear(in, h));
            Activation a = Settings.activationLayer(s.activation);
            if (a.kind() != Activation.Kind.IDENTITY) {
                layers.add(a);
            }
            in = h;
        }
        layers.add(new Linear(in, outputs));
        return new Sequential(Layout.SAMPLES_AS_ROWS, layers);
    }

    /** scikit-learn's order: for each layer, its weight then its bias, uniform in ±√(f / (fanIn + fanOut)). */
    private Params initialise(Sequential model, RandomState rng) {
        double factor = s.activation.equals("logistic") ? 2.0 : 6.0;
        Params p = Params.empty();
        for (int i = 0; i < model.layers().size(); i++) {
            if (model.layers().get(i) instanceof Linear l) {
                double bound = Math.sqrt(factor / (l.in() + l.out()));
                String prefix = i + ".";
                p = p.withWeight(l.weightName(prefix), Tensor.of(rng.uniform(-bound, bound, l.in(), l.out())))
                        .with(l.biasName(prefix), Tensor.of(rng.uniform(-bound, bound, l.out())));
            }
        }
        return p;
    }

    private Fitted requireFitted(String method) {
        if (fitted == null) {
            throw new IllegalStateException(method + ": this MLPClassifier is not fitted yet; call fit(X, y) and use its result");
        }
        return fitted;
    }

    private static double[][] checked(String method, double[][] X, int features) {
        if (X.length == 0) {
            throw new IllegalArgumentException(method + ": X is empty (no samples)");
        }
        for (int i = 0; i < X.length; i++) {
            if (X[i].length != features) {
                throw new IllegalArgumentException(method + ": X row " + i + " has " + X[i].length
                        + " features, but the classifier " + (method.equals("fit") ? "expects " : "was fitted with ") + features);
            }
            for (double v : X[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(method + ": X row " + i + " holds " + v + " (NaN or infinite)");
                }
            }
        }
        return X;
    }

    private static int[] indices(int[] y, int[] classes) {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Arrays.binarySearch(classes, y[i]);
        }
        return out;
    }
}
