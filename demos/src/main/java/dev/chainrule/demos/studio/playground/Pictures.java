package dev.chainrule.demos.studio.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.HalfMeanSquaredError;
import dev.chainrule.nn.loss.Penalty;
import java.util.List;

/**
 * The numbers behind the Playground's pictures, written into the page's JSON: the output over the square of the
 * picture and every neuron over a coarser one (rows from the top of the square down, values rounded to 3 decimals),
 * the weights and biases with their gradients {@code ∂L/∂w} on the training points, and the points themselves.
 *
 * <pre>{@code
 * Pictures.heatMaps(json, net, params, data);   // "output": [...48×48...], "neurons": [[[...16×16...], ...], ...]
 * }</pre>
 */
final class Pictures {
    private Pictures() {
    }

    /** {@code output}: the network's output over the square; {@code neurons}: inputs and every neuron's activation. */
    static void heatMaps(ObjectNode s, Sequential net, Params params, PlaygroundData data) {
        s.putArray("domain").add(data.domain()[0]).add(data.domain()[1]).add(data.domain()[2]).add(data.domain()[3]);
        NetworkTrace fine = NetworkTrace.of(net, params, grid(data, PlaygroundModel.OUTPUT_GRID));
        s.set("output", values(s.arrayNode(), fine.output(), 0));
        Tensor coarseInput = grid(data, PlaygroundModel.NEURON_GRID);
        NetworkTrace coarse = NetworkTrace.of(net, params, coarseInput);
        ArrayNode layers = s.putArray("neurons");
        layer(layers.addArray(), coarseInput);
        for (NetworkTrace.LayerTrace t : coarse.layers()) {
            layer(layers.addArray(), t.a());
        }
    }

    private static void layer(ArrayNode out, Tensor activations) {
        for (int j = 0; j < activations.shape().cols(); j++) {
            out.add(values(out.arrayNode(), activations, j));
        }
    }

    /** Column {@code j} of {@code t}, rounded. */
    private static ArrayNode values(ArrayNode out, Tensor t, int j) {
        int cols = t.shape().cols();
        double[] v = t.toArray();
        for (int i = 0; i < t.shape().rows(); i++) {
            double x = v[i * cols + j];
            out.add(Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : 0);
        }
        return out;
    }

    /** The inputs of the square's points, {@code n × n}, row by row from the top (largest second coordinate). */
    static Tensor grid(PlaygroundData data, int n) {
        double[] d = data.domain();
        double[][] rows = new double[n * n][];
        for (int r = 0; r < n; r++) {
            double b = d[3] - (r + 0.5) * (d[3] - d[2]) / n;
            for (int c = 0; c < n; c++) {
                double a = d[0] + (c + 0.5) * (d[1] - d[0]) / n;
                rows[r * n + c] = data.inputs(data.point(a, b));
            }
        }
        return Tensor.of(rows);
    }

    /**
     * {@code weights[l][i][j]} from neuron i of layer l to neuron j of layer l + 1 (layer 0: the inputs),
     * {@code biases[l][j]}, and {@code gradients} and {@code biasGradients} of the training loss with the penalty.
     */
    static void weights(ObjectNode s, Sequential net, Params params, Dataset train, Penalty penalty) {
        Tensor loss = new HalfMeanSquaredError().apply(net.forward(params, train.xTensor()),
                Tensor.of(PlaygroundModel.column(train.y())));
        Params grads = params.gradientsFrom(penalty == null ? loss : loss.add(penalty.apply(params)));
        ArrayNode w = s.putArray("weights");
        ArrayNode b = s.putArray("biases");
        ArrayNode gw = s.putArray("gradients");
        ArrayNode gb = s.putArray("biasGradients");
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Linear linear) {
                matrix(w.addArray(), params.get(linear.weightName(i + ".")));
                matrix(gw.addArray(), grads.get(linear.weightName(i + ".")));
                vector(b.addArray(), params.get(linear.biasName(i + ".")));
                vector(gb.addArray(), grads.get(linear.biasName(i + ".")));
            }
        }
    }

    private static void matrix(ArrayNode out, Tensor m) {
        double[][] rows = m.toMatrix();
        for (double[] row : rows) {
            vector(out.addArray(), row);
        }
    }

    private static void vector(ArrayNode out, Tensor v) {
        vector(out, v.toArray());
    }

    private static void vector(ArrayNode out, double[] v) {
        for (double x : v) {
            out.add(Double.isFinite(x) ? x : 0);
        }
    }

    /** The training and test points as {@code [a, b, label]} in the picture's coordinates; the names of things. */
    static void points(ObjectNode s, PlaygroundData data) {
        for (String part : List.of("train", "test")) {
            Dataset d = part.equals("train") ? data.rawTrain() : data.rawTest();
            ArrayNode out = s.putArray(part + "Points");
            for (int i = 0; i < d.size(); i++) {
                double[] p = data.shown(d.row(i));
                out.addArray().add(PlaygroundModel.round(p[0])).add(PlaygroundModel.round(p[1])).add(PlaygroundModel.round(d.y(i)));
            }
        }
        ArrayNode inputs = s.putArray("inputNames");
        data.inputNames().forEach(inputs::add);
        ArrayNode axes = s.putArray("axisNames");
        data.axisNames().forEach(axes::add);
    }
}
