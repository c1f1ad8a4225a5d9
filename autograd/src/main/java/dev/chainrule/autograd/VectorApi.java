package dev.chainrule.autograd;

/**
 * Whether the JDK's incubating Vector API ({@code jdk.incubator.vector}) is loaded: the launcher and the tests add
 * it with {@code --add-modules}, and then {@link MatrixProducts} computes large products with {@link VectorGemm}.
 * This class names no Vector API type, so it loads without the module.
 *
 * <p>Only products use it. Element-wise functions such as {@code tanh} stay on {@link Math}: the Vector API's
 * {@code TANH} gives results that depend on whether the loop has been compiled yet, and a teaching tool must print
 * the same digits on every run (its cost is a few milliseconds per million elements).
 */
final class VectorApi {
    /** Whether {@code jdk.incubator.vector} is loaded. */
    static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }
}
