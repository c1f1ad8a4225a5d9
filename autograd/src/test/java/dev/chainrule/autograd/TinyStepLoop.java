package dev.chainrule.autograd;

/**
 * The program {@link TrainingLoopMemoryTest} runs in a JVM of its own with a small heap: 100,000 SGD steps of seed
 * 000's 2-2-1 tanh network with its exact weights (the benchmark's tiny-step, η = 0.1), as a user writes the loop —
 * a new graph every step, nothing freed by hand. It prints the used heap after full collections at step 10,000 and at
 * step 100,000 ({@code heap STEP BYTES}), then the last loss ({@code loss VALUE}).
 */
final class TinyStepLoop {
    /** The step of the first heap measurement, when the JIT compiler and the heap have settled. */
    static final int FIRST = 10_000;
    /** The steps in all; the second measurement is after the last. */
    static final int STEPS = 100_000;

    private TinyStepLoop() {
    }

    public static void main(String[] args) {
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        Tensor one = Tensor.of(1.0);
        Tensor W1 = Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}});
        Tensor b1 = Tensor.of(new double[][] {{0.1}, {-0.2}});
        Tensor W2 = Tensor.of(new double[][] {{0.5, -0.3}});
        Tensor b2 = Tensor.of(new double[][] {{0.2}});
        double loss = Double.NaN;
        for (int step = 1; step <= STEPS; step++) {
            Tensor L = one.sub(W2.matmul(W1.matmul(x).add(b1).tanh()).add(b2).tanh()).square().sum();
            Gradients g = L.grad(W1, b1, W2, b2);
            W1 = Functional.sgdStep(W1, g.of(W1), 0.1);
            b1 = Functional.sgdStep(b1, g.of(b1), 0.1);
            W2 = Functional.sgdStep(W2, g.of(W2), 0.1);
            b2 = Functional.sgdStep(b2, g.of(b2), 0.1);
            loss = L.item();
            if (step == FIRST || step == STEPS) {
                System.out.println("heap " + step + " " + usedHeapAfterGc());
            }
        }
        System.out.println("loss " + loss);
    }

    /**
     * The used heap after five requested full collections (the serial collector leaves some dead objects in place
     * unless it compacts all, which it does every fourth time by default).
     */
    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
