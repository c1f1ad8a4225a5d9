package dev.chainrule.demos.seeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chainrule.data.csv.CsvWriter;
import dev.chainrule.data.datasets.Dataset;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a running demo writes to: its printed results, its directory of pictures and data, and the settings and
 * final numbers that {@link #finish()} writes as {@code summary.json}. At {@link #quick()} settings (the tests', and
 * {@code --quick}) a demo trains for fewer epochs on fewer samples.
 */
public final class DemoRun {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Demo demo;
    private final Path dir;
    private final PrintStream out;
    private final boolean quick;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    DemoRun(Demo demo, Path dir, PrintStream out, boolean quick) {
        this.demo = demo;
        this.dir = dir;
        this.out = out;
        this.quick = quick;
    }

    /** Where results are printed. */
    public PrintStream out() {
        return out;
    }

    /** Prints one line, formatted with {@link String#format} in the root locale. */
    public void printf(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    /** Whether to run at small settings. */
    public boolean quick() {
        return quick;
    }

    /** {@code full}, or {@code small} at quick settings. */
    public int choose(int full, int small) {
        return quick ? small : full;
    }

    /** The directory the demo writes to. */
    public Path dir() {
        return dir;
    }

    /** The path of a picture {@code name} (e.g. {@code loss.png}) in the demo's directory, listed in the summary. */
    public Path picture(String name) {
        files.add(name);
        return dir.resolve(name);
    }

    /** Writes the data trained and tested on as {@code train.csv} and {@code test.csv} ({@code x1,…,xd,y}). */
    public void data(Dataset train, Dataset test) throws IOException {
        data("train.csv", train);
        data("test.csv", test);
    }

    /** Writes one data set as CSV under {@code name}. */
    public void data(String name, Dataset d) throws IOException {
        Files.createDirectories(dir);
        CsvWriter.write(d, dir.resolve(name));
        files.add(name);
    }

    /** A setting of the demo (samples, layers, η, epochs, seeds), for the summary. */
    public DemoRun setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** A final number (accuracy, loss, epochs), for the summary. */
    public DemoRun result(String key, Object value) {
        results.put(key, value);
        return this;
    }

    /** The results recorded so far. */
    public Map<String, Object> results() {
        return Map.copyOf(results);
    }

    /** Writes {@code summary.json} and says where everything went. */
    void finish() throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("demo", demo.name());
        summary.put("quick", quick);
        summary.put("settings", settings);
        summary.put("results", results);
        files.add("summary.json");
        summary.put("files", files);
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
        out.println("wrote " + dir + "/: " + String.join(", ", files));
    }
}
