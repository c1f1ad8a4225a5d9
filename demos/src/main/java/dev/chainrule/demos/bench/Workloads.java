package dev.chainrule.demos.bench;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The workloads of the project's benchmark (WORKLOADS.md), each written with the public API as a user would: one
 * {@link Runnable} is one timed run; making it (the data, the starting weights) is not timed.
 */
final class Workloads {
    private Workloads() {
    }

    /**
     * A workload.
     *
     * @param make makes one run
     * @param runs how many timed runs
     */
    record Workload(Supplier<Runnable> make, int runs) {
    }

    static Map<String, Workload> all() {
        Map<String, Workload> w = new LinkedHashMap<>();
        w.put("tiny-step", new Workload(Workloads::tinyStep, 30));
        w.put("moons-train", new Workload(MoonsWorkload::moonsTrain, 10));
        w.put("deep-classify", new Workload(Workloads::deepClassify, 5));
        w.put("mlp784-step", new Workload(Workloads::mlp784Step, 30));
        w.put("wide-step", new Workload(Workloads::wideStep, 10));
        w.put("deep-graph", new Workload(Workloads::deepGraph, 10));
        return w;
    }

    /** 1000 SGD steps of seed 000's 2-2-1 tanh network with its exact weights, η = 0.1. */
    static Runnable tinyStep() {
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        Tensor one = Tensor.of(1.0);
        return () -> {
            Tensor W1 = Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}});
            Tensor b1 = Tensor.of(new double[][] {{0.1}, {-0.2}});
            Tensor W2 = Tensor.of(new double[][] {{0.5, -0.3}});
            Tensor b2 = Tensor.of(new double[][] {{0.2}});
            for (int i = 0; i < 1000; i++) {
                Tensor L = one.sub(W2.matmul(W1.matmul(x).add(b1).tanh()).add(b2).tanh()).square().sum();
                Gradients g = L.grad(W1, b1, W2, b2);
                W1 = Functional.sgdStep(W1, g.of(W1), 0.1);
                b1 = Functional.sgdStep(b1, g.of(b1), 0.1);
                W2 = Functional.sgdStep(W2, g.of(W2), 0.1);
                b2 = Functional.sgdStep(b2, g.of(b2), 0.1);
            }
        };
    }

    /** 500 full-batch epochs of a 4-24-12-3 tanh network with softmax cross-entropy on 1200 samples, η = 0.1. */
    static Runnable deepClassify() {
        SplittableRandom rng = new SplittableRandom(0);
        double[][] X = normal(rng, 1200, 4);
        int[] y = rng.ints(1200, 0, 3).toArray();
        Dataset data = Dataset.of(X, y);
        Sequential net = MLP.sizes(4, 24, 12, 3).hidden(Activation.TANH).weights(Initializer.normal(0, 0.3)).build();
        Trainer trainer = Trainer.of(net, new SoftmaxCrossEntropy(), new SGD(0.1)).targets(Targets.oneHot(3)).epochs(500)
                .fullBatch().progress(null);
        return () -> trainer.fit(net.init(new SplittableRandom(1)), data);
    }

    /** 10 SGD steps on one batch of 128 x 784 inputs: 784-256-10 tanh, softmax cross-entropy, η = 0.1. */
    static Runnable mlp784Step() {
        return steps(new int[] {784, 256, 10}, 128, 10, 0.05);
    }

    /** 1 SGD step on a batch of 256 x 1024: 1024-1024-1024-10 tanh, tanh, softmax cross-entropy. */
    static Runnable wideStep() {
        return steps(new int[] {1024, 1024, 1024, 10}, 256, 1, 0.03);
    }

    private static Runnable steps(int[] sizes, int batch, int steps, double scale) {
        SplittableRandom rng = new SplittableRandom(0);
        Tensor X = Tensor.of(normal(rng, batch, sizes[0]));
        int[] y = rng.ints(batch, 0, sizes[sizes.length - 1]).toArray();
        Sequential net = MLP.sizes(sizes).hidden(Activation.TANH).weights(Initializer.normal(0, scale)).build();
        Params start = net.init(new SplittableRandom(1));
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        SGD sgd = new SGD(0.1);
        return () -> {
            Params p = start;
            for (int i = 0; i < steps; i++) {
                Tensor L = loss.apply(net.forward(p, X), y);
                p = sgd.step(p, p.gradientsFrom(L), dev.chainrule.nn.optim.OptimizerState.initial()).params();
            }
        };
    }

    /** 10,000 times {@code x = tanh(x)·0.9 + 0.1} from 0.3, then the gradient with respect to the first x. */
    static Runnable deepGraph() {
        return () -> deepGraphRun(10_000);
    }

    /**
     * One run of the deep-graph workload with {@code iterations} iterations: builds the chain, then asks reverse mode
     * for the gradient with respect to the first x only ({@code x.grad(x0)}), as a user who wants ∂x/∂x0 writes it.
     */
    static double deepGraphRun(int iterations) {
        Tensor x0 = Tensor.of(0.3);
        return chain(x0, iterations).grad(x0).of(x0).item();
    }

    /**
     * {@code iterations} times {@code x = tanh(x)·0.9 + 0.1} from {@code x0}: three graph nodes (the tanh, the product
     * and the sum) an iteration, each of the last two with a constant leaf beside it.
     */
    static Tensor chain(Tensor x0, int iterations) {
        Tensor x = x0;
        for (int i = 0; i < iterations; i++) {
            x = x.tanh().mul(0.9).add(0.1);
        }
        return x;
    }

    static double[][] normal(SplittableRandom rng, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return out;
    }

}
