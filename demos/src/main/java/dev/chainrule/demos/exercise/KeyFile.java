package dev.chainrule.demos.exercise;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.autograd.Tensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code key.json} back into a {@link Key}, checking the contract as it goes: every error names the file, the
 * line and what was expected ({@code key.json:4: answer "a2": "kind" must be value, grad or updated}).
 *
 * <pre>{@code
 * Key key = KeyFile.read(Files.readString(path), "out/3/key.json");
 * }</pre>
 */
final class KeyFile {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();

    private KeyFile(String file) {
        this.file = file;
    }

    /** The key in {@code text}, read from {@code file}; throws {@link BadInput} when it is not a key. */
    static Key read(String text, String file) {
        return new KeyFile(file).key(text);
    }

    private Key key(String text) {
        JsonNode root;
        try (JsonParser p = JSON.createParser(text.replaceFirst("^\uFEFF", ""))) {
            if (p.nextToken() == null) {
                throw new BadInput(file, 0, "empty: a key is a JSON object");
            }
            root = node(p);
            if (p.nextToken() != null) {
                throw new BadInput(file, p.currentTokenLocation().getLineNr(), "more after the key's closing brace");
            }
        } catch (JsonProcessingException e) {
            throw new BadInput(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not JSON: " + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw new BadInput(file, 0, "cannot read: " + e.getMessage());
        }
        if (!root.isObject()) {
            throw new BadInput(file, line(root), "a key is a JSON object {\"template\": …, \"answers\": […]}");
        }
        String template = string(root, "template");
        int variant = (int) whole(root, "variant", 0, Integer.MAX_VALUE);
        long seed = whole(root, "seed", 0, Long.MAX_VALUE);
        double lr = number(field(root, "lr"), "\"lr\"");
        int decimals = (int) whole(root, "decimals", 0, 12);
        String program = string(root, "program");
        JsonNode list = field(root, "answers");
        if (!list.isArray() || list.isEmpty()) {
            throw new BadInput(file, line(list), "\"answers\" must be a list of at least one answer");
        }
        List<Key.Answer> answers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode a : list) {
            Key.Answer answer = answer(a);
            if (!ids.add(answer.id())) {
                throw new BadInput(file, line(a), "two answers have the id \"" + answer.id() + "\"");
            }
            answers.add(answer);
        }
        JsonNode e = root.get("error");
        Key.Error error = e == null || e.isNull() ? null : error(e);
        return new Key(template, variant, seed, lr, decimals, program, answers, error);
    }

    private Key.Answer answer(JsonNode a) {
        if (!a.isObject()) {
            throw new BadInput(file, line(a),
                    "an answer is an object {\"id\": …, \"kind\": …, \"name\": …, \"value\": …}");
        }
        String id = string(a, "id");
        if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new BadInput(file, line(a.get("id")), "answer id \"" + id + "\" is not a name (letters, digits, _)");
        }
        String what = "answer \"" + id + "\": ";
        String kind = string(a, "kind");
        if (!List.of("value", "grad", "updated").contains(kind)) {
            throw new BadInput(file, line(a.get("kind")),
                    what + "\"kind\" must be value, grad or updated, not \"" + kind + "\"");
        }
        JsonNode label = a.get("label");
        String name = string(a, "name");
        return new Key.Answer(id, label != null && label.isTextual() ? label.asText() : id, Asked.Kind.of(kind), name,
                tensor(field(a, "value"), what + "\"value\""));
    }

    private Key.Error error(JsonNode e) {
        if (!e.isObject()) {
            throw new BadInput(file, line(e),
                    "\"error\" is null or {\"step\": …, \"name\": …, \"wrong\": …, \"right\": …}");
        }
        return new Key.Error(string(e, "step"), string(e, "name"), tensor(field(e, "wrong"), "\"wrong\""),
                tensor(field(e, "right"), "\"right\""));
    }

    /** A number, a list of numbers (a vector) or a list of equally long lists of numbers (a matrix's rows). */
    private Tensor tensor(JsonNode v, String what) {
        if (!v.isArray()) {
            return Tensor.of(number(v, what));
        }
        if (v.isEmpty()) {
            throw new BadInput(file, line(v), what + " is an empty list");
        }
        if (!v.get(0).isArray()) {
            double[] values = new double[v.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(v.get(i), what);
            }
            return Tensor.of(values);
        }
        double[][] rows = new double[v.size()][];
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = v.get(i);
            if (!row.isArray() || row.isEmpty() || row.size() != v.get(0).size()) {
                throw new BadInput(file, line(row), what + ": the rows of a matrix are lists of the same length");
            }
            rows[i] = new double[row.size()];
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = number(row.get(j), what);
            }
        }
        return Tensor.of(rows);
    }

    private double number(JsonNode v, String what) {
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new BadInput(file, line(v), what + " must be a finite number, not " + v);
        }
        return v.asDouble();
    }

    private long whole(JsonNode o, String name, long min, long max) {
        JsonNode v = field(o, name);
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new BadInput(file, line(v), "\"" + name + "\" must be a whole number from " + min + " to " + max
                    + ", not " + v);
        }
        return v.asLong();
    }

    private String string(JsonNode o, String name) {
        JsonNode v = field(o, name);
        if (!v.isTextual()) {
            throw new BadInput(file, line(v), "\"" + name + "\" must be a string, not " + v);
        }
        return v.asText();
    }

    private JsonNode field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null) {
            throw new BadInput(file, line(o), "\"" + name + "\" is missing from the object that starts here");
        }
        return v;
    }

    private int line(JsonNode n) {
        return n == null ? 0 : lines.getOrDefault(n, 0);
    }

    /** The value at the parser's current token, each node with the line it starts on. */
    private JsonNode node(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode n = switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, node(p));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(node(p));
                }
                yield a;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(p.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new BadInput(file, line, "unexpected " + p.currentToken());
        };
        lines.put(n, line);
        return n;
    }
}
