package dev.chainrule.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.HalfSumSquaredError;
import dev.chainrule.nn.loss.SoftmaxCrossEntropy;
import dev.chainrule.nn.loss.SquaredError;
import dev.chainrule.nn.optim.OptimizerState;
import dev.chainrule.nn.optim.SGD;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The seeds' networks written with nn (layers, losses, {@code Params.gradientsFrom}, {@code SGD}): one step with the
 * given weights reproduces the PyTorch float64 fixtures — every forward value, every gradient (the δ's included) and
 * every updated parameter — to 1e-12.
 */
class SeedNetworksTest {
    private static final Layout COLUMNS = Layout.SAMPLES_AS_COLUMNS;
    private static final Tensor X_Q2 = Tensor.of(new double[][] {{1, 0}, {0, 0}, {1, 10}, {0, 0}});
    private static final Tensor Z_Q2 = Tensor.of(new double[][] {{0, 0}, {1, 0}, {0, 1}});

    /**
     * One forward and backward pass, layer by layer, keeping every layer's output (the seeds' z1, h1, ...) as a node
     * of the graph so that its δ can be read from the gradients.
     */
    record Pass(Params params, Tensor x, Tensor y, List<Tensor> outputs, Tensor loss, Gradients grads) {
        static Pass run(Sequential net, Params params, Tensor x, Tensor y, UnaryOperator<Tensor> lossOfOutput) {
            List<Tensor> outputs = new ArrayList<>();
            Tensor h = x;
            for (int i = 0; i < net.layers().size(); i++) {
                h = net.layers().get(i).forward(params, i + ".", net.layout(), h);
                outputs.add(h);
            }
            assertThat(net.forward(params, x).sameValues(h)).as("Sequential.forward = the layers one by one").isTrue();
            Tensor loss = lossOfOutput.apply(h);
            return new Pass(params, x, y, outputs, loss, loss.grad());
        }

        /** The fixture's names for the input, the target, the layer outputs and the loss, mapped to nodes. */
        Map<String, Tensor> nodes(String input, String target, List<String> layerOutputs, String lossName) {
            Map<String, Tensor> m = new LinkedHashMap<>();
            m.put(input, x);
            m.put(target, y);
            for (int i = 0; i < layerOutputs.size(); i++) {
                m.put(layerOutputs.get(i), outputs.get(i));
            }
            m.put(lossName, loss);
            return m;
        }
    }

    /**
     * Checks the whole fixture: values and gradients of the nodes and of the parameters (fixture name → nn name), and
     * one {@code SGD(0.1)} step; and that nothing in the fixture was left out.
     */
    private static void assertMatches(String fixture, Pass pass, Map<String, Tensor> nodes, Map<String, String> paramNames) {
        SeedJson f = SeedJson.load(fixture);
        Params grads = pass.params().gradientsFrom(pass.grads());
        Params updated = new SGD(0.1).step(pass.params(), grads, OptimizerState.initial()).params();
        Map<String, Tensor> values = new LinkedHashMap<>(nodes);
        Map<String, Tensor> gradients = new LinkedHashMap<>();
        Map<String, Tensor> steps = new LinkedHashMap<>();
        nodes.forEach((name, node) -> gradients.put(name, pass.grads().of(node)));
        paramNames.forEach((fixtureName, nnName) -> {
            values.put(fixtureName, pass.params().get(nnName));
            gradients.put(fixtureName, grads.get(nnName));
            steps.put(fixtureName, updated.get(nnName));
        });
        assertThat(values.keySet()).as("every value of the fixture is checked").containsExactlyInAnyOrderElementsOf(f.names("values"));
        assertThat(gradients.keySet()).as("every gradient of the fixture is checked").containsExactlyInAnyOrderElementsOf(f.names("grads"));
        assertThat(steps.keySet()).as("every updated parameter is checked").containsExactlyInAnyOrderElementsOf(f.names("updated"));
        f.assertSection("values", values);
        f.assertSection("grads", gradients);
        f.assertSection("updated", steps);
    }

    @Test
    void seed000Exercise1TanhStep() {
        Sequential net = Sequential.of(COLUMNS,
                new Linear(2, 2).named("W1", "b1")
                        .weights(Initializer.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}})).biases(Initializer.of(0.1, -0.2)),
                Activation.TANH,
                new Linear(2, 1).named("W2", "b2")
                        .weights(Initializer.of(0.5, -0.3)).biases(Initializer.of(0.2)),
                Activation.TANH);
        Params params = net.init(new SplittableRandom(0));
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        Tensor y = Tensor.of(new double[][] {{1.0}});
        Pass pass = Pass.run(net, params, x, y, yhat -> new SquaredError().apply(yhat, y));
        assertMatches("seed000-ex1-tanh-step", pass, pass.nodes("x", "y", List.of("z1", "h1", "u2", "yhat"), "L"),
                Map.of("W1", "W1", "b1", "b1", "W2", "W2", "b2", "b2"));
    }

    @Test
    void seed001Question1SigmoidNetworkWithHalfSumOfSquares() {
        Sequential net = MLP.sizes(5, 3, 2).hidden(Activation.SIGMOID).output(Activation.SIGMOID).layout(COLUMNS)
                .weights(Initializer.constant(0.1)).biases(Initializer.zeros()).build();
        Tensor x = Tensor.of(new double[][] {{1}, {1}, {0}, {0}, {0}});
        Tensor z = Tensor.of(new double[][] {{1}, {0}});
        Pass pass = Pass.run(net, net.init(new SplittableRandom(0)), x, z, x2 -> new HalfSumSquaredError().apply(x2, z));
        assertMatches("seed001-ex1-sigmoid-sgd", pass, pass.nodes("x", "z", List.of("n1", "x1", "n2", "x2"), "E"),
                Map.of("w1", "0.weight", "b1", "0.bias", "w2", "2.weight", "b2", "2.bias"));
    }

    @Test
    void seed001Question2bTanhBatchOfTwoColumns() {
        Sequential net = MLP.sizes(4, 4, 3, 3).hidden(Activation.TANH).output(Activation.TANH).layout(COLUMNS)
                .weights(Initializer.constant(0.1)).biases(Initializer.constant(0.1)).build();
        Pass pass = Pass.run(net, net.init(new SplittableRandom(0)), X_Q2, Z_Q2,
                x3 -> new HalfSumSquaredError().apply(x3, Z_Q2));
        assertMatches("seed001-ex2-tanh-batch", pass,
                pass.nodes("X", "Z", List.of("n1", "x1", "n2", "x2", "n3", "x3"), "E"), q2Names());
    }

    @Test
    void seed001Question3SoftmaxLayerAndCrossEntropyByHand() {
        Sequential net = MLP.sizes(4, 4, 3, 3).hidden(Activation.TANH).output(Activation.SOFTMAX).layout(COLUMNS)
                .weights(Initializer.constant(0.1)).biases(Initializer.constant(0.1)).build();
        assertThat(net.layout()).as("the softmax normalises each column: the model's layout").isEqualTo(COLUMNS);
        Pass pass = Pass.run(net, net.init(new SplittableRandom(0)), X_Q2, Z_Q2, x3 -> Z_Q2.mul(x3.log()).sum().neg());
        assertMatches("seed001-ex3-softmax-ce", pass,
                pass.nodes("X", "Z", List.of("n1", "x1", "n2", "x2", "n3", "x3"), "E"), q2Names());
    }

    @Test
    void seed001Question3FusedSoftmaxCrossEntropyIsTheSame() {
        Sequential logits = MLP.sizes(4, 4, 3, 3).hidden(Activation.TANH).layout(COLUMNS)
                .weights(Initializer.constant(0.1)).biases(Initializer.constant(0.1)).build();
        Params params = logits.init(new SplittableRandom(0));
        SoftmaxCrossEntropy ce = SoftmaxCrossEntropy.summed();
        Pass oneHot = Pass.run(logits, params, X_Q2, Z_Q2, n3 -> ce.apply(n3, Z_Q2, logits.layout()));
        Pass indices = Pass.run(logits, params, X_Q2, Z_Q2, n3 -> ce.apply(n3, new int[] {1, 2}, logits.layout()));
        Pass byHand = Pass.run(logits, params, X_Q2, Z_Q2, n3 -> Z_Q2.mul(n3.softmax(0).log()).sum().neg());

        Map<String, Tensor> nodes = oneHot.nodes("X", "Z", List.of("n1", "x1", "n2", "x2", "n3"), "E");
        nodes.remove("Z"); // the fused loss's gradient with respect to the target is -log softmax, not the fixture's
        SeedJson f = SeedJson.load("seed001-ex3-softmax-ce");
        f.assertSection("values", nodes);
        f.assertSection("values", Map.of("x3", Activation.SOFTMAX.apply(oneHot.outputs().get(4), COLUMNS)));
        Map<String, Tensor> deltas = new LinkedHashMap<>();
        nodes.forEach((name, node) -> deltas.put(name, oneHot.grads().of(node)));
        f.assertSection("grads", deltas);

        Params grads = params.gradientsFrom(oneHot.grads());
        Params updated = new SGD(0.1).step(params, grads, OptimizerState.initial()).params();
        Map<String, Tensor> g = new LinkedHashMap<>();
        Map<String, Tensor> u = new LinkedHashMap<>();
        q2Names().forEach((fixtureName, nnName) -> {
            g.put(fixtureName, grads.get(nnName));
            u.put(fixtureName, updated.get(nnName));
        });
        f.assertSection("grads", g);
        f.assertSection("updated", u);

        assertThat(indices.loss().item()).isCloseTo(oneHot.loss().item(), within(1e-15));
        assertThat(byHand.loss().item()).isCloseTo(oneHot.loss().item(), within(1e-15));
        assertThat(params.gradientsFrom(indices.grads())).isEqualTo(grads);
        assertThat(params.gradientsFrom(byHand.grads()).get("4.weight").allClose(grads.get("4.weight"), 1e-15, 0))
                .isTrue();
    }

    @Test
    void seed004SigmoidNetworkWithHalfSquaredError() {
        Sequential net = Sequential.of(COLUMNS,
                new Linear(2, 2).named("W1", "b1")
                        .weights(Initializer.of(new double[][] {{0.1, -0.2}, {0.4, 0.2}})).biases(Initializer.of(0.0, -0.1)),
                Activation.SIGMOID,
                new Linear(2, 1).named("W2", "b2")
                        .weights(Initializer.of(0.3, -0.4)).biases(Initializer.of(0.2)),
                Activation.SIGMOID);
        Tensor x = Tensor.of(new double[][] {{0.5}, {-1.5}});
        Tensor y = Tensor.of(new double[][] {{1.0}});
        Pass pass = Pass.run(net, net.init(new SplittableRandom(0)), x, y, yhat -> new HalfSumSquaredError().apply(yhat, y));
        assertMatches("seed004-sigmoid-mse", pass, pass.nodes("x", "y", List.of("z1", "a1", "z2", "yhat"), "C"),
                Map.of("W1", "W1", "b1", "b1", "W2", "W2", "b2", "b2"));
        assertThat(pass.loss().item()).as("the source's 0.1010 is a slip").isCloseTo(0.101780, within(1e-6));
    }

    private static Map<String, String> q2Names() {
        return Map.of("W1", "0.weight", "b1", "0.bias", "W2", "2.weight", "b2", "2.bias", "W3", "4.weight", "b3", "4.bias");
    }
}
