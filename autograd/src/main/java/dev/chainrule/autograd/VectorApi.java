package dev.chainrule.autograd;

/**
 * Whether the JDK's incubating Vector API ({@code jdk.incubator.vector}) is loaded: the launcher and the tests add
 * it with {@code --add-modules}, and then {@link MatrixProducts} computes large products with {@link VectorGemm}.
 * This class names no Vector API type, so it loads without the module.
 *
 * <p>Products and {@link TanhKernel} use it. The Vector API's own {@code TANH} is not used: its results depend on
 * whether the loop has been compiled yet, and a teaching tool must print the same digits on every run, so
 * {@code TanhKernel} spells out its arithmetic and gives the same bits with or without the module.
 */
final class VectorApi {
    /** Whether {@code jdk.incubator.vector} is loaded. */
    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }
}
