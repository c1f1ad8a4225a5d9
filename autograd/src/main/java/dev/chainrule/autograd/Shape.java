package dev.chainrule.autograd;

import java.util.Arrays;

/**
 * The shape of a {@link Tensor}: rank 0 (a scalar {@code ()}), rank 1 (a vector {@code (n,)}) or rank 2
 * (a matrix {@code (r,c)}).
 *
 * <p>Every shape also has a two-dimensional view used for NumPy broadcasting: a scalar is {@code 1x1}, a vector
 * {@code (n,)} is one row {@code 1xn}, a matrix is itself. {@link #rows()} and {@link #cols()} give that view.
 *
 * <pre>{@code
 * Shape s = Shape.matrix(2, 3);
 * s.rank();      // 2
 * s.size();      // 6
 * s.toString();  // "(2,3)"
 * Shape.broadcast("add", Shape.vector(3), Shape.matrix(3, 1));  // (3,3), as in NumPy
 * }</pre>
 */
public final class Shape {
    private static final Shape SCALAR = new Shape(0, 1, 1);

    /** The most elements a shape may have: the longest array of doubles a JVM can allocate. */
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private final int rank;
    private final int rows;
    private final int cols;

    private Shape(int rank, int rows, int cols) {
        if ((long) rows * cols > MAX_SIZE) {
            throw new ShapeException("shape " + (rank == 1 ? "(" + cols + ",)" : "(" + rows + "," + cols + ")")
                    + " has " + (long) rows * cols + " elements, more than a tensor can hold (" + MAX_SIZE + ")");
        }
        this.rank = rank;
        this.rows = rows;
        this.cols = cols;
    }

    /** The shape {@code ()} of a scalar. */
    public static Shape scalar() {
        return SCALAR;
    }

    /** The shape {@code (n,)} of a vector of {@code n >= 0} elements. */
    public static Shape vector(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("vector length must be >= 0, got " + n);
        }
        return new Shape(1, 1, n);
    }

    /** The shape {@code (rows,cols)} of a matrix; both dimensions {@code >= 0}. */
    public static Shape matrix(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix dimensions must be >= 0, got (" + rows + "," + cols + ")");
        }
        return new Shape(2, rows, cols);
    }

    /** The shape with the given dimensions: none, one or two of them. */
    public static Shape of(int... dims) {
        return switch (dims.length) {
            case 0 -> SCALAR;
            case 1 -> vector(dims[0]);
            case 2 -> matrix(dims[0], dims[1]);
            default -> throw new IllegalArgumentException(
                    "chainrule tensors have rank 0, 1 or 2; got " + dims.length + " dimensions " + Arrays.toString(dims));
        };
    }

    /** 0 for a scalar, 1 for a vector, 2 for a matrix. */
    public int rank() {
        return rank;
    }

    /** Rows of the two-dimensional view: 1 for scalars and vectors. */
    public int rows() {
        return rows;
    }

    /** Columns of the two-dimensional view: 1 for a scalar, the length of a vector. */
    public int cols() {
        return cols;
    }

    /** The number of elements. */
    public int size() {
        return rows * cols;
    }

    /** The dimensions as NumPy reports them: {@code []}, {@code [n]} or {@code [r, c]} (a fresh array). */
    public int[] dims() {
        return switch (rank) {
            case 0 -> new int[0];
            case 1 -> new int[] {cols};
            default -> new int[] {rows, cols};
        };
    }

    /** Dimension {@code axis} ({@code -1} is the last, as in NumPy). */
    public int dim(int axis) {
        return dims()[normalizeAxis("dim", axis)];
    }

    /** True for a scalar and for any shape holding exactly one element, such as {@code (1,1)}. */
    public boolean isSingleElement() {
        return size() == 1;
    }

    /** Maps a NumPy axis ({@code -rank <= axis < rank}) to {@code 0..rank-1}, or fails naming {@code op}. */
    int normalizeAxis(String op, int axis) {
        if (axis < -rank || axis >= rank) {
            throw new ShapeException(op + ": axis " + axis + " is out of range for shape " + this
                    + (rank == 0 ? " (a scalar has no axes)" : " (valid: " + -rank + " to " + (rank - 1) + ")"));
        }
        return axis < 0 ? axis + rank : axis;
    }

    /**
     * The NumPy broadcast of two shapes, or a {@link ShapeException} naming {@code op} and both shapes.
     * Dimensions are aligned from the right; each pair must be equal or contain a 1.
     */
    public static Shape broadcast(String op, Shape a, Shape b) {
        if (a.equals(b)) {
            return a;
        }
        int r = broadcastDim(a.rows, b.rows);
        int c = broadcastDim(a.cols, b.cols);
        if (r < 0 || c < 0) {
            throw new ShapeException(op + ": " + a + " and " + b + " do not broadcast: "
                    + (c < 0 ? "last dimensions " + a.cols + " and " + b.cols : "first dimensions " + a.rows + " and " + b.rows)
                    + " differ and neither is 1");
        }
        int rank = Math.max(a.rank, b.rank);
        return rank == 2 ? new Shape(2, r, c) : rank == 1 ? new Shape(1, 1, c) : SCALAR;
    }

    private static int broadcastDim(int x, int y) {
        return x == y ? x : x == 1 ? y : y == 1 ? x : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && s.rank == rank && s.rows == rows && s.cols == cols;
    }

    @Override
    public int hashCode() {
        return (rank * 31 + rows) * 31 + cols;
    }

    /** NumPy's notation: {@code ()}, {@code (3,)}, {@code (2,3)}. */
    @Override
    public String toString() {
        return switch (rank) {
            case 0 -> "()";
            case 1 -> "(" + cols + ",)";
            default -> "(" + rows + "," + cols + ")";
        };
    }
}
