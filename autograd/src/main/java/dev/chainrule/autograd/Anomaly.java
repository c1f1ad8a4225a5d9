package dev.chainrule.autograd;

import java.net.URL;
import java.security.CodeSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Opt-in detection of the first op that turns finite numbers into {@code NaN} or {@code ±Infinity}, in the forward
 * pass or in a gradient rule. While a scope is open on a thread, every node made on that thread records where it was
 * created (the first caller outside chainrule and the JDK), and the first non-finite result throws
 * {@link NonFiniteException} naming the op and that place. Costs a stack walk per node: for debugging, not for
 * training runs.
 *
 * <pre>{@code
 * try (var scope = Anomaly.detect()) {
 *     Tensor.of(0.0, 1.0).log();   // throws: log produced -Infinity at index 0 ... created at MyTest.java:12
 * }
 * }</pre>
 */
public final class Anomaly {
    private static final AtomicInteger OPEN_ANYWHERE = new AtomicInteger();
    /** Per thread: [0] open scopes, [1] gradient rules being run (see {@link #inRule}). */
    private static final ThreadLocal<int[]> OPEN_HERE = ThreadLocal.withInitial(() -> new int[2]);
    private static final URL LIBRARY = location(Anomaly.class);
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Anomaly() {
    }

    /** An open detection scope on this thread; close it (try-with-resources) to stop. Scopes nest. */
    public static Scope detect() {
        OPEN_HERE.get()[0]++;
        OPEN_ANYWHERE.incrementAndGet();
        return new Scope();
    }

    /** Closes the detection scope that {@link #detect()} opened. */
    public static final class Scope implements AutoCloseable {
        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                OPEN_HERE.get()[0]--;
                OPEN_ANYWHERE.decrementAndGet();
            }
        }
    }

    static boolean isOn() {
        return OPEN_ANYWHERE.get() > 0 && OPEN_HERE.get()[0] > 0;
    }

    /** The first stack frame outside this library and the JDK: where the user made the node. */
    static StackTraceElement callerOutsideLibrary() {
        return WALKER.walk(frames -> frames
                .filter(f -> !libraryOrJdk(f.getDeclaringClass()))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
    }

    /**
     * Whether {@code c} is one of chainrule's classes or the JDK's own: a stream that calls {@code Tensor::log} is
     * not where the user made the node, the line that runs the stream is.
     */
    private static boolean libraryOrJdk(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader() || Objects.equals(location(c), LIBRARY);
    }

    /** Where {@code c} was loaded from (a jar or a directory), or null (e.g. a jshell snippet). */
    private static URL location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /**
     * Runs a gradient rule. The nodes a rule makes are not inspected one by one (a {@code reciprocal} inside
     * {@code sqrt}'s rule would be blamed, at the {@code grad()} call); {@link #inspectGradient} then checks the
     * rule's results and names the rule and where its node was created.
     */
    static <T> T inRule(Supplier<T> rule) {
        int[] here = OPEN_HERE.get();
        here[1]++;
        try {
            return rule.get();
        } finally {
            here[1]--;
        }
    }

    /** Throws if {@code node} holds a non-finite value although all its inputs are finite. */
    static Tensor inspect(Tensor node) {
        if (OPEN_HERE.get()[1] > 0) {
            return node;
        }
        int bad = firstNonFinite(node.data);
        if (bad >= 0 && node.op.inputs().stream().allMatch(in -> firstNonFinite(in.data) < 0)) {
            throw new NonFiniteException(node.op.name() + " produced " + node.data[bad] + at(node, bad)
                    + " from finite inputs " + inputs(node) + where(node), node);
        }
        return node;
    }

    /** Throws if the rule of {@code node}'s op made a non-finite gradient from finite values. */
    static void inspectGradient(Tensor node, Tensor outputGrad, Tensor inputGrad) {
        int bad = firstNonFinite(inputGrad.data);
        if (bad >= 0 && firstNonFinite(outputGrad.data) < 0 && firstNonFinite(node.data) < 0) {
            throw new NonFiniteException("the gradient rule of " + node.op.name() + " produced " + inputGrad.data[bad]
                    + (inputGrad.rank() == 0 ? "" : " at " + index(inputGrad, bad)) + " from finite values"
                    + where(node), node);
        }
    }

    private static int firstNonFinite(double[] data) {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }

    /** {@code " at (1,1) of its result (2,2)"}, or nothing for a scalar result. */
    private static String at(Tensor node, int flat) {
        return node.rank() == 0 ? "" : " at " + index(node, flat) + " of its result " + node.shape;
    }

    private static String index(Tensor t, int flat) {
        return t.rank() == 1 ? "(" + flat + ")" : "(" + flat / t.shape.cols() + "," + flat % t.shape.cols() + ")";
    }

    /** The inputs' shapes, {@code [(2,2), (2,1)]}, with scalars as their numbers: {@code [0.0, -0.0]}. */
    private static String inputs(Tensor node) {
        return node.op.inputs().stream().map(in -> in.rank() == 0 ? Double.toString(in.data[0]) : in.shape.toString())
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static String where(Tensor node) {
        return node.origin == null ? "" : "; the node was created at " + node.origin;
    }
}
