package dev.chainrule.demos.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The timings {@code torch_reference.py} prints, {@code {"workload": {"median_ms": 61.2, "runs": 30, "threads": 1},
 * ...}}, read with Jackson's streaming parser so that every complaint names the line and column it is about. Only
 * the workloads asked for are read; any other entry, and any other key of an entry, is skipped.
 */
final class PyTorchReference {
    /** Python's json module writes NaN and Infinity for those floats: they parse, and then are refused by name. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /**
     * One workload's PyTorch timing.
     *
     * @param medianMillis its median wall time
     * @param runs         the runs it is the median of, when the file says
     * @param threads      the intra-op threads PyTorch ran with, when the file says
     */
    record Timing(double medianMillis, OptionalInt runs, OptionalInt threads) {
    }

    private PyTorchReference() {
    }

    /**
     * The timings in {@code file} of those of {@code workloads} it has.
     *
     * @throws UsageError naming the file, and the line and column, when it cannot be read or is not such an object
     */
    static Map<String, Timing> read(Path file, Set<String> workloads) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            return new Reader(p, file).entries(workloads);
        } catch (NoSuchFileException e) {
            throw new UsageError("--reference " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageError("--reference " + file + ": permission denied");
        } catch (StreamReadException e) {
            throw new UsageError(where(file, e.getLocation()) + "not JSON: " + firstSentence(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UsageError("--reference " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** {@code --reference FILE, line L, column C: } */
    private static String where(Path file, JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "--reference " + file + ": "
                : "--reference " + file + ", line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }

    /** Jackson's message without the parenthesised source description some of its messages end with. */
    private static String firstSentence(String message) {
        int source = message.indexOf(" (start marker at");
        String m = source < 0 ? message : message.substring(0, source);
        return m.replace('\n', ' ').strip();
    }

    /** Reads one file's object, reporting what is wrong at the parser's location. */
    private record Reader(JsonParser p, Path file) {
        Map<String, Timing> entries(Set<String> workloads) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new UsageError(where(file, null) + "the file is empty; expected {\"workload\": {\"median_ms\": "
                        + "...}, ...} as torch_reference.py prints it");
            }
            if (t != JsonToken.START_OBJECT) {
                throw error("expected an object {\"workload\": {\"median_ms\": ...}, ...}, found " + found());
            }
            Map<String, Timing> timings = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (workloads.contains(name)) {
                    timings.put(name, timing(name));
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw error("more after the end of the object: expected one object, as torch_reference.py prints it");
            }
            return timings;
        }

        private Timing timing(String name) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(name + ": expected an object {\"median_ms\": ..., \"runs\": ..., \"threads\": ...}, found "
                        + found());
            }
            JsonLocation start = p.currentTokenLocation();
            double median = Double.NaN;
            OptionalInt runs = OptionalInt.empty();
            OptionalInt threads = OptionalInt.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "median_ms" -> median = positiveNumber(name, key);
                    case "runs" -> runs = OptionalInt.of(positiveInteger(name, key));
                    case "threads" -> threads = OptionalInt.of(positiveInteger(name, key));
                    default -> p.skipChildren();
                }
            }
            if (Double.isNaN(median)) {
                throw new UsageError(where(file, start) + name + ": no \"median_ms\"");
            }
            return new Timing(median, runs, threads);
        }

        private double positiveNumber(String name, String key) throws IOException {
            if (p.currentToken().isNumeric()) {
                double v = p.getDoubleValue();
                if (v > 0 && Double.isFinite(v)) {
                    return v;
                }
            }
            throw error(name + "." + key + " must be a positive number of milliseconds, not " + found());
        }

        private int positiveInteger(String name, String key) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() > 0) {
                return p.getIntValue();
            }
            throw error(name + "." + key + " must be a positive whole number, not " + found());
        }

        /** What the current token is, for a message: its text, or "an object", "an array". */
        private String found() throws IOException {
            return switch (p.currentToken()) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> '"' + p.getText() + '"';
                default -> p.getText();
            };
        }

        private UsageError error(String message) {
            return new UsageError(where(file, p.currentTokenLocation()) + message);
        }
    }
}
