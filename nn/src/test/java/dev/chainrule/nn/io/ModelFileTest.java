package dev.chainrule.nn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import io.vavr.Tuple2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save → load round trips bit for bit, and saving is atomic. Corrupt files: {@link ModelFileCorruptTest}. */
class ModelFileTest {
    /** Numbers whose decimal form is easy to get wrong: every one must come back with the same bits. */
    static final double[] AWKWARD = {-0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 1e-310, -1.2345678901234567e-200,
            1.0 / 3};

    @TempDir
    Path dir;

    /** Every layer type once, a nested Sequential and explicit names: rows layout. */
    static Sequential everyLayer() {
        return Sequential.of(
                new Linear(2, 3), Activation.TANH,
                new Linear(3, 3), Activation.leakyRelu(0.2),
                Sequential.of(new Linear(3, 7).named("Wout", "bout"), Activation.RELU, Activation.IDENTITY),
                new Linear(7, 2).withoutBias(), Activation.SIGMOID, Activation.SOFTMAX);
    }

    static Params awkward(Params p) {
        return p.with("2.weight", Tensor.of(dev.chainrule.autograd.Shape.matrix(3, 3), new double[] {
                AWKWARD[0], AWKWARD[1], AWKWARD[2], AWKWARD[3], AWKWARD[4], AWKWARD[5], AWKWARD[6], 1e300, -7.0}));
    }

    @Test
    void saveThenLoadRoundTripsBitForBit() throws IOException {
        Sequential net = everyLayer();
        Params params = awkward(net.init(new SplittableRandom(7)));
        Path file = dir.resolve("model.json");
        ModelFile.save(file, net, params);
        SavedModel loaded = ModelFile.load(file);

        assertThat(loaded.params()).isEqualTo(params);
        assertThat(loaded.params().names()).containsExactlyElementsOf(params.names());
        for (Tuple2<String, Tensor> p : params) {
            Tensor back = loaded.params().get(p._1);
            assertThat(back.shape()).isEqualTo(p._2.shape());
            assertThat(bits(back)).as(p._1).containsExactly(bits(p._2));
        }
        assertThat(signature(loaded.model())).isEqualTo(signature(net));
        assertThat(loaded.model().describe()).isEqualTo(net.describe());

        Tensor x = Tensor.of(new double[][] {{0.5, -1.0}, {2.0, 0.25}, {0.0, 0.0}});
        assertThat(loaded.forward(x).sameValues(net.forward(params, x))).isTrue();
    }

