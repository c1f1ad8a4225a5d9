package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Very deep graphs on the default thread stack, and one shared graph differentiated from many threads at once. */
class RobustnessTest {
    private static final int NODES = 1_000_000;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void backwardThroughAChainOfAMillionMulAndAddNodesOnTheDefaultStack() {
        // x_{k+1} = x_k * 1.0000001 + 0: two op nodes per step (and two fresh constant leaves)
        int steps = NODES / 2;
        Tensor x0 = Tensor.of(1.0);
        Tensor x = x0;
        for (int i = 0; i < steps; i++) {
            x = x.mul(1.0000001).add(0.0);
        }
        double expected = Math.pow(1.0000001, steps);   // ≈ e^0.05
        assertThat(x.item()).isCloseTo(expected, within(1e-9));
        Gradients g = x.grad();
        assertThat(g.of(x0).item()).isCloseTo(expected, within(1e-9));
        assertThat(g.size()).isEqualTo(2 * NODES + 1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void backwardThroughAChainOfAMillionTanhNodesOnTheDefaultStack() {
        Tensor x0 = Tensor.of(0.5);
        Tensor x = x0;
        double value = 0.5;
        double derivative = 1.0;
        for (int i = 0; i < NODES; i++) {
            x = x.tanh();
            value = TanhKernel.tanh(value);
            derivative *= 1 - value * value;
        }
        assertThat(x.item()).isEqualTo(value);
        assertThat(x.grad().of(x0).item()).isCloseTo(derivative, within(1e-9 * Math.abs(derivative)));
    }

    /** A small two-layer network whose gradients every thread computes. */
    private static final class SharedGraph {
        final Tensor w1 = Tensor.param("W1", filled(16, 12, 0.3));
        final Tensor b1 = Tensor.param("b1", filled(1, 12, 1.1)[0]);
        final Tensor w2 = Tensor.param("W2", filled(12, 4, 2.2));
        final Tensor inputs = Tensor.of(filled(10, 16, 0.7));
        final Tensor labels = Tensor.of(oneHot(10, 4));
        final Tensor hidden = inputs.matmul(w1).add(b1).tanh();
        final Tensor logits = hidden.matmul(w2);
        final Tensor loss = logits.logSoftmax(1).mul(labels).sum(1).neg().mean()
                .add(w1.square().sum().mul(1e-3));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void gradientsOfOneGraphFromEightThreadsEqualTheSingleThreadedResult() throws Exception {
        SharedGraph graph = new SharedGraph();
        Gradients reference = graph.loss.grad();
        Tensor referenceHv = hessianVectorProduct(graph);
        int threads = 8;
        int repetitions = 50;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean secondOrder = t % 2 == 1;
                Callable<List<Object>> job = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Object> results = new ArrayList<>();
                    for (int r = 0; r < repetitions; r++) {
                        results.add(secondOrder ? hessianVectorProduct(graph) : graph.loss.grad());
                    }
                    return results;
                };
                futures.add(pool.submit(job));
            }
            for (int t = 0; t < threads; t++) {
                for (Object result : futures.get(t).get(15, TimeUnit.SECONDS)) {
                    if (result instanceof Gradients g) {
                        assertThat(g).isEqualTo(reference);
                        assertThat(g.of(graph.w1).sameValues(reference.of(graph.w1))).isTrue();
                    } else {
                        assertThat(((Tensor) result).sameValues(referenceHv)).as("Hessian-vector product").isTrue();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // nothing in the shared graph changed
        assertThat(graph.loss.grad()).isEqualTo(reference);
    }

    private static Tensor hessianVectorProduct(SharedGraph graph) {
        Tensor g = graph.loss.differentiableGrad().of(graph.w2);
        return g.mul(Tensor.ones(g.shape())).sum().grad().of(graph.w2);
    }

    private static double[][] filled(int rows, int cols, double phase) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = 0.5 * Math.sin(1.3 * (i * cols + j) + phase);
            }
        }
        return m;
    }

    private static double[][] oneHot(int rows, int classes) {
        double[][] m = new double[rows][classes];
        for (int i = 0; i < rows; i++) {
            m[i][(i * 3) % classes] = 1;
        }
        return m;
    }
}
