package dev.chainrule.autograd;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An immutable float64 tensor of rank 0, 1 or 2, and a node of the computation graph that made it.
 *
 * <p>Every op returns a new tensor that remembers the {@link Op} (and so the inputs) it came from; nothing is ever
 * changed in place. {@link #grad()} runs reverse mode from a scalar and returns the gradients of every node it
 * depends on as an immutable {@link Gradients} value. Shapes, broadcasting, {@code matmul} of vectors and
 * reductions follow NumPy. Tensors compare by identity: two nodes holding equal numbers are different nodes
 * (use {@link #sameValues} or {@link #allClose} to compare numbers).
 *
 * <p>Seed 000, Exercise 1 — one step of a 2-2-1 tanh network:
 * <pre>{@code
 * Tensor x  = Tensor.of(new double[][] {{0.5}, {-0.2}});
 * Tensor W1 = Tensor.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}});
 * Tensor b1 = Tensor.param("b1", new double[][] {{0.1}, {-0.2}});
 * Tensor W2 = Tensor.param("W2", new double[][] {{0.5, -0.3}});
 * Tensor b2 = Tensor.param("b2", 0.2);
 * Tensor z1 = W1.matmul(x).add(b1);
 * Tensor yhat = W2.matmul(z1.tanh()).add(b2).tanh();
 * Tensor L = Tensor.of(1.0).sub(yhat).pow(2).sum();
 * Gradients g = L.grad();
 * g.of(z1);                           // δ1 = [[-0.509370], [0.318032]]
 * W1.sub(g.of(W1).mul(0.1));          // the updated weights
 * }</pre>
 */
public final class Tensor {
    final Shape shape;
    final double[] data;
    final Op op;
    private final String name;
    /** Where the node was made; recorded only while {@link Anomaly} detection is on. */
    final StackTraceElement origin;

    /**
     * A number for hashing nodes by identity in reverse mode ({@link NodeIndex}): nodes made one after another get
     * neighbouring numbers, so a pass over a graph touches neighbouring slots. Not unique across threads (the counter
     * is not synchronised) and it need not be: equality stays identity.
     */
    final int hash;
    private static int nextHash;
    /** {@code op.inputs()} as an array, taken once when the node is made: reverse mode walks these. */
    final Tensor[] inputNodes;
    private static final Tensor[] NO_INPUTS = {};

    private Tensor(Shape shape, double[] data, Op op, String name, StackTraceElement origin) {
        this.hash = nextHash++;
        this.shape = shape;
        this.data = data;
        this.op = op;
        this.inputNodes = op instanceof Leaf ? NO_INPUTS : op.inputs().toArray(NO_INPUTS);
        this.name = name;
        this.origin = origin;
    }

    /** A graph node made by {@code op}; {@code data} is owned by the new tensor and never changed again. */
    static Tensor node(Op op, Shape shape, double[] data) {
        if (Anomaly.isOn()) {
            return Anomaly.inspect(new Tensor(shape, data, op, null, Anomaly.callerOutsideLibrary()));
        }
        return new Tensor(shape, data, op, null, null);
    }

    /** A leaf (an input, a constant or a parameter) that takes ownership of {@code data}. */
    static Tensor leaf(Shape shape, double[] data) {
        return new Tensor(shape, data, Leaf.INSTANCE, null, null);
    }

    // ---------------------------------------------------------------- factories

    /** A scalar. */
    public static Tensor of(double value) {
        return leaf(Shape.scalar(), new double[] {value});
    }

    /** A vector {@code (n,)} holding a copy of {@code values}. */
    public static Tensor of(double... values) {
        return leaf(Shape.vector(values.length), values.clone());
    }

