package dev.chainrule.nn.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.io.JsonChecks.Invalid;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The architecture part of a model file: each layer as a JSON object with a {@code "type"} and its settings, and the
 * parameters (names and shapes) the architecture needs. Initialisers are not saved (the parameters are): a loaded
 * {@code Linear} has the default ones.
 */
final class LayerJson {
    static final List<String> TYPES = List.of("Sequential", "Linear", "Tanh", "Sigmoid", "ReLU", "LeakyReLU", "Softmax",
            "Identity");

    private LayerJson() {
    }

    /**
     * A parameter the architecture needs.
     *
     * @param name  its name in {@code Params}
     * @param shape its shape
     * @param role  {@code "weight"} or {@code "bias"}
     * @param layer the layer that owns it
     * @param layout the model's layout, which shapes it
     * @param where the layer's place in the file, e.g. {@code model.layers[0]}
     */
    record Expected(String name, Shape shape, String role, Linear layer, Layout layout, String where) {
        /** {@code params} with this parameter set to {@code value}, a weight if it is the layer's weight. */
        Params addTo(Params params, Tensor value) {
            return role.equals("weight") ? params.withWeight(name, value) : params.with(name, value);
        }

        /** E.g. {@code the layer Linear(2 → 10) at model.layers[0], with samples as rows, needs [2, 10] (in x out)}. */
        String needs() {
            boolean rows = layout == Layout.SAMPLES_AS_ROWS;
            String axes = role.equals("weight") ? (rows ? "in x out" : "out x in") : (rows ? "out" : "out x 1");
            return "the layer " + layer.describe() + " at " + where + ", with samples as " + (rows ? "rows" : "columns")
                    + ", needs " + dims(shape) + " (" + axes + ")";
        }
    }

    /** {@code [2, 10]}, {@code [10]} or {@code []}. */
    static String dims(Shape shape) {
        return Arrays.toString(shape.dims());
    }

    /** The parameters of {@code model}, in the order {@code model.init} makes them (names may repeat: see callers). */
    static List<Expected> parameters(Sequential model) {
        List<Expected> out = new ArrayList<>();
        collect(model, "", model.layout(), "model", out);
        return out;
    }

    private static void collect(Layer layer, String prefix, Layout layout, String where, List<Expected> out) {
        if (layer instanceof Linear l) {
            out.add(new Expected(l.weightName(prefix), l.weightShape(layout), "weight", l, layout, where));
            if (l.bias()) {
                out.add(new Expected(l.biasName(prefix), l.biasShape(layout), "bias", l, layout, where));
            }
        } else if (layer instanceof Sequential s) {
            for (int i = 0; i < s.layers().size(); i++) {
                collect(s.layers().get(i), prefix + i + ".", layout, where + ".layers[" + i + "]", out);
            }
        }
    }

