package dev.chainrule.autograd;

/**
 * Whether the JDK's incubating Vector API ({@code jdk.incubator.vector}) is loaded: the launcher and the tests add
 * it with {@code --add-modules}, and then {@link MatrixProducts} computes large products with {@link VectorGemm}.
 * This class names no Vector API type, so it loads without the module.
 *
 * <p>The products ({@link VectorGemm}, {@link VectorProducts}) and the element-wise kernels ({@link TanhKernel},
 * {@link ExpKernel}, {@link LogKernel}) use it. The Vector API's own {@code TANH}, {@code EXP} and {@code LOG} are
 * not used: their results depend on whether the loop has been compiled yet, and a teaching tool must print the same
 * digits on every run, so the kernels spell out their arithmetic and give the same bits with or without the module.
 *
 * <p>Two rules keep Vector API code fast, because a vector operation the optimising compiler does not turn into
 * machine instructions runs as Java code on an object per vector, hundreds of times slower. A kernel's vector loop is
 * not entered for arrays shorter than one vector: a loop called thousands of times without ever running its body
 * (tanh of seed 000's 2 × 1 layer) was compiled before the vector classes it uses were set up, and in one run out of
 * a few that compiled loop then ran every later layer this slow for the rest of the JVM's life. And no helper takes
 * or returns a vector, unless it is tiny ({@code VectorProducts.store}): one compiled on its own is not inlined
 * into its caller any more, and then each call makes an object.
 */
final class VectorApi {
    /** Whether {@code jdk.incubator.vector} is loaded. */
    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }
}
