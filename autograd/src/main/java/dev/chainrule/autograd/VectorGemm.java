package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Large matrix products with the JDK's Vector API (the incubating {@code jdk.incubator.vector} module), laid out as
 * optimised BLAS libraries lay out theirs. The inner dimension is cut into blocks of {@value #KC} steps; for each
 * block, {@code a}'s rows are packed eight by eight so that a tile's eight numbers of one step lie side by side, and
 * each panel of {@code b}'s columns, three vectors wide, is packed so that its steps follow each other. A tile of
 * eight rows by three vectors (24 registers of the 32 that AVX-512 has) then adds a whole block with fused
 * multiply-adds, reading only the two packed panels, which stay in the first-level cache; the first block's tiles
 * start from zero rather than reading the result (a 784 × 256 weight gradient is 1.6 MB). The panels of columns, or
 * the rows when there are more rows than columns, are split over the cores, each of which packs what it needs itself,
 * so that they meet only at the end ({@code Xᵀ @ G} of the benchmark's MNIST-sized layer, 784 × 128 × 256, split by
 * columns had both cores pack all 784 rows: 681 → 601 µs with the first block's zeros). The columns after
 * the last whole panel make one narrower panel of one or two vectors ({@code 256 = 10·24 + 16}: a sixteenth of a
 * 128 × 784 × 256 product that, left to {@link VectorProducts} on one core after the others, cost an eighth of its
 * time); the rows and the last few columns left over at the edges go to {@code VectorProducts}.
 *
 * <p>Every element of the result is one chain of fused multiply-adds over the inner dimension in order, whatever the
 * tiling, the blocks or the number of threads, so the result is the same on every run. Only {@link MatrixProducts}
 * calls it, and only when the module is present (the {@code chainrule} launcher and the test runs add it).
 */
final class VectorGemm {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of a tile. */
    private static final int MR = 8;
    /** Columns of a tile: three vectors. */
    private static final int NR = 3 * L;
    /** Steps of the inner dimension per block. */
    private static final int KC = 128;

    private VectorGemm() {
    }

    /** The fewest result columns for which the tiles are worth it. */
    static int minColumns() {
        return NR;
    }

    /** {@code out = a @ b} for row-major {@code a} ({@code r x n}) and {@code b} ({@code n x c}); {@code out} starts at 0. */
    static void multiply(double[] a, double[] b, double[] out, int r, int n, int c, boolean parallel) {
        multiply(a, n, 1, b, out, r, n, c, parallel);
    }

    /**
     * {@code out = A @ b} where element {@code (i, k)} of {@code A} ({@code r x n}) is
     * {@code a[i * rowStride + k * stepStride]}: {@code (n, 1)} is a row-major matrix, {@code (1, r)} the transpose of
     * a row-major {@code n x r} one, read where it lies while its rows are packed.
     */
    static void multiply(double[] a, int rowStride, int stepStride, double[] b, double[] out, int r, int n, int c,
            boolean parallel) {
        int rows = r - r % MR;
        int panels = c / NR;
        // The columns after the last whole panel, as far as whole vectors go: one narrower panel (1 or 2 vectors).
        int narrow = (c - panels * NR) / L * L;
        int units = panels + (narrow > 0 ? 1 : 0);
        int edge = panels * NR + narrow;
        // Each core packs the rows and the panels it needs itself. Splitting the panels has every core pack all the
        // rows; splitting the rows, all the panels: the cores share the larger of the two.
        boolean splitRows = r > c;
        int tiles = rows / MR;
        Cores cores = Cores.machine();
        int parts = parallel ? Math.min(splitRows ? tiles : units, cores.count()) : 1;
        cores.run(parts, part -> {
            int from = splitRows ? tiles * part / parts * MR : 0;
            int to = splitRows ? tiles * (part + 1) / parts * MR : rows;
            int firstUnit = splitRows ? 0 : units * part / parts;
            int endUnit = splitRows ? units : units * (part + 1) / parts;
            double[] packedA = Scratch.PACKED_ROWS.get((to - from) * KC);
            double[] packedB = Scratch.PACKED_PANEL.get(KC * NR);
            for (int k0 = 0; k0 < n; k0 += KC) {
                int steps = Math.min(KC, n - k0);
                packRows(a, rowStride, stepStride, packedA, from, to, k0, steps);
                for (int unit = firstUnit; unit < endUnit; unit++) {
                    int j = unit * NR;
                    int width = unit < panels ? NR : narrow;
                    for (int k = 0; k < steps; k++) {
                        System.arraycopy(b, (k0 + k) * c + j, packedB, k * width, width);
                    }
                    for (int i = from; i < to; i += MR) {
                        int a0 = (i - from) * steps;
                        if (width == NR) {
                            tile(packedA, a0, packedB, out, i, j, steps, c, k0 == 0);
                        } else if (width == 2 * L) {
                            tile8x2(packedA, a0, packedB, out, i, j, steps, c, k0 == 0);
                        } else {
                            tile8x1(packedA, a0, packedB, out, i, j, steps, c, k0 == 0);
                        }
                    }
                }
            }
        });
        VectorProducts.multiply(a, rowStride, stepStride, b, out, 0, rows, edge, n, c);
        VectorProducts.multiply(a, rowStride, stepStride, b, out, rows, r, 0, n, c);
    }

    /**
     * A tile's running sums at {@code out[o..o+L-1]}: zero in the first block, whose products start the chains (the
     * result starts at zero, and is not read), else what the blocks before it left there.
     */
    private static DoubleVector start(double[] out, boolean first, int o) {
        return first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o);
    }

    /**
     * Steps {@code k0..k0+steps-1} of rows {@code from..to-1}, eight rows at a time, one step's eight side by side:
     * copied a step at a time from a transpose ({@code rowStride} 1: a step's eight numbers lie side by side
     * already), else gathered a row at a time from a row-major matrix ({@code stepStride} 1).
     */
    private static void packRows(double[] a, int rowStride, int stepStride, double[] packed, int from, int to, int k0,
            int steps) {
        for (int i = from; i < to; i += MR) {
            int base = (i - from) * steps;
            if (rowStride == 1) {
                for (int k = 0; k < steps; k++) {
                    System.arraycopy(a, (k0 + k) * stepStride + i, packed, base + k * MR, MR);
                }
            } else {
                for (int t = 0; t < MR; t++) {
                    int start = (i + t) * rowStride + k0;   // row-major: stepStride is 1
                    for (int k = 0; k < steps; k++) {
                        packed[base + k * MR + t] = a[start + k];
                    }
                }
            }
        }
    }

    /** Adds steps of one block to rows {@code i..i+7}, columns {@code j..j+NR-1}: {@code a}'s and {@code b}'s packed panels. */
    private static void tile(double[] ap, int a0, double[] bp, double[] out, int i, int j, int steps, int c,
            boolean first) {
        int o = i * c + j;
        DoubleVector c00 = start(out, first, o), c01 = start(out, first, o + L), c02 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c10 = start(out, first, o), c11 = start(out, first, o + L), c12 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c20 = start(out, first, o), c21 = start(out, first, o + L), c22 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c30 = start(out, first, o), c31 = start(out, first, o + L), c32 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c40 = start(out, first, o), c41 = start(out, first, o + L), c42 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c50 = start(out, first, o), c51 = start(out, first, o + L), c52 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c60 = start(out, first, o), c61 = start(out, first, o + L), c62 = start(out, first, o + 2 * L);
        o += c;
        DoubleVector c70 = start(out, first, o), c71 = start(out, first, o + L), c72 = start(out, first, o + 2 * L);
        for (int k = 0; k < steps; k++) {
            int bk = k * NR;
            int ak = a0 + k * MR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bk + L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bk + 2 * L);
            DoubleVector x = DoubleVector.broadcast(S, ap[ak]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02);
            x = DoubleVector.broadcast(S, ap[ak + 1]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12);
            x = DoubleVector.broadcast(S, ap[ak + 2]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22);
            x = DoubleVector.broadcast(S, ap[ak + 3]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32);
            x = DoubleVector.broadcast(S, ap[ak + 4]);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41); c42 = b2.fma(x, c42);
            x = DoubleVector.broadcast(S, ap[ak + 5]);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51); c52 = b2.fma(x, c52);
            x = DoubleVector.broadcast(S, ap[ak + 6]);
            c60 = b0.fma(x, c60); c61 = b1.fma(x, c61); c62 = b2.fma(x, c62);
            x = DoubleVector.broadcast(S, ap[ak + 7]);
            c70 = b0.fma(x, c70); c71 = b1.fma(x, c71); c72 = b2.fma(x, c72);
        }
        o = i * c + j;
        c00.intoArray(out, o); c01.intoArray(out, o + L); c02.intoArray(out, o + 2 * L); o += c;
        c10.intoArray(out, o); c11.intoArray(out, o + L); c12.intoArray(out, o + 2 * L); o += c;
        c20.intoArray(out, o); c21.intoArray(out, o + L); c22.intoArray(out, o + 2 * L); o += c;
        c30.intoArray(out, o); c31.intoArray(out, o + L); c32.intoArray(out, o + 2 * L); o += c;
        c40.intoArray(out, o); c41.intoArray(out, o + L); c42.intoArray(out, o + 2 * L); o += c;
        c50.intoArray(out, o); c51.intoArray(out, o + L); c52.intoArray(out, o + 2 * L); o += c;
        c60.intoArray(out, o); c61.intoArray(out, o + L); c62.intoArray(out, o + 2 * L); o += c;
        c70.intoArray(out, o); c71.intoArray(out, o + L); c72.intoArray(out, o + 2 * L);
    }

    /** {@link #tile} for a panel of two vectors (the columns after the last panel of three). */
    private static void tile8x2(double[] ap, int a0, double[] bp, double[] out, int i, int j, int steps, int c,
            boolean first) {
        int o = i * c + j;
        DoubleVector c00 = start(out, first, o), c01 = start(out, first, o + L);
        o += c;
        DoubleVector c10 = start(out, first, o), c11 = start(out, first, o + L);
        o += c;
        DoubleVector c20 = start(out, first, o), c21 = start(out, first, o + L);
        o += c;
        DoubleVector c30 = start(out, first, o), c31 = start(out, first, o + L);
        o += c;
        DoubleVector c40 = start(out, first, o), c41 = start(out, first, o + L);
        o += c;
        DoubleVector c50 = start(out, first, o), c51 = start(out, first, o + L);
        o += c;
        DoubleVector c60 = start(out, first, o), c61 = start(out, first, o + L);
        o += c;
        DoubleVector c70 = start(out, first, o), c71 = start(out, first, o + L);
        for (int k = 0; k < steps; k++) {
            int bk = k * 2 * L;
            int ak = a0 + k * MR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bk + L);
            DoubleVector x = DoubleVector.broadcast(S, ap[ak]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, ap[ak + 1]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, ap[ak + 2]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, ap[ak + 3]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31);
            x = DoubleVector.broadcast(S, ap[ak + 4]);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(S, ap[ak + 5]);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51);
            x = DoubleVector.broadcast(S, ap[ak + 6]);
            c60 = b0.fma(x, c60); c61 = b1.fma(x, c61);
            x = DoubleVector.broadcast(S, ap[ak + 7]);
            c70 = b0.fma(x, c70); c71 = b1.fma(x, c71);
        }
        o = i * c + j;
        c00.intoArray(out, o); c01.intoArray(out, o + L); o += c;
        c10.intoArray(out, o); c11.intoArray(out, o + L); o += c;
        c20.intoArray(out, o); c21.intoArray(out, o + L); o += c;
        c30.intoArray(out, o); c31.intoArray(out, o + L); o += c;
        c40.intoArray(out, o); c41.intoArray(out, o + L); o += c;
        c50.intoArray(out, o); c51.intoArray(out, o + L); o += c;
        c60.intoArray(out, o); c61.intoArray(out, o + L); o += c;
        c70.intoArray(out, o); c71.intoArray(out, o + L);
    }

    /** {@link #tile} for a panel of one vector. */
    private static void tile8x1(double[] ap, int a0, double[] bp, double[] out, int i, int j, int steps, int c,
            boolean first) {
        int o = i * c + j;
        DoubleVector c0 = start(out, first, o);
        DoubleVector c1 = start(out, first, o + c);
        DoubleVector c2 = start(out, first, o + 2 * c);
        DoubleVector c3 = start(out, first, o + 3 * c);
        DoubleVector c4 = start(out, first, o + 4 * c);
        DoubleVector c5 = start(out, first, o + 5 * c);
        DoubleVector c6 = start(out, first, o + 6 * c);
        DoubleVector c7 = start(out, first, o + 7 * c);
        for (int k = 0; k < steps; k++) {
            int ak = a0 + k * MR;
            DoubleVector bk = DoubleVector.fromArray(S, bp, k * L);
            c0 = bk.fma(DoubleVector.broadcast(S, ap[ak]), c0);
            c1 = bk.fma(DoubleVector.broadcast(S, ap[ak + 1]), c1);
            c2 = bk.fma(DoubleVector.broadcast(S, ap[ak + 2]), c2);
            c3 = bk.fma(DoubleVector.broadcast(S, ap[ak + 3]), c3);
            c4 = bk.fma(DoubleVector.broadcast(S, ap[ak + 4]), c4);
            c5 = bk.fma(DoubleVector.broadcast(S, ap[ak + 5]), c5);
            c6 = bk.fma(DoubleVector.broadcast(S, ap[ak + 6]), c6);
            c7 = bk.fma(DoubleVector.broadcast(S, ap[ak + 7]), c7);
        }
        c0.intoArray(out, o);
        c1.intoArray(out, o + c);
        c2.intoArray(out, o + 2 * c);
        c3.intoArray(out, o + 3 * c);
        c4.intoArray(out, o + 4 * c);
        c5.intoArray(out, o + 5 * c);
        c6.intoArray(out, o + 6 * c);
        c7.intoArray(out, o + 7 * c);
    }
}
