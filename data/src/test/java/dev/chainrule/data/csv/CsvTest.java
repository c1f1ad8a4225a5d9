package dev.chainrule.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeClassification;
import dev.chainrule.data.datasets.MakeMoons;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIsBitForBit() throws IOException {
        Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);
        Path file = dir.resolve("moons.csv");
        CsvWriter.write(moons, file);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,y");
        CsvTable back = CsvReader.labelLast().read(file);
        assertThat(back.featureNames()).containsExactly("x1", "x2");
        assertThat(back.labelName()).isEqualTo("y");
        assertThat(back.data()).isEqualTo(moons);
        assertThat(Files.list(dir)).as("no temporary file left").containsExactly(file);
    }

    @Test
    void extremeNumbersRoundTrip() {
        double[][] x = {{1e-5, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, Double.NaN,
            Double.NEGATIVE_INFINITY, 123456789.125}};
        Dataset d = new Dataset(x, new double[] {0.5});
        String text = CsvWriter.toCsv(d);
        assertThat(text).startsWith("x1,x2,x3,x4,x5,x6,x7,x8,y\n1.0E-5,-0.0,4.9E-324,").endsWith(",0.5\n");
        Dataset back = CsvReader.labelLast().parse(text, "t").data();
        for (int j = 0; j < x[0].length; j++) {
            assertThat(Double.doubleToRawLongBits(back.x(0, j))).isEqualTo(Double.doubleToRawLongBits(x[0][j]));
        }
        assertThat(back.y(0)).isEqualTo(0.5);
        Dataset many = MakeClassification.of(40, 6).withScale(null).generate(9);
        assertThat(CsvReader.labelLast().parse(CsvWriter.toCsv(many), "t").data()).isEqualTo(many);
    }

    @Test
    void readsWhatPythonWrites() throws IOException {
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/fixtures/moons_500_noise0.2_seed42.csv"),
                StandardCharsets.UTF_8)) {
            CsvTable t = CsvReader.labelLast().read(in, "moons_500_noise0.2_seed42.csv");
            assertThat(t.data()).isEqualTo(MakeMoons.of(500).withNoise(0.2).generate(42));
        }
        Dataset d = CsvReader.labelLast().parse("# a,b,label\r\n1e-05, 2.5E+3 ,1\r\n\r\n-.5,nan,0\n", "py").data();
        assertThat(d.row(0)).containsExactly(1e-5, 2500.0);
        assertThat(d.x(1, 0)).isEqualTo(-0.5);
        assertThat(d.x(1, 1)).isNaN();
        assertThat(d.labels()).containsExactly(1, 0);
    }

    @Test
    void aNamedLabelColumn() {
        CsvTable t = CsvReader.labelColumn("class").parse("\"class\",width,height\n2,0.5,1.5\n0,1,2\n", "iris");
        assertThat(t.featureNames()).containsExactly("width", "height");
        assertThat(t.labelName()).isEqualTo("class");
        assertThat(t.data().x()).isDeepEqualTo(new double[][] {{0.5, 1.5}, {1, 2}});
        assertThat(t.data().labels()).containsExactly(2, 0);
        StringBuilder out = new StringBuilder();
        try {
            CsvWriter.write(t.data(), t.featureNames(), t.labelName(), out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(out.toString()).isEqualTo("width,height,class\n0.5,1.5,2\n1.0,2.0,0\n");
    }

    @Test
    void badRowsFailWithTheirLineAndTheProblem() {
        CsvReader r = CsvReader.labelLast();
        assertThatThrownBy(() -> r.parse("x1,x2,y\n1,2,0\n\n3,4\n", "data.csv")).isInstanceOf(CsvFormatException.class)
                .hasMessage("data.csv:4: expected 3 values (x1,x2,y), found 2")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> r.parse("x1,x2,y\n1,abc,0\n", "data.csv"))
                .hasMessage("data.csv:2: column 'x2': \"abc\" is not a number");
        assertThatThrownBy(() -> r.parse("x1,x2,y\n1,,0\n", "data.csv")).hasMessage("data.csv:2: column 'x2' is empty");
        assertThatThrownBy(() -> r.parse("x1,x2,y\n1,0x1p3,0\n", "data.csv")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> r.parse("x1,x2,y\n1,2,3,4\n", "data.csv")).hasMessageContaining("found 4");
        assertThatThrownBy(() -> r.parse("", "empty.csv")).hasMessageContaining("empty.csv:1: the file is empty");
        assertThatThrownBy(() -> r.parse("x1,x1,y\n", "h.csv")).hasMessage("h.csv:1: header: column name 'x1' appears"
                + " twice");
        assertThatThrownBy(() -> r.parse("y\n1\n", "h.csv")).hasMessageContaining("at least one feature column");
        assertThatThrownBy(() -> CsvReader.labelColumn("label").parse("x1,y\n1,2\n", "h.csv"))
                .hasMessage("h.csv:1: header: no label column named 'label'; the columns are x1,y");
    }

    @Test
    void nothingIsHalfRead() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "x1,y\n1,0\n2,1\nthree,1\n");
        assertThatThrownBy(() -> CsvReader.labelLast().read(file)).hasMessageStartingWith(file + ":4: ");
        assertThatThrownBy(() -> CsvWriter.write(MakeMoons.of(4).generate(0), List.of("a"), "y", new StringBuilder()))
                .hasMessageContaining("1 feature names for 2 features");
    }
}