    /** A matrix holding a copy of {@code rows}; every row must have the same length. */
    public static Tensor of(double[][] rows) {
        int r = rows.length;
        int c = r == 0 ? 0 : rows[0].length;
        double[] data = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rows[i].length != c) {
                throw new IllegalArgumentException("ragged matrix: row 0 has " + c + " elements but row " + i
                        + " has " + rows[i].length);
            }
            System.arraycopy(rows[i], 0, data, i * c, c);
        }
        return leaf(Shape.matrix(r, c), data);
    }

    /** A tensor of the given shape holding a copy of {@code values} in row-major order. */
    public static Tensor of(Shape shape, double[] values) {
        if (values.length != shape.size()) {
            throw new ShapeException("of: " + values.length + " values cannot fill shape " + shape
                    + " (" + shape.size() + " elements)");
        }
        return leaf(shape, values.clone());
    }

    /** Zeros of the given dimensions ({@code zeros()} is the scalar 0). */
    public static Tensor zeros(int... dims) {
        return full(Shape.of(dims), 0.0);
    }

    /** Zeros of the given shape. */
    public static Tensor zeros(Shape shape) {
        return full(shape, 0.0);
    }

    /** Ones of the given dimensions. */
    public static Tensor ones(int... dims) {
        return full(Shape.of(dims), 1.0);
    }

    /** Ones of the given shape. */
    public static Tensor ones(Shape shape) {
        return full(shape, 1.0);
    }

    /** A {@code rows x cols} matrix filled with {@code value} (NumPy's {@code full((rows, cols), value)}). */
    public static Tensor full(int rows, int cols, double value) {
        return full(Shape.matrix(rows, cols), value);
    }

    /** A tensor of the given shape filled with {@code value}. */
    public static Tensor full(Shape shape, double value) {
        double[] data = new double[shape.size()];
        if (value != 0.0) {
            Arrays.fill(data, value);
        }
        return leaf(shape, data);
    }

    /** The {@code n x n} identity matrix. */
    public static Tensor eye(int n) {
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++) {
            data[i * n + i] = 1.0;
        }
        return leaf(Shape.matrix(n, n), data);
    }

    /** A named scalar leaf, e.g. a bias {@code param("b2", 0.2)}; names appear in transcripts and errors. */
    public static Tensor param(String name, double value) {
        return of(value).named(name);
    }

    /** A named vector leaf. */
    public static Tensor param(String name, double... values) {
        return of(values).named(name);
    }

    /** A named matrix leaf, e.g. {@code param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}})}. */
    public static Tensor param(String name, double[][] rows) {
        return of(rows).named(name);
    }

    /**
     * This node under a name. The result is a new node with the same op, inputs and values: use it in place
     * of this one when building the rest of the graph.
     */
    public Tensor named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("named: name is null or blank");
        }
        return new Tensor(shape, data, op, name, origin);
    }

    /**
     * A new leaf holding this tensor's values: the graph behind it is cut off (PyTorch's {@code detach}). It is
     * always a different node, also for a leaf, so that no gradient reaches this node through the result.
     */
    public Tensor detach() {
        return new Tensor(shape, data, Leaf.INSTANCE, name, null);
    }

    // ---------------------------------------------------------------- inspection

    public Shape shape() {
        return shape;
    }

    public int rank() {
        return shape.rank();
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    /** The name given with {@link #named} or {@link #param}, if any. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The op that made this node; {@link Leaf} for inputs, constants and parameters. */
    public Op op() {
        return op;
    }

    /** The nodes this one was computed from (empty for a leaf). */
    public List<Tensor> inputs() {
        return op.inputs();
    }

    /** Every node this one was computed from, and itself last: each node after its inputs (iterative, any depth). */
    public List<Tensor> graph() {
        return java.util.Collections.unmodifiableList(Backprop.topologicalOrder(this));
    }

    public boolean isLeaf() {
        return op instanceof Leaf;
    }

    /** The value of a tensor holding exactly one element (a scalar, {@code (1,)} or {@code (1,1)}). */
    public double item() {
        if (data.length != 1) {
            throw new ShapeException("item: tensor of shape " + shape + " has " + data.length + " elements, not 1");
        }
        return data[0];
    }

    /** One element: {@code get()} of a scalar, {@code get(i)} of a vector, {@code get(i, j)} of a matrix. */
    public double get(int... index) {
        if (index.length != shape.rank()) {
            throw new ShapeException("get: shape " + shape + " needs " + shape.rank() + " indices, got " + index.length);
        }
        int[] dims = shape.dims();
        int flat = 0;
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0 || index[k] >= dims[k]) {
                throw new IndexOutOfBoundsException("get: index " + Arrays.toString(index) + " is outside shape " + shape);
            }
            flat = flat * dims[k] + index[k];
        }
        return data[flat];
    }

    /** A copy of the elements in row-major order. */
    public double[] toArray() {
        return data.clone();
    }

    /** A copy of the elements as rows of the two-dimensional view (a vector is one row, a scalar {@code [[v]]}). */
    public double[][] toMatrix() {
        double[][] rows = new double[shape.rows()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(data, i * shape.cols(), (i + 1) * shape.cols());
        }
        return rows;
    }

    /** True when {@code other} has the same shape and bit-for-bit equal elements ({@code NaN} equals {@code NaN}). */
    public boolean sameValues(Tensor other) {
        return shape.equals(other.shape) && Arrays.equals(data, other.data);
    }

    /** NumPy's {@code allclose}: same shape and {@code |a - b| <= atol + rtol * |b|} for every element. */
    public boolean allClose(Tensor other, double atol, double rtol) {
        if (!shape.equals(other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (!(Math.abs(data[i] - other.data[i]) <= atol + rtol * Math.abs(other.data[i]))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- ops (NumPy broadcasting)

    public Tensor add(Tensor other) {
        return new Add(this, other).forward();
    }

    public Tensor add(double c) {
        return add(of(c));
    }

    /** {@code this - other}, written as {@code this + (-other)}. */
    public Tensor sub(Tensor other) {
        return add(other.neg());
    }

    public Tensor sub(double c) {
        return add(of(-c));
    }

    /** {@code c - this}. */
    public Tensor rsub(double c) {
        return neg().add(of(c));
    }

    /** Element-wise product. */
    public Tensor mul(Tensor other) {
        return new Mul(this, other).forward();
    }

    public Tensor mul(double c) {
        return mul(of(c));
    }

    /** Element-wise quotient, written as {@code this * other^-1}. */
    public Tensor div(Tensor other) {
        return mul(other.reciprocal());
    }

    public Tensor div(double c) {
        return mul(of(1.0 / c));
    }

    public Tensor neg() {
        return new Neg(this).forward();
    }

    /** {@code 1 / this}, element-wise. */
    public Tensor reciprocal() {
        return new Reciprocal(this).forward();
    }

    /** {@code this ^ p} element-wise for a constant exponent. */
    public Tensor pow(double p) {
        return new PowScalar(this, p).forward();
    }

    /** {@code this ^ exponent} element-wise, differentiable in both. */
    public Tensor pow(Tensor exponent) {
        return new Pow(this, exponent).forward();
    }

    public Tensor square() {
        return pow(2.0);
    }

    public Tensor exp() {
        return new Exp(this).forward();
    }

    /** Natural logarithm. */
    public Tensor log() {
        return new Log(this).forward();
    }

    public Tensor sqrt() {
        return new Sqrt(this).forward();
    }

    public Tensor abs() {
        return new Abs(this).forward();
    }

    public Tensor tanh() {
        return new Tanh(this).forward();
    }

    /** The logistic function, stable for large |x|. */
    public Tensor sigmoid() {
        return new Sigmoid(this).forward();
    }

    public Tensor relu() {
        return new Relu(this).forward();
    }

    /** {@code x} where {@code x > 0}, else {@code slope * x}. */
    public Tensor leakyRelu(double slope) {
        return new LeakyRelu(this, slope).forward();
    }

    /** Softmax along {@code axis} (stable: the maximum is subtracted first). */
    public Tensor softmax(int axis) {
        return new Softmax(this, shape.normalizeAxis("softmax", axis)).forward();
    }

    /** Log-softmax along {@code axis} (stable). */
    public Tensor logSoftmax(int axis) {
        return new LogSoftmax(this, shape.normalizeAxis("log_softmax", axis)).forward();
    }

    /** {@code min(max(x, lo), hi)} element-wise; the gradient passes where {@code lo <= x <= hi} (as PyTorch's {@code clamp}). */
    public Tensor clip(double lo, double hi) {
        return new Clip(this, lo, hi).forward();
    }

    /** The sum of all elements, a scalar. */
    public Tensor sum() {
        return new Sum(this, Reduction.all(false)).forward();
    }

    /** The sum along {@code axis}, which is dropped (NumPy's {@code sum(x, axis)}). */
    public Tensor sum(int axis) {
        return sum(axis, false);
    }

    public Tensor sum(int axis, boolean keepdims) {
        return new Sum(this, Reduction.along("sum", shape, axis, keepdims)).forward();
    }

    /** The mean of all elements, written as {@code sum / n}. */
    public Tensor mean() {
        return sum().div(size());
    }

    public Tensor mean(int axis) {
        return mean(axis, false);
    }

    public Tensor mean(int axis, boolean keepdims) {
        Reduction r = Reduction.along("mean", shape, axis, keepdims);
        return sum(axis, keepdims).div(r.count(shape));
    }

    /** The largest element, a scalar; its gradient is shared equally among ties. */
    public Tensor max() {
        return new Max(this, Reduction.all(false)).forward();
    }

    public Tensor max(int axis) {
        return max(axis, false);
    }

    public Tensor max(int axis, boolean keepdims) {
        return new Max(this, Reduction.along("max", shape, axis, keepdims)).forward();
    }

    /** Matrix transpose; a vector or scalar is returned unchanged (as NumPy's {@code .T}). */
    public Tensor transpose() {
        return shape.rank() < 2 ? this : new Transpose(this).forward();
    }

    /** The same elements in a new shape of equal size; {@code reshape()} gives a scalar. */
    public Tensor reshape(int... dims) {
        return reshape(Shape.of(dims));
    }

    public Tensor reshape(Shape target) {
        return target.equals(shape) ? this : new Reshape(this, target).forward();
    }

    /** Broadcasts to {@code target} by NumPy's rules (the gradient sums back). */
    public Tensor broadcastTo(Shape target) {
        return target.equals(shape) ? this : new BroadcastTo(this, target).forward();
    }

    /** Sums the broadcast dimensions away so that the result has shape {@code target} (the inverse of {@link #broadcastTo}). */
    public Tensor sumTo(Shape target) {
        return target.equals(shape) ? this : new SumTo(this, target).forward();
    }

    /** Matrix product with {@code numpy.matmul} semantics for vectors: {@code (n,) @ (n,c)} is {@code (c,)}, and so on. */
    public Tensor matmul(Tensor other) {
        return new Matmul(this, other).forward();
    }

    /** {@code this @ other + bias} in one node, {@code bias} broadcast to the product's shape (a layer's {@code z}). */
    public Tensor matmulAdd(Tensor other, Tensor bias) {
        return new Affine(this, other, bias).forward();
    }

    // ---------------------------------------------------------------- reverse mode

    /**
     * Reverse mode from this scalar: the gradient of this tensor with respect to every node it depends on (the
     * seeds' δ of every intermediate), as plain values (leaves). Calling it again returns equal gradients; nothing
     * is changed.
     *
     * @throws ShapeException if this tensor holds more than one element
     */
    public Gradients grad() {
        return Backprop.run(this, null, false);
    }

    /**
     * The gradient of this scalar with respect to {@code wrt} only (and the intermediates on the way): reverse mode
     * visits only the nodes on a path to one of them, so a training step does not compute ∂L/∂X for its data.
     * A node this tensor does not depend on gets no gradient ({@link Gradients#of} gives zeros,
     * {@link Gradients#get} nothing).
     *
     * <pre>{@code
     * Gradients g = loss.grad(W1, b1, W2, b2);
     * }</pre>
     */
    public Gradients grad(Tensor... wrt) {
        return Backprop.run(this, wrt.clone(), false);
    }

    /**
     * Like {@link #grad()}, but each gradient is itself a node of the graph, so it can be differentiated again
     * (second derivatives, Hessian-vector products).
     */
    public Gradients differentiableGrad() {
        return Backprop.run(this, null, true);
    }

    /** Like {@link #grad(Tensor...)}, with gradients that are nodes of the graph (see {@link #differentiableGrad()}). */
    public Gradients differentiableGrad(Tensor... wrt) {
        return Backprop.run(this, wrt.clone(), true);
    }

    /** NumPy's {@code str()}: {@code 0.4}, {@code [1. 2.]}, {@code [[ 0.3 -0.1]\n [ 0.2  0.4]]}. */
    @Override
    public String toString() {
        return TensorFormat.numpy(this);
    }
}
