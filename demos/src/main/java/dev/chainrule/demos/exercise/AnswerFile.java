package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's answer file: one {@code id = value} a line, where the value is a number ({@code 0.4004}), a list
 * ({@code [0.1, -0.2]}) or a matrix as its rows ({@code [[0.2636], [-0.1781]]}); {@code #} starts a comment, blank
 * lines are ignored, and a bracket left open continues on the next line. The minus sign may be {@code −}, as
 * copied from a sheet. Anything else is an error that names the file and line ({@link BadInput}).
 *
 * <pre>{@code
 * Map<String, AnswerFile.Given> given = AnswerFile.read("a1 = [[0.2636], [-0.1781]]\na3 = 0.4004\n", "alice.txt", key);
 * }</pre>
 */
final class AnswerFile {
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * An answer as given.
     *
     * @param id    its id
     * @param value the number, list or matrix
     * @param line  the line it starts on
     */
    record Given(String id, Tensor value, int line) {
    }

    private final String file;
    private int line;
    private String text;
    private int pos;

    private AnswerFile(String file) {
        this.file = file;
    }

    /** The answers in {@code text}, read from {@code file}, by id in the key's order of first appearance. */
    static Map<String, Given> read(String text, String file, Key key) {
        return new AnswerFile(file).all(text, key);
    }

    private Map<String, Given> all(String source, Key key) {
        List<String> ids = key.answers().stream().map(Key.Answer::id).toList();
        Map<String, Given> given = new LinkedHashMap<>();
        String[] lines = source.replaceFirst("^\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int start = i + 1;
            StringBuilder statement = new StringBuilder(uncommented(lines[i]));
            while (depth(statement) > 0 && i + 1 < lines.length) {
                statement.append(' ').append(uncommented(lines[++i]));
            }
            if (statement.toString().isBlank()) {
                continue;
            }
            line = start;
            if (depth(statement) != 0) {
                throw error(depth(statement) > 0 ? "a '[' is never closed" : "a ']' closes no '['");
            }
            Given g = statement(statement.toString().replace('−', '-'));
            if (!ids.contains(g.id())) {
                throw error("no answer '" + g.id() + "' in the key (its answers are " + ids.get(0)
                        + (ids.size() > 1 ? " to " + ids.get(ids.size() - 1) : "") + ")");
            }
            Given before = given.putIfAbsent(g.id(), g);
            if (before != null) {
                throw error(g.id() + " is answered twice, on lines " + before.line() + " and " + start);
            }
        }
        return given;
    }

    private static String uncommented(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static int depth(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '[' ? 1 : s.charAt(i) == ']' ? -1 : 0;
            if (depth < 0) {
                return -1;
            }
        }
        return depth;
    }

    private Given statement(String s) {
        int eq = s.indexOf('=');
        if (eq < 0) {
            throw error("expected 'id = value' (for example: a1 = 0.1234), got '" + s.strip() + "'");
        }
        String id = s.substring(0, eq).strip();
        if (!ID.matcher(id).matches()) {
            throw error("'" + id + "' is not an answer's id (such as a1)");
        }
        text = s;
        pos = eq + 1;
        Object value = value();
        skipSpaces();
        if (pos < text.length()) {
            boolean comma = value instanceof Double && text.charAt(pos) == ',';
            throw error("unexpected '" + text.substring(pos).strip() + "' after the value of " + id
                    + (comma ? " (a decimal point, not a comma: 0.5)" : ""));
        }
        return new Given(id, tensor(value, id), line);
    }

    /** A number (Double) or a list (List of values). */
    private Object value() {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ']') {
                throw error("an empty list []: a value has at least one number");
            }
            while (true) {
                items.add(value());
                skipSpaces();
                char c = pos < text.length() ? text.charAt(pos) : '\0';
                pos++;
                if (c == ']') {
                    return items;
                }
                if (c != ',') {
                    throw error("expected ',' or ']' " + here(pos - 1));
                }
            }
        }
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            throw error("expected a number or '[' " + here(pos));
        }
        pos = m.end();
        if (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw error("expected a number " + here(m.start()));
        }
        double v = Double.parseDouble(m.group());
        if (!Double.isFinite(v)) {
            throw error(m.group() + " is too large a number");
        }
        return v;
    }

    private Tensor tensor(Object value, String id) {
        if (value instanceof Double d) {
            return Tensor.of(d);
        }
        List<?> items = (List<?>) value;
        if (items.stream().allMatch(Double.class::isInstance)) {
            return Tensor.of(items.stream().mapToDouble(Double.class::cast).toArray());
        }
        double[][] rows = new double[items.size()][];
        for (int i = 0; i < rows.length; i++) {
            if (!(items.get(i) instanceof List<?> row) || !row.stream().allMatch(Double.class::isInstance)) {
                throw error("the value of " + id + " is a number, a list of numbers, or a matrix as a list of rows"
                        + " of numbers ([[1, 2], [3, 4]])");
            }
            rows[i] = row.stream().mapToDouble(Double.class::cast).toArray();
            if (rows[i].length != rows[0].length) {
                throw error("the rows of " + id + " have different lengths (" + rows[0].length + " and "
                        + rows[i].length + ")");
            }
        }
        return Tensor.of(rows);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String here(int at) {
        String rest = at < text.length() ? text.substring(at).strip() : "";
        if (rest.isEmpty()) {
            return "at the end";
        }
        return "at '" + (rest.length() > 20 ? rest.substring(0, 20) + "…" : rest) + "'";
    }

    private BadInput error(String message) {
        return new BadInput(file, line, message);
    }
}
