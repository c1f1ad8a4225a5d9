package dev.chainrule.nn.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to a parsed JSON tree that fails with {@link Invalid} naming the place ({@code model.layers[2]}) and
 * what was expected there.
 */
final class JsonChecks {
    private JsonChecks() {
    }

    /** What is wrong with a model file, without the file's name ({@link ModelFile} adds it). */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String where, String what) {
            super(where + ": " + what);
        }
    }

    /** {@code node} as an object with all of {@code required} and nothing outside {@code required ∪ optional}. */
    static JsonNode object(JsonNode node, String where, List<String> required, List<String> optional) {
        if (node == null || !node.isObject()) {
            throw new Invalid(where, "expected a JSON object, found " + kind(node));
        }
        for (String key : required) {
            if (!node.has(key)) {
                throw new Invalid(where, "the key \"" + key + "\" is missing");
            }
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            if (!required.contains(key) && !optional.contains(key)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                throw new Invalid(where, "unknown key \"" + key + "\" (expected " + String.join(", ", known) + ")");
            }
        }
        return node;
    }

    static String string(JsonNode parent, String key, String where) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isTextual()) {
            throw new Invalid(where + "." + key, "expected a string, found " + kind(v));
        }
        return v.textValue();
    }

    /** A string that is not blank, e.g. a parameter name; null when absent. */
    static String optionalName(JsonNode parent, String key, String where) {
        if (!parent.has(key)) {
            return null;
        }
        String s = string(parent, key, where);
        if (s.isBlank()) {
            throw new Invalid(where + "." + key, "the name is blank");
        }
        return s;
    }

    static int integer(JsonNode parent, String key, String where) {
        return integer(parent.get(key), where + "." + key);
    }

    static int integer(JsonNode v, String where) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Invalid(where, "expected an integer, found " + kind(v));
        }
        return v.intValue();
    }

    static boolean bool(JsonNode parent, String key, String where) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isBoolean()) {
            throw new Invalid(where + "." + key, "expected true or false, found " + kind(v));
        }
        return v.booleanValue();
    }

    /** A finite number (JSON has no NaN or infinity, but 1e400 parses to infinity). */
    static double number(JsonNode v, String where) {
        if (v == null || !v.isNumber()) {
            throw new Invalid(where, "expected a number, found " + kind(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new Invalid(where, "expected a number that fits a double (up to about 1.8e308 in size), found one"
                    + " too large for it");
        }
        return d;
    }

    static JsonNode array(JsonNode parent, String key, String where) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isArray()) {
            throw new Invalid(where + "." + key, "expected an array, found " + kind(v));
        }
        return v;
    }

    /** How a value looks, for messages: {@code the string "abc"}, {@code null}, {@code an object}. */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v.isNumber() || v.isBoolean() || v.isNull()) {
            return v.asText();
        }
        return v.isArray() ? "an array" : "an object";
    }
}
