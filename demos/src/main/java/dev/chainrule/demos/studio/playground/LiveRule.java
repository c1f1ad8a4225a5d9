package dev.chainrule.demos.studio.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.demos.studio.Exchanges;
import dev.chainrule.demos.studio.HttpError;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.loss.HalfMeanSquaredError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The learning rule, live, for one weight of a Playground model: the update the optimiser applies, written out
 * with its current numbers ({@code w ← w − η·(∂L/∂w + λ·sign(w))} for SGD with L1, and so on), and {@code ∂L/∂w}
 * as the sum over the paths from the weight to the output, each path's product of local derivatives shown for the
 * first training point and averaged over all of them. The sum of the paths is checked against chainrule's reverse
 * mode.
 *
 * <pre>{@code
 * ObjectNode rule = LiveRule.of(model, 1, 0, 2);   // the weight from neuron 1 of hidden layer 1 to neuron 3 of layer 2
 * rule.get("numbers");      // "0.41229 ← 0.41287 − 0.03·(0.01862 + 0.001·1)"
 * }</pre>
 */
final class LiveRule {
    /** The paths listed, largest in size first. */
    static final int LISTED = 12;
    /** Past this much work (paths × points), only the paths through the first choices are summed and listed. */
    static final long MAX_WORK = 30_000_000;

    private LiveRule() {
    }

    /** The rule for the weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of the next. */
    static ObjectNode of(PlaygroundModel m, int layer, int from, int to) {
        synchronized (m) {
            return build(m, layer, from, to);
        }
    }

