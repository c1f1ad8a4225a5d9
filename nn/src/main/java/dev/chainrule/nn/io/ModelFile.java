package dev.chainrule.nn.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.io.JsonChecks.Invalid;
import dev.chainrule.nn.io.LayerJson.Expected;
import dev.chainrule.nn.layers.Sequential;
import io.vavr.Tuple2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a model — a {@link Sequential} architecture and its {@link Params} — as one readable JSON file, and loads it
 * back. Numbers are written with {@code Double.toString}, so they read back bit for bit.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 4, 1).hidden(Activation.TANH).output(Activation.SIGMOID).build();
 * Params params = net.init(new SplittableRandom(1));
 * ModelFile.save(Path.of("xor.json"), net, params);
 * SavedModel loaded = ModelFile.load(Path.of("xor.json"));
 * loaded.params().equals(params);   // true
 * }</pre>
 *
 * <p>The file:
 * <pre>{@code
 * {
 *   "format" : "chainrule-model",
 *   "version" : 1,
 *   "model" : { "type" : "Sequential", "layers" : [
 *     { "type" : "Linear", "in" : 2, "out" : 4, "bias" : true, "layout" : "SAMPLES_AS_ROWS" },
 *     { "type" : "Tanh" }, ... ] },
 *   "parameters" : {
 *     "0.weight" : { "shape" : [ 2, 4 ], "data" : [ 0.1, ... ] }, ... }
 * }
 * }</pre>
 * Layer types: {@code Sequential} ({@code layers}), {@code Linear} ({@code in}, {@code out}, {@code bias},
 * {@code layout}, optional {@code weightName} and {@code biasName}), {@code LeakyReLU} ({@code slope}),
 * {@code Softmax} ({@code axis}), {@code Tanh}, {@code Sigmoid}, {@code ReLU}, {@code Identity}. Each parameter's
 * {@code data} holds its elements in row-major order.
 *
 * <p>Saving writes a temporary file in the same directory and renames it over the target atomically: the target is
 * either the old file or the complete new one, never a partial write. Loading checks everything — the JSON, the
 * architecture, every parameter's name, shape and numbers — before returning, so a truncated or edited file is
 * rejected with a {@link ModelFileException} and never half-loaded.
 */
public final class ModelFile {
    /** The value of {@code "format"}. */
    public static final String FORMAT = "chainrule-model";
    /** The version this class writes and reads. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ModelFile() {
    }

    /** Saves {@code model} with its parameters as {@link SavedModel#model()} and {@link SavedModel#params()}. */
    public static void save(Path file, SavedModel model) throws IOException {
        save(file, model.model(), model.params());
    }

    /**
     * Writes {@code model} and {@code params} to {@code file}, atomically replacing it if it exists: a symbolic link
     * is written through to its file, a replaced file keeps its permissions, and anything that is not a regular
     * file (or is read-only) is refused (see {@link AtomicWrite}).
     *
     * @throws IllegalArgumentException if {@code params} are not exactly the parameters {@code model} needs (names
     *                                  and shapes), or hold NaN or infinity (JSON has no such numbers); nothing is
     *                                  written then
     * @throws IOException              if the file cannot be written; the old file, if any, is left as it was
     */
    public static void save(Path file, Sequential model, Params params) throws IOException {
        AtomicWrite.write(file, encode(file, model, params));
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws ModelFileException if the file is not valid JSON (the message gives {@code file:line:column} and what
     *                            was expected there, e.g. <code>model.json:12:5: the file ends inside an object
     *                            (expected '&#125;' or another field); was it cut off?</code>) or does not describe a
     *                            model whose parameters fit its architecture (the message names the place in the
     *                            model)
     * @throws IOException        if the file cannot be read
     */
    public static SavedModel load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root;
        try (JsonParser parser = JSON.createParser(bytes)) {
            try {
                root = JSON.readTree(parser);
            } catch (JsonProcessingException e) {
                throw new ModelFileException(JsonSyntax.describe(file, bytes.length, e, parser), e);
            }
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelFileException(file + ":1:1: the file is empty (expected a model's JSON object)");
        }
        try {
            return decode(root);
        } catch (Invalid e) {
            throw new ModelFileException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // a layer the model file describes cannot be made (e.g. a weight too large for a tensor)
            throw new ModelFileException(file + ": the model cannot be built: " + e.getMessage(), e);
        }
    }

