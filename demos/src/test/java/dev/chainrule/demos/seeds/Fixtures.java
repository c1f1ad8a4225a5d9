package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The numbers Python computed for the training demos (the scripts beside them in {@code src/test/resources/sklearn}
 * say how), and the rows of a CSV file a demo wrote.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** The JSON resource {@code /sklearn/NAME}. */
    static JsonNode json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sklearn/" + name)) {
            assertThat(in).as("test resource /sklearn/" + name).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV file with a header, as numbers. */
    static double[][] csvRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.stream().skip(1).map(line -> java.util.Arrays.stream(line.split(","))
                .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }
}