    private static ObjectNode build(PlaygroundModel m, int layer, int from, int to) {
        List<Linear> linears = m.net().layers().stream().filter(l -> l instanceof Linear).map(l -> (Linear) l).toList();
        if (layer < 0 || layer >= linears.size() || from < 0 || from >= linears.get(layer).in() || to < 0
                || to >= linears.get(layer).out()) {
            throw new HttpError(400, "no weight from neuron " + from + " of layer " + layer + " to neuron " + to);
        }
        Params params = m.params();
        PlaygroundConfig c = m.config();
        Dataset train = m.train();
        NetworkTrace t = NetworkTrace.of(m.net(), params, train.xTensor());
        int n = train.size();
        double[][] weights = weightsOf(m, params);
        double w = weights[layer][from * linears.get(layer).out() + to];
        Tensor loss = new HalfMeanSquaredError().apply(m.net().forward(params, train.xTensor()),
                Tensor.of(PlaygroundModel.column(train.y())));
        String weightName = linears.get(layer).weightName(indexOf(m, layer) + ".");
        double grad = params.gradientsFrom(loss).get(weightName).toArray()[from * linears.get(layer).out() + to];

        if (!Double.isFinite(w) || !Double.isFinite(grad)) {
            throw new HttpError(409, "the weight or its gradient is not a finite number (the training diverged);"
                    + " reset the network, with a smaller learning rate");
        }
        ObjectNode o = Exchanges.JSON.createObjectNode();
        o.put("layer", layer).put("from", from).put("to", to);
        o.put("fromName", neuron(m, layer, from)).put("toName", neuron(m, layer + 1, to));
        o.put("w", w).put("grad", grad).put("eta", c.learningRate()).put("lambda", c.regularizationRate());
        o.put("regularization", c.regularization()).put("points", n);
        rule(o, c, w, grad);

        double[] yMinusT = new double[n];
        double[] yhat = t.output().toArray();
        for (int s = 0; s < n; s++) {
            yMinusT[s] = yhat[s] - train.y(s);
        }
        double[] input = layer == 0 ? t.input().toArray() : t.layers().get(layer - 1).a().toArray();
        int inputs = linears.get(layer).in();
        double[][] slopes = new double[t.layers().size()][];
        int[] widths = new int[slopes.length];
        for (int l = 0; l < slopes.length; l++) {
            slopes[l] = t.layers().get(l).slope().toArray();
            widths[l] = t.layers().get(l).z().shape().cols();
        }
        List<int[]> paths = paths(linears, layer, to);
        long work = (long) paths.size() * n;
        List<int[]> summed = work > MAX_WORK ? paths.subList(0, (int) Math.max(1, MAX_WORK / n)) : paths;
        List<ObjectNode> listed = new ArrayList<>();
        double total = 0;
        for (int[] path : summed) {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                sum += product(slopes, widths, weights, layer, path, s, input[s * inputs + from]) * yMinusT[s];
            }
            double contribution = sum / n;
            total += contribution;
            ObjectNode p = Exchanges.JSON.createObjectNode();
            p.put("contribution", contribution);
            describe(p, m, t, weights, layer, from, path, input[from], yMinusT[0]);
            listed.add(p);
        }
        listed.sort(Comparator.comparingDouble((ObjectNode p) -> -Math.abs(p.get("contribution").asDouble())));
        ArrayNode out = o.putArray("paths");
        listed.stream().limit(LISTED).forEach(out::add);
        o.put("pathCount", paths.size()).put("pathsSummed", summed.size()).put("sumOfPaths", total);
        o.put("matches", summed.size() == paths.size() && Math.abs(total - grad) <= 1e-9 * Math.max(1, Math.abs(grad)));
        ArrayNode rules = o.putArray("slopeRules");
        for (NetworkTrace.LayerTrace l : t.layers()) {
            rules.add(l.rule());
        }
        return o;
    }

    /** The update written out: the rule, then the same with today's numbers. */
    private static void rule(ObjectNode o, PlaygroundConfig c, double w, double grad) {
        String eta = num(c.learningRate());
        String lambda = num(c.regularizationRate());
        double penalty = switch (c.regularization()) {
            case "l1" -> c.regularizationRate() * Math.signum(w);
            case "l2" -> c.regularizationRate() * w;
            default -> 0;
        };
        double updated = w - c.learningRate() * (grad + penalty);
        String start = plain(updated) + " ← " + plain(w) + " − " + eta + "·";
        String[] text = switch (c.regularization()) {
            case "l1" -> new String[] {"w ← w − η·(∂L/∂w + λ·sign(w))",
                start + "(" + plain(grad) + " + " + lambda + "·" + num(Math.signum(w)) + ")"};
            case "l2" -> new String[] {"w ← w − η·(∂L/∂w + λ·w)",
                start + "(" + plain(grad) + " + " + lambda + "·" + num(w) + ")"};
            default -> new String[] {"w ← w − η·∂L/∂w", start + num(grad)};
        };
        o.put("rule", text[0]);
        o.put("numbers", text[1]);
        o.put("updated", updated);
    }

    /** Every path from neuron {@code to} of layer {@code layer + 1} to the output: one neuron per later layer. */
    private static List<int[]> paths(List<Linear> linears, int layer, int to) {
        List<int[]> paths = new ArrayList<>();
        paths.add(new int[] {to});
        for (int m = layer + 1; m < linears.size(); m++) {
            List<int[]> longer = new ArrayList<>();
            for (int[] p : paths) {
                for (int k = 0; k < linears.get(m).out(); k++) {
                    int[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = k;
                    longer.add(q);
                }
            }
            paths = longer;
        }
        return paths;
    }

    /** The path's product of local derivatives for point {@code s}, without the loss's factor ŷ − y. */
    private static double product(double[][] slopes, int[] widths, double[][] weights, int layer, int[] path, int s,
                                  double input) {
        double p = input * slopes[layer][s * widths[layer] + path[0]];
        for (int k = 1; k < path.length; k++) {
            int m = layer + k;
            p *= weights[m][path[k - 1] * widths[m] + path[k]] * slopes[m][s * widths[m] + path[k]];
        }
        return p;
    }

    /** The path's neurons and its factors with their numbers at the first training point. */
    private static void describe(ObjectNode p, PlaygroundModel m, NetworkTrace t, double[][] weights, int layer, int from,
                                 int[] path, double input, double yMinusT) {
        ArrayNode names = p.putArray("neurons");
        names.add(neuron(m, layer, from));
        ArrayNode factors = p.putArray("factors");
        factors.addObject().put("symbol", neuron(m, layer, from)).put("value", input);
        double product = input;
        for (int k = 0; k < path.length; k++) {
            int l = layer + k;
            String name = neuron(m, l + 1, path[k]);
            if (k > 0) {
                int width = t.layers().get(l).z().shape().cols();
                double w = weights[l][path[k - 1] * width + path[k]];
                factors.addObject().put("symbol", "w(" + neuron(m, l, path[k - 1]) + "→" + name + ")").put("value", w);
                product *= w;
            }
            double slope = t.layers().get(l).slope().toArray()[path[k]];
            factors.addObject().put("symbol", "∂" + name + "/∂z").put("value", slope);
            product *= slope;
            names.add(name);
        }
        factors.addObject().put("symbol", "ŷ − y").put("value", yMinusT);
        p.put("firstPoint", product * yMinusT);
    }

    /** A neuron's name: an input's (x1, sin x2, a CSV column), h{layer}.{k} for hidden ones, ŷ for the output. */
    static String neuron(PlaygroundModel m, int layer, int k) {
        int layers = m.config().hidden().size() + 1;
        if (layer == 0) {
            return m.data().inputNames().get(k);
        }
        return layer == layers ? "ŷ" : "h" + layer + "." + (k + 1);
    }

    private static double[][] weightsOf(PlaygroundModel m, Params params) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < m.net().layers().size(); i++) {
            if (m.net().layers().get(i) instanceof Linear l) {
                out.add(params.get(l.weightName(i + ".")).toArray());
            }
        }
        return out.toArray(new double[0][]);
    }

    /** The index in the network's layers of its {@code layer}-th Linear layer. */
    private static int indexOf(PlaygroundModel m, int layer) {
        int seen = 0;
        for (int i = 0; i < m.net().layers().size(); i++) {
            if (m.net().layers().get(i) instanceof Linear && seen++ == layer) {
                return i;
            }
        }
        throw new IllegalStateException("no Linear layer " + layer);
    }

    /** Five significant digits, without trailing zeros. */
    private static String plain(double v) {
        String s = num(v);
        return v < 0 ? s.substring(1, s.length() - 1) : s;
    }

    /** Five significant digits, without trailing zeros; a negative number in parentheses (it follows an operator). */
    private static String num(double v) {
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(5)).stripTrailingZeros().toString()
                .replace("E", "e").replace("-", "−");
        return v < 0 ? "(" + s + ")" : s;
    }
}
