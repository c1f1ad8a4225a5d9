package dev.chainrule.autograd;

/**
 * A thread's working array for one purpose, kept between calls: the products' packed copies of their operands. Its
 * contents are whatever the last call left; a user writes the part it reads first. Kept up to a million elements
 * (8 MB a thread and purpose), so that a training loop does not allocate — and the collector copy or clear — a
 * copy per product; larger requests get a fresh array each time.
 */
final class Scratch {
    /** {@link VectorProducts}: the last columns of B, padded to whole vectors. */
    static final Scratch LAST_COLUMNS = new Scratch();
    /** {@link VectorGemm}: a block of A's rows, packed. */
    static final Scratch PACKED_ROWS = new Scratch();
    /** {@link VectorGemm}: a panel of B, packed. */
    static final Scratch PACKED_PANEL = new Scratch();

    private static final int KEPT = 1 << 20;
    private final ThreadLocal<double[]> local = ThreadLocal.withInitial(() -> new double[0]);

    private Scratch() {
    }

    /** An array of at least {@code n} elements for this thread, with whatever it held before. */
    double[] get(int n) {
        double[] s = local.get();
        if (s.length >= n) {
            return s;
        }
        s = new double[n];
        if (n <= KEPT) {
            local.set(s);
        }
        return s;
    }
}
