package dev.chainrule.demos.studio.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.datasets.PlaygroundFeature;
import dev.chainrule.demos.studio.HttpError;
import dev.chainrule.nn.layers.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one Playground model, as the page sends them ({@code POST /api/playground/models}); each field
 * has the Playground's default and range, and a value out of range is a 400 that names the field.
 *
 * <pre>{@code
 * {"problem": "classification", "dataset": "circle", "trainPercent": 50, "noise": 0, "batchSize": 10,
 *  "features": ["x1", "x2"], "hidden": [4, 2], "activation": "tanh", "learningRate": 0.03,
 *  "regularization": "none", "regularizationRate": 0, "seed": 1}
 * {"problem": "regression", "dataset": "csv", "csv": "x1,x2,x3,y\n…", "axes": [0, 2], "hidden": [8]}
 * }</pre>
 *
 * @param problem            classification (labels 0 and 1, a tanh output against ±1) or regression (a linear output)
 * @param dataset            circle, xor, gauss, spiral; plane, multigauss; or csv
 * @param trainPercent       the share of the points trained on, 10 to 90
 * @param noise              the Playground's noise, 0 to 50
 * @param batchSize          1 to 30
 * @param features           the input features of a built-in set (a CSV's columns are its features)
 * @param hidden             neurons per hidden layer: up to 6 layers of 1 to 8
 * @param activation         tanh, sigmoid, relu or linear
 * @param learningRate       η, above 0 and at most 10
 * @param regularization     none, l1 or l2
 * @param regularizationRate λ, 0 to 10
 * @param seed               the seed of the data, the split, the initial weights and the batches
 * @param csv                the CSV text for {@code dataset = csv} ({@code x1,…,xd,y}), else null
 * @param axes               the two columns of a CSV that span the pictures
 */
public record PlaygroundConfig(String problem, String dataset, int trainPercent, int noise, int batchSize,
                               List<PlaygroundFeature> features, List<Integer> hidden, String activation,
                               double learningRate, String regularization, double regularizationRate, long seed,
                               String csv, List<Integer> axes) {
    /** The built-in data sets of each problem. */
    static final Map<String, List<String>> DATASETS = Map.of(
            "classification", List.of("circle", "xor", "gauss", "spiral", "csv"),
            "regression", List.of("plane", "multigauss", "csv"));
    static final List<String> ACTIVATIONS = List.of("tanh", "sigmoid", "relu", "linear");
    static final List<String> REGULARIZATIONS = List.of("none", "l1", "l2");

    /** The settings in {@code json}, the Playground's defaults for what it leaves out. */
    public static PlaygroundConfig parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new HttpError(400, "the settings must be a JSON object");
        }
        String problem = choice(json, "problem", "classification", List.of("classification", "regression"));
        String dataset = choice(json, "dataset", problem.equals("classification") ? "circle" : "plane",
                DATASETS.get(problem));
        String csv = dataset.equals("csv") ? text(json, "csv") : null;
        return new PlaygroundConfig(problem, dataset, whole(json, "trainPercent", 50, 10, 90), whole(json, "noise", 0, 0, 50),
                whole(json, "batchSize", 10, 1, 30), features(json), hidden(json),
                choice(json, "activation", "tanh", ACTIVATIONS), number(json, "learningRate", 0.03, 10, false),
                choice(json, "regularization", "none", REGULARIZATIONS), number(json, "regularizationRate", 0, 10, true),
                json.has("seed") ? seed(json.get("seed")) : 1, csv, axes(json));
    }

    /** This configuration with the settings that change while training: η, the regularisation and the batch size. */
    public PlaygroundConfig withLive(JsonNode json) {
        return new PlaygroundConfig(problem, dataset, trainPercent, noise,
                json.has("batchSize") ? whole(json, "batchSize", batchSize, 1, 30) : batchSize, features, hidden,
                activation, json.has("learningRate") ? number(json, "learningRate", learningRate, 10, false) : learningRate,
                json.has("regularization") ? choice(json, "regularization", regularization, REGULARIZATIONS) : regularization,
                json.has("regularizationRate") ? number(json, "regularizationRate", regularizationRate, 10, true)
                        : regularizationRate, seed, csv, axes);
    }

    /** These settings without the CSV's text (the page has it). */
    public PlaygroundConfig withoutCsv() {
        return new PlaygroundConfig(problem, dataset, trainPercent, noise, batchSize, features, hidden, activation,
                learningRate, regularization, regularizationRate, seed, null, axes);
    }

    /** The activation of the hidden layers. */
    Activation hiddenActivation() {
        return switch (activation) {
            case "sigmoid" -> Activation.SIGMOID;
            case "relu" -> Activation.RELU;
            case "linear" -> Activation.IDENTITY;
            default -> Activation.TANH;
        };
    }

    boolean classification() {
        return problem.equals("classification");
    }

    private static String choice(JsonNode json, String field, String fallback, List<String> allowed) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        String s = v.asText().toLowerCase(Locale.ROOT);
        if (!v.isTextual() || !allowed.contains(s)) {
            throw new HttpError(400, field + ": " + v + " is not one of " + String.join(", ", allowed));
        }
        return s;
    }

    private static int whole(JsonNode json, String field, int fallback, int min, int max) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new HttpError(400, field + ": " + v + " is not a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    private static double number(JsonNode json, String field, double fallback, double max, boolean zeroAllowed) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        double d = v.asDouble(Double.NaN);
        if (!v.isNumber() || !Double.isFinite(d) || d > max || d < 0 || d == 0 && !zeroAllowed) {
            throw new HttpError(400, field + ": " + v + " is not a number " + (zeroAllowed ? "from 0" : "above 0")
                    + " to " + max);
        }
        return d;
    }

    private static long seed(JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0 || v.asLong() > 0xffffffffL) {
            throw new HttpError(400, "seed: " + v + " is not a whole number from 0 to 4294967295");
        }
        return v.asLong();
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new HttpError(400, field + ": the CSV text is missing (x1,…,xd,y with a header line, as chainrule"
                    + " data writes)");
        }
        return v.asText();
    }

    private static List<PlaygroundFeature> features(JsonNode json) {
        JsonNode v = json.get("features");
        if (v == null || v.isNull()) {
            return List.of(PlaygroundFeature.X1, PlaygroundFeature.X2);
        }
        List<PlaygroundFeature> out = new ArrayList<>();
        for (JsonNode f : v) {
            try {
                PlaygroundFeature p = PlaygroundFeature.valueOf(f.asText().toUpperCase(Locale.ROOT));
                if (!out.contains(p)) {
                    out.add(p);
                }
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "features: " + f + " is not one of x1, x2, x1_squared, x2_squared,"
                        + " x1_times_x2, sin_x1, sin_x2");
            }
        }
        if (!v.isArray() || out.isEmpty()) {
            throw new HttpError(400, "features: choose at least one input feature");
        }
        return List.copyOf(out);
    }

    private static List<Integer> hidden(JsonNode json) {
        JsonNode v = json.get("hidden");
        if (v == null || v.isNull()) {
            return List.of(4, 2);
        }
        if (!v.isArray() || v.size() > 6) {
            throw new HttpError(400, "hidden: a list of at most 6 layer sizes");
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > 8) {
                throw new HttpError(400, "hidden: " + n + " is not a layer size from 1 to 8");
            }
            out.add(n.asInt());
        }
        return List.copyOf(out);
    }

    private static List<Integer> axes(JsonNode json) {
        JsonNode v = json.get("axes");
        if (v == null || v.isNull()) {
            return List.of(0, 1);
        }
        if (!v.isArray() || v.size() != 2 || !v.get(0).isIntegralNumber() || !v.get(1).isIntegralNumber()
                || v.get(0).asInt() < 0 || v.get(1).asInt() < 0 || v.get(0).asInt() == v.get(1).asInt()) {
            throw new HttpError(400, "axes: two different column numbers (from 0), such as [0, 1]");
        }
        return List.of(v.get(0).asInt(), v.get(1).asInt());
    }
}
