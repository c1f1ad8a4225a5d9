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
 */
final class VectorApi {
    /** Whether {@code jdk.incubator.vector} is loaded. */
    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }
}