    @Test
    void aLoadedModelSavesToTheSameBytes() throws IOException {
        Sequential net = everyLayer();
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        ModelFile.save(first, net, awkward(net.init(new SplittableRandom(3))));
        ModelFile.save(second, ModelFile.load(first));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theSeedNetworkWithExplicitNamesAndSamplesAsColumnsRoundTrips() throws IOException {
        Sequential net = Sequential.of(Layout.SAMPLES_AS_COLUMNS,
                new Linear(2, 2).named("W1", "b1")
                        .weights(Initializer.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}})).biases(Initializer.of(0.1, -0.2)),
                Activation.TANH,
                new Linear(2, 1).named("W2", "b2")
                        .weights(Initializer.of(0.5, -0.3)).biases(Initializer.of(0.2)),
                Activation.TANH);
        Params params = net.init(new SplittableRandom(0));
        Path file = dir.resolve("seed000.json");
        ModelFile.save(file, net, params);

        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"format\" : \"chainrule-model\",\n  \"version\" : 1,")
                .contains("\"layout\" : \"SAMPLES_AS_COLUMNS\"", "\"weightName\" : \"W1\"", "\"biasName\" : \"b2\"")
                .contains("\"W1\" : {", "\"shape\" : [ 2, 2 ]", "\"data\" : [ 0.3, -0.1, 0.2, 0.4 ]")
                .contains("\"b1\" : {", "\"shape\" : [ 2, 1 ]", "\"data\" : [ 0.1, -0.2 ]")
                .endsWith("}\n");
        SavedModel loaded = ModelFile.load(file);
        assertThat(loaded.params()).isEqualTo(params);
        assertThat(loaded.params().names()).containsExactly("W1", "b1", "W2", "b2");
        assertThat(signature(loaded.model())).isEqualTo(signature(net));
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        assertThat(loaded.forward(x).item()).isEqualTo(0.367246562645108, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void paramsInAnotherOrderKeepTheirOrder() throws IOException {
        Sequential net = Sequential.of(new Linear(2, 2), Activation.TANH, new Linear(2, 1));
        Params p = net.init(new SplittableRandom(1));
        Params reordered = Params.of("2.bias", p.get("2.bias")).withWeight("0.weight", p.get("0.weight"))
                .withWeight("2.weight", p.get("2.weight")).with("0.bias", p.get("0.bias"));
        Path file = dir.resolve("m.json");
        ModelFile.save(file, net, reordered);
        assertThat(ModelFile.load(file).params()).isEqualTo(reordered);
    }

    @Test
    void noTemporaryFileIsLeftBehindAndAnExistingFileIsReplaced() throws IOException {
        Sequential net = Sequential.of(new Linear(2, 1), Activation.SIGMOID);
        Path file = dir.resolve("model.json");
        ModelFile.save(file, net, net.init(new SplittableRandom(1)));
        assertThat(listing()).containsExactly("model.json");

        Params second = net.init(new SplittableRandom(2));
        ModelFile.save(file, net, second);
        assertThat(listing()).containsExactly("model.json");
        assertThat(ModelFile.load(file).params()).isEqualTo(second);
    }

    @Test
    void aFailedSaveLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
        Sequential net = Sequential.of(new Linear(2, 1), Activation.SIGMOID);
        Path file = dir.resolve("model.json");
        Params good = net.init(new SplittableRandom(1));
        ModelFile.save(file, net, good);
        byte[] before = Files.readAllBytes(file);

        Params diverged = good.with("0.weight", Tensor.of(new double[][] {{0.5}, {Double.NaN}}));
        assertThatThrownBy(() -> ModelFile.save(file, net, diverged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot save " + file)
                .hasMessageContaining("parameter \"0.weight\" holds NaN at index 1")
                .hasMessageContaining("JSON has no NaN or infinity");
        Params infinite = good.with("0.bias", Tensor.of(new double[] {Double.POSITIVE_INFINITY}));
        assertThatThrownBy(() -> ModelFile.save(file, net, infinite)).hasMessageContaining("holds Infinity at index 0");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).containsExactly("model.json");
    }

    @Test
    void whenTheRenameFailsTheTemporaryFileIsRemoved() throws IOException {
        Sequential net = Sequential.of(new Linear(2, 1));
        Path occupied = Files.createDirectory(dir.resolve("model.json"));
        Files.writeString(occupied.resolve("keep.txt"), "not a model");
        assertThatThrownBy(() -> ModelFile.save(occupied, net, net.init(new SplittableRandom(1))))
                .isInstanceOf(IOException.class);
        assertThat(listing()).containsExactly("model.json");
        assertThat(Files.readString(occupied.resolve("keep.txt"))).isEqualTo("not a model");
    }

    @Test
    void paramsThatDoNotFitTheModelAreNotSaved() {
        Sequential net = Sequential.of(new Linear(2, 3), Activation.TANH, new Linear(3, 1));
        Params p = net.init(new SplittableRandom(1));
        Path file = dir.resolve("m.json");
        assertThatThrownBy(() -> ModelFile.save(file, net, p.with("0.weight", Tensor.zeros(3, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter \"0.weight\" has shape [3, 2] but the layer Linear(2 → 3) at"
                        + " model.layers[0], with samples as rows, needs [2, 3] (in x out)");
        Params missing = Params.of("0.weight", p.get("0.weight"), "0.bias", p.get("0.bias")).with("2.weight", p.get("2.weight"));
        assertThatThrownBy(() -> ModelFile.save(file, net, missing))
                .hasMessageContaining("parameter \"2.bias\" (the bias of Linear(3 → 1) at model.layers[2]) is missing");
        assertThatThrownBy(() -> ModelFile.save(file, net, p.with("extra", Tensor.of(1.0))))
                .hasMessageContaining("parameter \"extra\" is not used by the model");
        Sequential twice = Sequential.of(new Linear(2, 2).named("W", "b"), new Linear(2, 2).named("W", "c"));
        assertThatThrownBy(() -> ModelFile.save(file, twice, p))
                .hasMessageContaining("the parameter name \"W\" is used twice: by the weight of model.layers[0] and by"
                        + " the weight of model.layers[1]");
        assertThat(file).doesNotExist();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * What the file keeps of an architecture: layer types and settings. (Initialisers are not saved, and they
     * compare by identity, so {@code Linear.equals} cannot be used.)
     */
    static Object signature(Layer layer) {
        return switch (layer) {
            case Linear l -> List.of("Linear", l.in(), l.out(), l.bias(), l.explicitWeightName(), l.explicitBiasName());
            case Sequential s -> List.of(s.layout(), s.layers().stream().map(ModelFileTest::signature).toList());
            default -> layer;
        };
    }

    private static long[] bits(Tensor t) {
        return Arrays.stream(t.toArray()).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