    /** A message if two layers need parameters of the same name, else null. */
    static String duplicateName(List<Expected> expected) {
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (expected.get(i).name().equals(expected.get(j).name())) {
                    return "the parameter name \"" + expected.get(i).name() + "\" is used twice: by the "
                            + expected.get(j).role() + " of " + expected.get(j).where() + " and by the "
                            + expected.get(i).role() + " of " + expected.get(i).where();
                }
            }
        }
        return null;
    }

    /**
     * Writes {@code layer}. The file keeps the model's layout where it matters, as it always has: on each
     * {@code Linear} ({@code "layout"}) and each {@code Softmax} ({@code "axis"}).
     */
    static void write(JsonGenerator g, Layer layer) throws IOException {
        write(g, layer, layer instanceof Sequential s ? s.layout() : Layout.SAMPLES_AS_ROWS);
    }

    private static void write(JsonGenerator g, Layer layer, Layout layout) throws IOException {
        g.writeStartObject();
        switch (layer) {
            case Sequential s -> {
                g.writeStringField("type", "Sequential");
                g.writeArrayFieldStart("layers");
                for (Layer inner : s.layers()) {
                    write(g, inner, layout);
                }
                g.writeEndArray();
            }
            case Linear l -> {
                g.writeStringField("type", "Linear");
                g.writeNumberField("in", l.in());
                g.writeNumberField("out", l.out());
                g.writeBooleanField("bias", l.bias());
                g.writeStringField("layout", layout.name());
                if (l.explicitWeightName().isDefined()) {
                    g.writeStringField("weightName", l.explicitWeightName().get());
                }
                if (l.explicitBiasName().isDefined()) {
                    g.writeStringField("biasName", l.explicitBiasName().get());
                }
            }
            case Activation a -> {
                g.writeStringField("type", type(a.kind()));
                if (a.kind() == Activation.Kind.LEAKY_RELU) {
                    g.writeFieldName("slope");
                    g.writeNumber(Double.toString(a.slope()));
                }
                if (a.kind() == Activation.Kind.SOFTMAX) {
                    g.writeNumberField("axis", layout.featureAxis());
                }
            }
        }
        g.writeEndObject();
    }

    /** An activation's type in the file: the names of the layer classes before {@code Activation} replaced them. */
    private static String type(Activation.Kind kind) {
        return switch (kind) {
            case TANH -> "Tanh";
            case SIGMOID -> "Sigmoid";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "LeakyReLU";
            case SOFTMAX -> "Softmax";
            case IDENTITY -> "Identity";
        };
    }

    /**
     * The layer described by {@code node}, found at {@code where}. Its layout is the one its {@code Linear} layers
     * and its {@code Softmax} axes state; they must agree (a model has one layout). Without either, samples are rows.
     */
    static Layer read(JsonNode node, String where) {
        LayoutSeen seen = new LayoutSeen();
        Function<Layout, Layer> layer = parse(node, where, seen);
        return layer.apply(seen.layout == null ? Layout.SAMPLES_AS_ROWS : seen.layout);
    }

    /** The first layout the file states, and where; a later one that differs is an error naming both places. */
    private static final class LayoutSeen {
        private Layout layout;
        private String where;

        void state(Layout stated, String at, String as) {
            if (layout == null) {
                layout = stated;
                where = at;
            } else if (stated != layout) {
                throw new Invalid(at, as + " says " + stated + ", but " + where + " says " + layout
                        + "; a model has one layout");
            }
        }
    }

    /** The layer at {@code where}, made once the model's layout is known. */
    private static Function<Layout, Layer> parse(JsonNode node, String where, LayoutSeen seen) {
        JsonChecks.object(node, where, List.of("type"), List.of("layers", "in", "out", "bias", "layout", "weightName",
                "biasName", "slope", "axis"));
        String type = JsonChecks.string(node, "type", where);
        try {
            return switch (type) {
                case "Sequential" -> sequential(node, where, seen);
                case "Linear" -> {
                    Linear l = linear(node, where, seen);
                    yield layout -> l;
                }
                case "LeakyReLU" -> {
                    JsonChecks.object(node, where, List.of("type", "slope"), List.of());
                    Activation r = Activation.leakyRelu(JsonChecks.number(node.get("slope"), where + ".slope"));
                    yield layout -> r;
                }
                case "Softmax" -> {
                    JsonChecks.object(node, where, List.of("type", "axis"), List.of());
                    int axis = JsonChecks.integer(node, "axis", where);
                    if (axis < -2 || axis > 1) {
                        throw new Invalid(where + ".axis", "softmax axis " + axis + " is not an axis of a matrix"
                                + " (0 or 1, or -2 or -1)");
                    }
                    seen.state(axis == 1 || axis == -1 ? Layout.SAMPLES_AS_ROWS : Layout.SAMPLES_AS_COLUMNS,
                            where + ".axis", "softmax over axis " + axis + " (the classes of a sample)");
                    yield layout -> Activation.SOFTMAX;
                }
                case "Tanh", "Sigmoid", "ReLU", "Identity" -> {
                    JsonChecks.object(node, where, List.of("type"), List.of());
                    Layer a = switch (type) {
                        case "Tanh" -> Activation.TANH;
                        case "Sigmoid" -> Activation.SIGMOID;
                        case "ReLU" -> Activation.RELU;
                        default -> Activation.IDENTITY;
                    };
                    yield layout -> a;
                }
                default -> throw new Invalid(where + ".type", "unknown layer type \"" + type + "\" (known: "
                        + String.join(", ", TYPES) + ")");
            };
        } catch (IllegalArgumentException e) {
            throw new Invalid(where, e.getMessage());
        }
    }

    private static Function<Layout, Layer> sequential(JsonNode node, String where, LayoutSeen seen) {
        JsonChecks.object(node, where, List.of("type", "layers"), List.of());
        JsonNode layers = JsonChecks.array(node, "layers", where);
        if (layers.isEmpty()) {
            throw new Invalid(where + ".layers", "a Sequential needs at least one layer");
        }
        List<Function<Layout, Layer>> parts = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            parts.add(parse(layers.get(i), where + ".layers[" + i + "]", seen));
        }
        return layout -> new Sequential(layout, parts.stream().map(part -> part.apply(layout)).toList());
    }

    private static Linear linear(JsonNode node, String where, LayoutSeen seen) {
        JsonChecks.object(node, where, List.of("type", "in", "out", "bias", "layout"), List.of("weightName", "biasName"));
        int in = positive(node, "in", where);
        int out = positive(node, "out", where);
        boolean bias = JsonChecks.bool(node, "bias", where);
        String layout = JsonChecks.string(node, "layout", where);
        Layout l;
        try {
            l = Layout.valueOf(layout);
        } catch (IllegalArgumentException e) {
            throw new Invalid(where + ".layout", "unknown layout \"" + layout + "\" (known: "
                    + String.join(", ", Arrays.stream(Layout.values()).map(Enum::name).toList()) + ")");
        }
        seen.state(l, where + ".layout", "the layout of this Linear layer");
        return new Linear(in, out, bias, Initializer.xavierUniform(), Initializer.zeros(),
                Option.of(JsonChecks.optionalName(node, "weightName", where)),
                Option.of(JsonChecks.optionalName(node, "biasName", where)));
    }

    private static int positive(JsonNode node, String key, String where) {
        int n = JsonChecks.integer(node, key, where);
        if (n < 1) {
            throw new Invalid(where + "." + key, "must be at least 1, found " + n);
        }
        return n;
    }
}