    private static SavedModel decode(JsonNode root) {
        JsonChecks.object(root, "the file", List.of("format", "version", "model", "parameters"), List.of());
        String format = JsonChecks.string(root, "format", "the file");
        if (!format.equals(FORMAT)) {
            throw new Invalid("format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        int version = JsonChecks.integer(root, "version", "the file");
        if (version != VERSION) {
            throw new Invalid("version", "version " + version + " is not supported (this chainrule reads version "
                    + VERSION + ")");
        }
        if (!(LayerJson.read(root.get("model"), "model") instanceof Sequential model)) {
            throw new Invalid("model", "the model must be a Sequential, found a single " + root.get("model").get("type")
                    + " layer");
        }
        List<Expected> expected = LayerJson.parameters(model);
        String duplicate = LayerJson.duplicateName(expected);
        if (duplicate != null) {
            throw new Invalid("model", duplicate);
        }
        Map<String, Expected> byName = new LinkedHashMap<>();
        expected.forEach(e -> byName.put(e.name(), e));
        JsonNode parameters = root.get("parameters");
        if (!parameters.isObject()) {
            throw new Invalid("parameters", "expected a JSON object, found " + JsonChecks.kind(parameters));
        }
        Params params = Params.empty();
        for (Map.Entry<String, JsonNode> field : parameters.properties()) {
            Expected e = byName.remove(field.getKey());
            if (e == null) {
                throw new Invalid("parameter \"" + field.getKey() + "\"", "the architecture has no such parameter"
                        + " (it needs " + names(expected) + ")");
            }
            params = e.addTo(params, tensor(field.getValue(), e));
        }
        if (!byName.isEmpty()) {
            Expected missing = byName.values().iterator().next();
            throw new Invalid("parameter \"" + missing.name() + "\"", "missing from \"parameters\": it is the "
                    + missing.role() + " of " + missing.layer().describe() + " at " + missing.where()
                    + (byName.size() > 1 ? " (also missing: " + String.join(", ", byName.keySet().stream().skip(1)
                    .map(n -> "\"" + n + "\"").toList()) + ")" : ""));
        }
        return new SavedModel(model, params);
    }

    private static Tensor tensor(JsonNode node, Expected e) {
        String where = "parameter \"" + e.name() + "\"";
        JsonChecks.object(node, where, List.of("shape", "data"), List.of());
        JsonNode dims = JsonChecks.array(node, "shape", where);
        if (dims.size() > 2) {
            throw new Invalid(where, "shape " + dims + " has " + dims.size() + " dimensions; tensors have at most 2");
        }
        int[] d = new int[dims.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = JsonChecks.integer(dims.get(i), where + ".shape[" + i + "]");
            if (d[i] < 0) {
                throw new Invalid(where + ".shape[" + i + "]", "a dimension must be >= 0, found " + d[i]);
            }
        }
        Shape shape = Shape.of(d);
        if (!shape.equals(e.shape())) {
            throw new Invalid(where, "shape " + LayerJson.dims(shape) + " but " + e.needs());
        }
        JsonNode data = JsonChecks.array(node, "data", where);
        if (data.size() != shape.size()) {
            throw new Invalid(where, "shape " + LayerJson.dims(shape) + " holds " + shape.size() + " numbers but \"data\""
                    + " has " + data.size());
        }
        double[] values = new double[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = JsonChecks.number(data.get(i), where + ".data[" + i + "]");
        }
        return Tensor.of(shape, values);
    }

    private static String names(List<Expected> expected) {
        return String.join(", ", expected.stream().map(e -> "\"" + e.name() + "\"").toList());
    }

    /** The file's bytes, after checking that {@code params} fit {@code model} and are finite. */
    private static byte[] encode(Path file, Sequential model, Params params) throws IOException {
        if (model == null || params == null) {
            throw new IllegalArgumentException("cannot save " + file + ": model and params must not be null");
        }
        List<Expected> expected = LayerJson.parameters(model);
        String problem = LayerJson.duplicateName(expected);
        if (problem == null) {
            problem = mismatch(expected, params);
        }
        if (problem != null) {
            throw new IllegalArgumentException("cannot save " + file + ": " + problem);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.createGenerator(bytes).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeFieldName("model");
            LayerJson.write(g, model);
            g.writeObjectFieldStart("parameters");
            for (Tuple2<String, Tensor> p : params) {
                g.writeObjectFieldStart(p._1);
                g.writeArrayFieldStart("shape");
                for (int d : p._2.shape().dims()) {
                    g.writeNumber(d);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("data");
                for (double v : p._2.toArray()) {
                    g.writeNumber(Double.toString(v));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** What is wrong with {@code params} for these expected parameters, or null. */
    private static String mismatch(List<Expected> expected, Params params) {
        for (Expected e : expected) {
            if (!params.contains(e.name())) {
                return "parameter \"" + e.name() + "\" (the " + e.role() + " of " + e.layer().describe() + " at "
                        + e.where() + ") is missing from the params (they have " + params.names().mkString(", ") + ")";
            }
            Tensor t = params.get(e.name());
            if (!t.shape().equals(e.shape())) {
                return "parameter \"" + e.name() + "\" has shape " + LayerJson.dims(t.shape()) + " but " + e.needs();
            }
            double[] v = t.toArray();
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    return "parameter \"" + e.name() + "\" holds " + v[i] + " at index " + i + " (row-major); JSON has"
                            + " no NaN or infinity, so only finite parameters can be saved";
                }
            }
        }
        for (String name : params.names()) {
            if (expected.stream().noneMatch(e -> e.name().equals(name))) {
                return "parameter \"" + name + "\" is not used by the model (it needs " + names(expected) + ")";
            }
        }
        return null;
    }

    /** A new empty file next to {@code target}, named after it. */
}
