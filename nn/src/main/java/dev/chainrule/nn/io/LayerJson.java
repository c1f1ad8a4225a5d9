package dev.chainrule.nn.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.io.JsonChecks.Invalid;
import dev.chainrule.nn.layers.Identity;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.LeakyReLU;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.ReLU;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.layers.Sigmoid;
import dev.chainrule.nn.layers.Softmax;
import dev.chainrule.nn.layers.Tanh;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * @param where the layer's place in the file, e.g. {@code model.layers[0]}
     */
    record Expected(String name, Shape shape, String role, Linear layer, String where) {
        /** {@code params} with this parameter set to {@code value}, a weight if it is the layer's weight. */
        Params addTo(Params params, Tensor value) {
            return role.equals("weight") ? params.withWeight(name, value) : params.with(name, value);
        }

        /** E.g. {@code the layer Linear(2 → 10) at model.layers[0], with samples as rows, needs [2, 10] (in x out)}. */
        String needs() {
            boolean rows = layer.layout() == Layout.SAMPLES_AS_ROWS;
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
        collect(model, "", "model", out);
        return out;
    }

    private static void collect(Layer layer, String prefix, String where, List<Expected> out) {
        if (layer instanceof Linear l) {
            out.add(new Expected(l.weightName(prefix), l.weightShape(), "weight", l, where));
            if (l.bias()) {
                out.add(new Expected(l.biasName(prefix), l.biasShape(), "bias", l, where));
            }
        } else if (layer instanceof Sequential s) {
            for (int i = 0; i < s.layers().size(); i++) {
                collect(s.layers().get(i), prefix + i + ".", where + ".layers[" + i + "]", out);
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

    static void write(JsonGenerator g, Layer layer) throws IOException {
        g.writeStartObject();
        switch (layer) {
            case Sequential s -> {
                g.writeStringField("type", "Sequential");
                g.writeArrayFieldStart("layers");
                for (Layer inner : s.layers()) {
                    write(g, inner);
                }
                g.writeEndArray();
            }
            case Linear l -> {
                g.writeStringField("type", "Linear");
                g.writeNumberField("in", l.in());
                g.writeNumberField("out", l.out());
                g.writeBooleanField("bias", l.bias());
                g.writeStringField("layout", l.layout().name());
                if (l.weightName() != null) {
                    g.writeStringField("weightName", l.weightName());
                }
                if (l.biasName() != null) {
                    g.writeStringField("biasName", l.biasName());
                }
            }
            case LeakyReLU r -> {
                g.writeStringField("type", "LeakyReLU");
                g.writeFieldName("slope");
                g.writeNumber(Double.toString(r.slope()));
            }
            case Softmax s -> {
                g.writeStringField("type", "Softmax");
                g.writeNumberField("axis", s.axis());
            }
            case Tanh t -> g.writeStringField("type", "Tanh");
            case Sigmoid s -> g.writeStringField("type", "Sigmoid");
            case ReLU r -> g.writeStringField("type", "ReLU");
            case Identity i -> g.writeStringField("type", "Identity");
        }
        g.writeEndObject();
    }

    /** The layer described by {@code node}, found at {@code where}. */
    static Layer read(JsonNode node, String where) {
        JsonChecks.object(node, where, List.of("type"), List.of("layers", "in", "out", "bias", "layout", "weightName",
                "biasName", "slope", "axis"));
        String type = JsonChecks.string(node, "type", where);
        try {
            return switch (type) {
                case "Sequential" -> sequential(node, where);
                case "Linear" -> linear(node, where);
                case "LeakyReLU" -> {
                    JsonChecks.object(node, where, List.of("type", "slope"), List.of());
                    yield new LeakyReLU(JsonChecks.number(node.get("slope"), where + ".slope"));
                }
                case "Softmax" -> {
                    JsonChecks.object(node, where, List.of("type", "axis"), List.of());
                    int axis = JsonChecks.integer(node, "axis", where);
                    if (axis < -2 || axis > 1) {
                        throw new Invalid(where + ".axis", "softmax axis " + axis + " is not an axis of a matrix"
                                + " (0 or 1, or -2 or -1)");
                    }
                    yield new Softmax(axis);
                }
                case "Tanh", "Sigmoid", "ReLU", "Identity" -> {
                    JsonChecks.object(node, where, List.of("type"), List.of());
                    yield switch (type) {
                        case "Tanh" -> new Tanh();
                        case "Sigmoid" -> new Sigmoid();
                        case "ReLU" -> new ReLU();
                        default -> new Identity();
                    };
                }
                default -> throw new Invalid(where + ".type", "unknown layer type \"" + type + "\" (known: "
                        + String.join(", ", TYPES) + ")");
            };
        } catch (IllegalArgumentException e) {
            throw new Invalid(where, e.getMessage());
        }
    }

    private static Sequential sequential(JsonNode node, String where) {
        JsonChecks.object(node, where, List.of("type", "layers"), List.of());
        JsonNode layers = JsonChecks.array(node, "layers", where);
        if (layers.isEmpty()) {
            throw new Invalid(where + ".layers", "a Sequential needs at least one layer");
        }
        List<Layer> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            out.add(read(layers.get(i), where + ".layers[" + i + "]"));
        }
        return new Sequential(out);
    }

    private static Linear linear(JsonNode node, String where) {
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
        return new Linear(in, out, bias, l, Initializer.xavierUniform(), Initializer.zeros(),
                JsonChecks.optionalName(node, "weightName", where), JsonChecks.optionalName(node, "biasName", where));
    }

    private static int positive(JsonNode node, String key, String where) {
        int n = JsonChecks.integer(node, key, where);
        if (n < 1) {
            throw new Invalid(where + "." + key, "must be at least 1, found " + n);
        }
        return n;
    }
}
