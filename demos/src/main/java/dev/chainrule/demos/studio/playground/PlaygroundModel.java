package dev.chainrule.demos.studio.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.demos.studio.Exchanges;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.HalfMeanSquaredError;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One browser tab's Playground: its data, its network ({@code nn}'s {@link MLP}), the parameters as training has
 * left them, the epoch and the loss curves. Training is {@code nn}'s {@link Trainer}, one epoch at a time, on the
 * Playground's loss {@code ½ mean((ŷ − y)²)} with {@link SGD} and the chosen {@link Penalty}; the losses shown are
 * the Playground's (without the penalty) on the training and the test points. Every method is synchronized: a
 * training thread and the page's requests take turns.
 *
 * <pre>{@code
 * PlaygroundModel m = new PlaygroundModel("id", PlaygroundConfig.parse(json));
 * m.epoch();                 // one epoch
 * m.state(true);             // what the page draws: losses, heat maps, weights and their gradients
 * }</pre>
 */
final class PlaygroundModel {
    /** The heat maps' resolution: the output's picture and each neuron's. */
    static final int OUTPUT_GRID = 48;
    static final int NEURON_GRID = 16;
    /** The most points of the loss curves sent to the page (older ones thinned). */
    static final int CURVE_POINTS = 400;

    final String id;
    private PlaygroundConfig config;
    private final PlaygroundData data;
    private final Dataset train;
    private final Dataset test;
    private final Sequential net;
    private Params params;
    private int epoch;
    private SplittableRandom batches;
    private final List<double[]> curve = new ArrayList<>();
    private boolean running;
    private double[] lastLosses;

    PlaygroundModel(String id, PlaygroundConfig config) {
        this.id = id;
        this.config = config;
        this.data = PlaygroundData.of(config);
        this.train = data.train();
        this.test = data.test();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(train.features());
        sizes.addAll(config.hidden());
        sizes.add(1);
        this.net = MLP.sizes(sizes.stream().mapToInt(Integer::intValue).toArray()).hidden(config.hiddenActivation())
                .output(config.classification() ? Activation.TANH : Activation.IDENTITY).build();
        reset();
    }

    /** New initial weights (Xavier, from the seed), epoch 0, an empty curve. */
    synchronized void reset() {
        params = net.init(new RandomState(config.seed()));
        batches = new SplittableRandom(config.seed());
        epoch = 0;
        curve.clear();
        lastLosses = losses();
        curve.add(new double[] {0, lastLosses[0], lastLosses[1]});
    }

    synchronized PlaygroundConfig config() {
        return config;
    }

    /** Applies the settings that may change while training (η, regularisation, batch size). */
    synchronized void live(PlaygroundConfig changed) {
        config = changed;
    }

    synchronized boolean running() {
        return running;
    }

    synchronized void running(boolean run) {
        running = run;
    }

    synchronized int epochs() {
        return epoch;
    }

    /** One epoch of mini-batch SGD; then the losses and a point of the curve. */
    synchronized void epoch() {
        Trainer t = Trainer.of(net, new HalfMeanSquaredError(), new SGD(config.learningRate())).epochs(1)
                .miniBatch(Math.min(config.batchSize(), train.size())).shuffle(batches).progress(null);
        Penalty p = penalty();
        params = (p == null ? t : t.penalty(p)).fit(params, train).params();
        epoch++;
        lastLosses = losses();
        curve.add(new double[] {epoch, lastLosses[0], lastLosses[1]});
        if (!Double.isFinite(lastLosses[0])) {
            running = false;
        }
    }

    /** The chosen penalty, or null. */
    Penalty penalty() {
        return switch (config.regularization()) {
            case "l1" -> Penalty.l1(config.regularizationRate());
            case "l2" -> Penalty.l2(config.regularizationRate());
            default -> null;
        };
    }

    /** The Playground's losses, ½ mean((ŷ − y)²), on the training and the test points. */
    private double[] losses() {
        return new double[] {loss(train), loss(test)};
    }

    private double loss(Dataset d) {
        if (d.size() == 0) {
            return Double.NaN;
        }
        return new HalfMeanSquaredError().apply(net.forward(params, d.xTensor()), Tensor.of(column(d.y()))).item();
    }

    static double[][] column(double[] y) {
        double[][] out = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            out[i][0] = y[i];
        }
        return out;
    }

    synchronized Params params() {
        return params;
    }

    Sequential net() {
        return net;
    }

    PlaygroundData data() {
        return data;
    }

    Dataset train() {
        return train;
    }

    /** What the page draws now; with {@code points}, also the data's points (which do not change). */
    synchronized ObjectNode state(boolean points) {
        ObjectNode s = Exchanges.JSON.createObjectNode();
        s.put("id", id);
        s.put("epoch", epoch);
        s.put("running", running);
        number(s, "trainLoss", lastLosses[0]);
        number(s, "testLoss", lastLosses[1]);
        ArrayNode c = s.putArray("curve");
        int stride = Math.max(1, (curve.size() + CURVE_POINTS - 1) / CURVE_POINTS);
        for (int i = 0; i < curve.size(); i += stride) {
            point(c, curve.get(i));
        }
        if ((curve.size() - 1) % stride != 0) {
            point(c, curve.get(curve.size() - 1));
        }
        Pictures.heatMaps(s, net, params, data);
        Pictures.weights(s, net, params, train, penalty());
        if (points) {
            Pictures.points(s, data);
            s.set("config", Exchanges.JSON.valueToTree(config.withoutCsv()));
        }
        return s;
    }

    private static void point(ArrayNode c, double[] p) {
        ArrayNode a = c.addArray().add((int) p[0]);
        for (int k = 1; k < 3; k++) {
            if (Double.isFinite(p[k])) {
                a.add(round(p[k]));
            } else {
                a.addNull();
            }
        }
    }

    /** A finite number, or null. */
    private static void number(ObjectNode s, String field, double v) {
        if (Double.isFinite(v)) {
            s.put(field, v);
        } else {
            s.putNull(field);
        }
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e5) / 1e5 : v;
    }
}
