package dev.chainrule.nn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A truncated or edited model file is rejected with a message that says what is wrong and where. */
class ModelFileCorruptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path file;
    private String original;

    @BeforeEach
    void saveAGoodFile() throws IOException {
        Sequential net = Sequential.of(new Linear(2, 3), Activation.TANH, new Linear(3, 1), Activation.SIGMOID);
        file = dir.resolve("model.json");
        ModelFile.save(file, net, net.init(new SplittableRandom(5)));
        original = Files.readString(file);
        assertThat(ModelFile.load(file).params().size()).isEqualTo(4);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> loadingText(UnaryOperator<String> edit) throws IOException {
        Files.writeString(file, edit.apply(original));
        return assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ": ");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> loadingTree(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(original);
        edit.accept(root);
        return loadingText(s -> root.toPrettyString());
    }

    private static ObjectNode layer(ObjectNode root, int i) {
        return (ObjectNode) root.get("model").get("layers").get(i);
    }

    private static ObjectNode parameter(ObjectNode root, String name) {
        return (ObjectNode) root.get("parameters").get(name);
    }

    @Test
    void aTruncatedFileIsRejectedWithLineAndColumn() throws IOException {
        for (int cut : new int[] {1, original.length() / 3, original.length() / 2, original.length() - 3}) {
            String head = original.substring(0, cut);
            long line = head.chars().filter(c -> c == '\n').count() + 1;
            loadingText(s -> head).as("cut at " + cut).hasMessageContaining("not valid JSON at line " + line + ", column ")
                    .hasMessageContaining("is it truncated?");
        }
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() throws IOException {
        loadingText(s -> s.replace("\"version\" : 1", "\"version\" ; 1"))
                .hasMessageContaining("not valid JSON at line 3, column 13");
        loadingText(s -> s.replaceFirst("\"data\" : \\[ ", "\"data\" : [ NaN, "))
                .hasMessageContaining("not valid JSON at line ")
                .hasMessageEndingWith("Non-standard token 'NaN' (JSON numbers cannot be NaN or Infinity)");
        loadingText(s -> s + "{}").hasMessageContaining("not valid JSON at line ")
                .hasMessageContaining("more content after the end of the model's JSON object");
        loadingText(s -> s.replace("\"version\" : 1,", "\"version\" : 1, \"version\" : 1,"))
                .hasMessageContaining("not valid JSON at line 3").hasMessageContaining("Duplicate field 'version'");
        loadingText(s -> "").hasMessage(file + ": the file is empty");
    }

    @Test
    void anEditedShapeIsRejectedNamingTheLayerAndTheShapeItNeeds() throws IOException {
        loadingText(s -> s.replaceFirst("\"shape\" : \\[ 2, 3 \\]", "\"shape\" : [ 3, 2 ]"))
                .hasMessage(file + ": parameter \"0.weight\": shape [3, 2] but the layer Linear(2 → 3) at model.layers[0],"
                        + " with samples as rows, needs [2, 3] (in x out)");
        loadingTree(root -> layer(root, 2).put("in", 4))
                .hasMessage(file + ": parameter \"2.weight\": shape [3, 1] but the layer Linear(4 → 1) at model.layers[2],"
                        + " with samples as rows, needs [4, 1] (in x out)");
        loadingTree(root -> {
            layer(root, 0).put("layout", "SAMPLES_AS_COLUMNS");
            layer(root, 2).put("layout", "SAMPLES_AS_COLUMNS");
        }).hasMessage(file + ": parameter \"0.weight\": shape [2, 3] but the layer Linear(2 → 3) at model.layers[0],"
                        + " with samples as columns, needs [3, 2] (out x in)");
        loadingTree(root -> parameter(root, "0.bias").set("shape", JSON.createArrayNode().add(3).add(1)))
                .hasMessageContaining("parameter \"0.bias\": shape [3, 1] but").hasMessageContaining("needs [3] (out)");
        loadingTree(root -> parameter(root, "0.bias").set("shape", JSON.createArrayNode().add(1).add(1).add(3)))
                .hasMessageContaining("has 3 dimensions; tensors have at most 2");
        loadingTree(root -> ((ArrayNode) parameter(root, "0.bias").get("shape")).set(0, -3))
                .hasMessageContaining("parameter \"0.bias\".shape[0]: a dimension must be >= 0, found -3");
    }

    @Test
    void layersThatDisagreeAboutTheLayoutAreRejectedNamingBoth() throws IOException {
        loadingTree(root -> layer(root, 2).put("layout", "SAMPLES_AS_COLUMNS"))
                .hasMessage(file + ": model.layers[2].layout: the layout of this Linear layer says SAMPLES_AS_COLUMNS,"
                        + " but model.layers[0].layout says SAMPLES_AS_ROWS; a model has one layout");
    }

    @Test
    void aMissingOrExtraParameterIsRejected() throws IOException {
        loadingTree(root -> ((ObjectNode) root.get("parameters")).remove("0.bias"))
                .hasMessage(file + ": parameter \"0.bias\": missing from \"parameters\": it is the bias of Linear(2 → 3)"
                        + " at model.layers[0]");
        loadingTree(root -> ((ObjectNode) root.get("parameters")).removeAll())
                .hasMessageContaining("parameter \"0.weight\": missing")
                .hasMessageContaining("(also missing: \"0.bias\", \"2.weight\", \"2.bias\")");
        loadingTree(root -> ((ObjectNode) root.get("parameters")).set("3.weight", parameter(root, "2.bias")))
                .hasMessage(file + ": parameter \"3.weight\": the architecture has no such parameter (it needs"
                        + " \"0.weight\", \"0.bias\", \"2.weight\", \"2.bias\")");
    }

    @Test
    void anUnknownLayerTypeIsRejected() throws IOException {
        loadingTree(root -> layer(root, 1).put("type", "Conv2D"))
                .hasMessage(file + ": model.layers[1].type: unknown layer type \"Conv2D\" (known: Sequential, Linear,"
                        + " Tanh, Sigmoid, ReLU, LeakyReLU, Softmax, Identity)");
        loadingTree(root -> layer(root, 0).put("layout", "SAMPLES_AS_PIXELS"))
                .hasMessageContaining("model.layers[0].layout: unknown layout \"SAMPLES_AS_PIXELS\" (known:"
                        + " SAMPLES_AS_ROWS, SAMPLES_AS_COLUMNS)");
        loadingTree(root -> root.set("model", layer(root, 0)))
                .hasMessageContaining("model: the model must be a Sequential, found a single \"Linear\" layer");
    }

    @Test
    void aDataLengthThatDoesNotFitTheShapeIsRejected() throws IOException {
        loadingTree(root -> ((ArrayNode) parameter(root, "0.weight").get("data")).remove(0))
                .hasMessage(file + ": parameter \"0.weight\": shape [2, 3] holds 6 numbers but \"data\" has 5");
        loadingTree(root -> ((ArrayNode) parameter(root, "2.bias").get("data")).add(1.0))
                .hasMessageContaining("parameter \"2.bias\": shape [1] holds 1 numbers but \"data\" has 2");
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsRejectedWithItsIndex() throws IOException {
        loadingTree(root -> ((ArrayNode) parameter(root, "0.weight").get("data")).set(2, "0.5"))
                .hasMessage(file + ": parameter \"0.weight\".data[2]: expected a number, found the string \"0.5\"");
        loadingTree(root -> ((ArrayNode) parameter(root, "0.weight").get("data")).set(4, JSON.nullNode()))
                .hasMessageContaining("parameter \"0.weight\".data[4]: expected a number, found null");
        loadingText(s -> s.replaceFirst("\"data\" : \\[ [^,]*,", "\"data\" : [ 1e400,"))
                .hasMessageContaining("parameter \"0.weight\".data[0]: ").hasMessageContaining("is not a finite double");
    }

    @Test
    void missingAndUnknownKeysAreRejected() throws IOException {
        loadingTree(root -> layer(root, 0).remove("layout"))
                .hasMessage(file + ": model.layers[0]: the key \"layout\" is missing");
        loadingTree(root -> root.remove("parameters"))
                .hasMessage(file + ": the file: the key \"parameters\" is missing");
        loadingTree(root -> layer(root, 0).put("bais", true))
                .hasMessageContaining("model.layers[0]: unknown key \"bais\"");
        loadingTree(root -> layer(root, 1).put("slope", 0.1))
                .hasMessageContaining("model.layers[1]: unknown key \"slope\"");
        loadingTree(root -> parameter(root, "0.bias").remove("data"))
                .hasMessage(file + ": parameter \"0.bias\": the key \"data\" is missing");
        loadingTree(root -> layer(root, 0).put("in", "2"))
                .hasMessage(file + ": model.layers[0].in: expected an integer, found the string \"2\"");
        loadingTree(root -> layer(root, 0).put("in", 0))
                .hasMessage(file + ": model.layers[0].in: must be at least 1, found 0");
        loadingTree(root -> layer(root, 0).put("bias", "yes"))
                .hasMessageContaining("model.layers[0].bias: expected true or false, found the string \"yes\"");
        loadingTree(root -> ((ObjectNode) root.get("model")).set("layers", JSON.createArrayNode()))
                .hasMessageContaining("model.layers: a Sequential needs at least one layer");
        loadingText(s -> "[1, 2]").hasMessage(file + ": the file: expected a JSON object, found an array");
    }

    @Test
    void theFormatAndVersionAreChecked() throws IOException {
        loadingTree(root -> root.put("format", "keras"))
                .hasMessage(file + ": format: expected \"chainrule-model\", found \"keras\"");
        loadingTree(root -> root.put("version", 2))
                .hasMessage(file + ": version: version 2 is not supported (this chainrule reads version 1)");
    }

    @Test
    void activationSettingsAreChecked() throws IOException {
        loadingTree(root -> layer(root, 1).put("type", "LeakyReLU"))
                .hasMessage(file + ": model.layers[1]: the key \"slope\" is missing");
        loadingTree(root -> layer(root, 1).put("type", "Softmax").put("axis", 2))
                .hasMessageContaining("model.layers[1].axis: softmax axis 2 is not an axis of a matrix");
        loadingTree(root -> layer(root, 3).put("type", "Softmax").put("axis", 0))
                .hasMessage(file + ": model.layers[3].axis: softmax over axis 0 (the classes of a sample) says"
                        + " SAMPLES_AS_COLUMNS, but model.layers[0].layout says SAMPLES_AS_ROWS; a model has one layout");
        loadingTree(root -> layer(root, 0).put("weightName", " "))
                .hasMessageContaining("model.layers[0].weightName: the name is blank");
        loadingTree(root -> {
            layer(root, 0).put("weightName", "W");
            layer(root, 2).put("weightName", "W");
        }).hasMessageContaining("model: the parameter name \"W\" is used twice");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> ModelFile.load(dir.resolve("nope.json"))).isInstanceOf(NoSuchFileException.class);
    }
}
