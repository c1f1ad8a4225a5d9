package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.demos.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A demo run as {@code chainrule demo NAME --out DIR --quick} runs it (in process, headless), or at full settings
 * without {@code --quick}: its exit status, what it printed, and its {@code summary.json}, parsed.
 */
record DemoOutput(int status, String stdout, String stderr, Path dir, JsonNode summary, boolean quick) {
    /** The size of every picture: the plot package's default. */
    static final int WIDTH = 900;
    static final int HEIGHT = 650;

    /** The demo at quick settings. */
    static DemoOutput run(String name, Path dir) throws IOException {
        return run(name, dir, true);
    }

    /** The demo at full settings, as {@code chainrule demo NAME} runs it: for the thresholds the demos must reach. */
    static DemoOutput runFull(String name, Path dir) throws IOException {
        return run(name, dir, false);
    }

    private static DemoOutput run(String name, Path dir, boolean quick) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = quick ? new String[] {"demo", name, "--out", dir.toString(), "--quick"}
                : new String[] {"demo", name, "--out", dir.toString()};
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Path summary = dir.resolve("summary.json");
        JsonNode json = Files.exists(summary) ? new ObjectMapper().readTree(summary.toFile()) : null;
        return new DemoOutput(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), dir,
                json, quick);
    }

    /** The run ended with status 0, wrote nothing to stderr, and its summary names the demo and its settings. */
    DemoOutput succeeded(String name) {
        assertThat(stderr).as("stderr of " + name).isEmpty();
        assertThat(status).as("exit status of " + name + "\n" + stdout).isZero();
        assertThat(summary).as("summary.json of " + name).isNotNull();
        assertThat(summary.get("demo").asText()).isEqualTo(name);
        assertThat(summary.get("quick").asBoolean()).isEqualTo(quick);
        return this;
    }

    /** {@code results.KEY} of the summary. */
    JsonNode result(String key) {
        JsonNode r = summary.get("results").get(key);
        assertThat(r).as("results." + key + " in " + summary).isNotNull();
        return r;
    }

    /** {@code settings.KEY} of the summary. */
    JsonNode setting(String key) {
        JsonNode s = summary.get("settings").get(key);
        assertThat(s).as("settings." + key + " in " + summary).isNotNull();
        return s;
    }

    /** The names of the files the summary lists, in order. */
    List<String> files() {
        List<String> names = new ArrayList<>();
        summary.get("files").forEach(f -> names.add(f.asText()));
        return names;
    }

    /** The PNG files that the summary lists. */
    List<Path> pictures() {
        List<Path> png = new ArrayList<>();
        summary.get("files").forEach(f -> {
            if (f.asText().endsWith(".png")) {
                png.add(dir.resolve(f.asText()));
            }
        });
        return png;
    }

    /** Every picture decodes, has the default size and many colours (axes, text, curves), not one flat colour. */
    void picturesAreReal() throws IOException {
        for (Path png : pictures()) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).as("width of " + png).isEqualTo(WIDTH);
            assertThat(image.getHeight()).as("height of " + png).isEqualTo(HEIGHT);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < HEIGHT; y += 3) {
                for (int x = 0; x < WIDTH; x += 3) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as("colours in " + png).isGreaterThan(20);
        }
    }
}
