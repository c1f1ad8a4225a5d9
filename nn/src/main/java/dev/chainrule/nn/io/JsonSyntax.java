package dev.chainrule.nn.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in plain words: the file, where it breaks off or goes wrong ({@code line:column}) and what
 * was expected there, e.g. <code>model.json:12:5: the file ends inside an object (expected '&#125;' or another
 * field); was it cut off?</code>. Jackson's own messages name its source, settings and features; none of that reaches the user.
 */
final class JsonSyntax {
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\(.*?code (\\d+)\\)\\)( in numeric value)?: (.*)", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*",
            Pattern.DOTALL);
    private static final Pattern STRAY_CLOSE = Pattern.compile("Unexpected close marker '(.)': no open.*",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)': was expecting.*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']");
    private static final Pattern CONTROL = Pattern.compile(
            "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): .* in (name|string value).*",
            Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape (.*?) \\(code (\\d+)\\).*",
            Pattern.DOTALL);
    private static final Pattern UTF8 = Pattern.compile("Invalid UTF-8 (?:start|middle) byte (0x\\p{XDigit}+).*",
            Pattern.DOTALL);

    private JsonSyntax() {
    }

    /**
     * {@code file:line:column: what} for the error {@code e} that {@code parser} raised reading {@code file} of
     * {@code length} bytes ({@code file: what} if Jackson knows no place).
     */
    static String describe(Path file, long length, JsonProcessingException e, JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        boolean cutOff = parser.currentLocation().getByteOffset() >= length && context != null && !context.inRoot();
        JsonLocation at = cutOff || e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        String what = explain(e, context, cutOff);
        return at == null || at.getLineNr() < 1 ? file + ": " + what
                : file + ":" + at.getLineNr() + ":" + Math.max(at.getColumnNr(), 1) + ": " + what;
    }

    /** What is wrong; {@code cutOff} if the parser read the whole file but was still inside an object or array. */
    private static String explain(JsonProcessingException e, JsonStreamContext context, boolean cutOff) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (cutOff || e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return endOfFile(e, message, context);
        }
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "objects and arrays nested too deep (expected a model file, which nests a few levels)";
            }
            return "a value too long to read (" + clean(message) + ")";
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "more content after the end of the model's JSON object (expected nothing after its closing '}')";
        }
        Matcher m;
        if ((m = UNEXPECTED.matcher(message)).matches()) {
            return unexpected(character(Integer.parseInt(m.group(1))), m.group(2) != null, m.group(3));
        }
        if ((m = CLOSE_MARKER.matcher(message)).matches()) {
            String container = m.group(2).equals("}") ? "object" : "array";
            JsonLocation start = context == null ? null : context.startLocation(ContentReference.unknown());
            return "expected '" + m.group(2) + "' to close the " + container
                    + (start == null || start.getLineNr() < 1 ? "" : " that starts at " + start.getLineNr() + ":"
                    + start.getColumnNr()) + ", found '" + m.group(1) + "'";
        }
        if ((m = STRAY_CLOSE.matcher(message)).matches()) {
            return "found '" + m.group(1) + "' with nothing open to close (expected the end of the file)";
        }
        if ((m = TOKEN.matcher(message)).matches()) {
            return "expected a value (a number, a string in double quotes, an array, an object, true, false or null),"
                    + " found '" + m.group(1) + "'";
        }
        if ((m = NON_STANDARD.matcher(message)).matches()) {
            return "expected a number, found '" + m.group(1) + "' (JSON numbers cannot be NaN or Infinity)";
        }
        if ((m = DUPLICATE.matcher(message)).matches()) {
            return "the field \"" + m.group(1) + "\" appears twice in the same object (expected each field once)";
        }
        if ((m = CONTROL.matcher(message)).matches()) {
            int code = Integer.parseInt(m.group(1));
            String inside = m.group(2).equals("name") ? "a field name" : "a string";
            return code == '\n' || code == '\r'
                    ? "the line ends inside " + inside + " (expected its closing '\"'; a line break in a string is"
                    + " written \\n)"
                    : "found " + character(code) + " inside " + inside + " (expected it written as an escape, "
                    + String.format("\\u%04x", code) + ")";
        }
        if ((m = ESCAPE.matcher(message)).matches()) {
            return "found the escape '\\" + Character.toString(Integer.parseInt(m.group(2))) + "' (expected one of"
                    + " \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "found a number with a leading zero (expected 0 alone, or a number that starts with 1 to 9)";
        }
        if ((m = UTF8.matcher(message)).matches()) {
            return "found the byte " + m.group(1) + ", which is not UTF-8 text (expected a model file, saved as UTF-8)";
        }
        return "not valid JSON: " + clean(message);
    }

    /**
     * Where the file stops short: in the value or name Jackson was reading, or else in the innermost open object or
     * array.
     */
    private static String endOfFile(JsonProcessingException e, String message, JsonStreamContext context) {
        String inside;
        Matcher token = TOKEN.matcher(message);
        if (e instanceof JsonEOFException eof && eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING
                || message.contains("in VALUE_STRING")) {
            inside = "a string (expected its closing '\"')";
        } else if (message.contains("in field name") || message.contains("for name")) {
            inside = "a field name (expected its closing '\"')";
        } else if (token.matches() && literal(token.group(1)) != null) {
            inside = "'" + token.group(1) + "' (expected " + literal(token.group(1)) + ")";
        } else if (message.contains("in numeric value")) {
            inside = "a number (expected a digit)";
        } else if (context != null && context.inObject()) {
            inside = "an object (expected '}' or another field)";
        } else if (context != null && context.inArray()) {
            inside = "an array (expected ']' or another value)";
        } else {
            return "the file ends too early (expected the rest of the model's JSON object); was it cut off?";
        }
        return "the file ends inside " + inside + "; was it cut off?";
    }

    /** {@code true}, {@code false} or {@code null} if {@code start} begins one of them, else null. */
    private static String literal(String start) {
        for (String literal : new String[] {"true", "false", "null"}) {
            if (!start.isEmpty() && literal.startsWith(start)) {
                return literal;
            }
        }
        return null;
    }

    /** Jackson's "Unexpected character" with the reason it gives, as what was expected and what was found. */
    private static String unexpected(String found, boolean inNumber, String reason) {
        if (inNumber) {
            if (reason.startsWith("Decimal point")) {
                return "expected a digit after the decimal point, found " + found;
            }
            if (reason.startsWith("Exponent indicator")) {
                return "expected a digit after the exponent's 'e', found " + found;
            }
            if (reason.contains("minus sign")) {
                return "expected a digit after '-', found " + found;
            }
            if (reason.contains("plus sign")) {
                return "expected a number, found " + found + " (JSON numbers have no '+' sign)";
            }
            return "found " + found + " in a number (" + clean(reason) + ")";
        }
        if (reason.startsWith("was expecting a colon")) {
            return "expected ':' after the field name, found " + found;
        }
        if (reason.startsWith("was expecting comma to separate Object")) {
            return "expected ',' or '}' after the field's value, found " + found;
        }
        if (reason.startsWith("was expecting comma to separate Array")) {
            return "expected ',' or ']' after the value, found " + found;
        }
        boolean name = reason.startsWith("was expecting double-quote");
        // '}' where a name must come, or ']' where a value must come, can only follow a ','
        String hint = switch (found) {
            case "'}'" -> name ? " (JSON allows no ',' before '}')" : "";
            case "']'" -> name ? "" : " (JSON allows no ',' before ']')";
            case "'''" -> " (JSON strings are in double quotes)";
            case "'/'", "'#'" -> " (JSON has no comments)";
            default -> "";
        };
        if (name) {
            return "expected a field name in double quotes, found " + found + hint;
        }
        if (reason.startsWith("expected a") || reason.contains("comment")) {
            return "expected a value (a number, a string in double quotes, an array, an object, true, false or null),"
                    + " found " + found + hint;
        }
        return "found " + found + " (" + clean(reason) + ")";
    }

    /** A character as messages show it: {@code 'x'}, {@code a tab}, {@code the control character U+0001}. */
    private static String character(int code) {
        return switch (code) {
            case '\n', '\r' -> "a line break";
            case '\t' -> "a tab";
            default -> Character.isISOControl(code) ? String.format("the control character U+%04X", code)
                    : "'" + Character.toString(code) + "'";
        };
    }

    /** Jackson's message without its source description, character codes and advice about its features. */
    private static String clean(String message) {
        return message.lines().findFirst().orElse("")
                .replaceAll(" ?\\((?:start marker at|for \\w+ starting at) \\[Source.*?\\]\\)", "")
                .replaceAll(" ?\\(code \\d+\\)", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(": enable `[^`]*`.*", "")
                .replaceAll(" ?\\[Source.*?\\]", "");
    }
}
