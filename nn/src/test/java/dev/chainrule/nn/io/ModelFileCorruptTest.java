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
import java.nio.charset.StandardCharsets;
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
                .hasMessageStartingWith(file + ":");
    }

    /** {@code file:line:column} of the end of {@code head}, where a file that holds only {@code head} ends. */
    private String endOf(String head) {
        long line = head.chars().filter(c -> c == '\n').count() + 1;
        return file + ":" + line + ":" + (head.length() - head.lastIndexOf('\n'));
    }

    /** {@code file:line:column} of the first {@code text} in the good file. */
    private String placeOf(String text) {
        return endOf(original.substring(0, original.indexOf(text)));
    }

    /** The message of loading {@code text}, which must fail with a {@link ModelFileException}. */
    private String messageOfLoading(String text) throws IOException {
        Files.writeString(file, text);
        try {
            ModelFile.load(file);
        } catch (ModelFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("loaded without an error:\n" + text);
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
    void aLayerTooLargeForATensorIsAModelFileErrorNotAShapeException() throws IOException {
        String huge = original.replaceFirst("\"in\"\\s*:\\s*2", "\"in\": 65536").replaceFirst("\"out\"\\s*:\\s*3",
                "\"out\": 65537");
        assertThat(huge).contains("65536").contains("65537");
        loadingText(text -> huge).hasMessageContaining("the model cannot be built")
                .hasMessageContaining("elements, more than a tensor can hold");
    }

    @Test
    void aTruncatedFileSaysWhereItEndsAndWhatWasExpectedThere() throws IOException {
        String beforeParameters = original.substring(0, original.indexOf("\"parameters\""));
        loadingText(s -> beforeParameters).hasMessage(endOf(beforeParameters)
                + ": the file ends inside an object (expected '}' or another field); was it cut off?");
        String inData = original.substring(0, original.indexOf("\"data\" : [ ") + "\"data\" : [ 0.1, ".length());
        loadingText(s -> inData).hasMessage(endOf(inData)
                + ": the file ends inside an array (expected ']' or another value); was it cut off?");
        String inFormat = original.substring(0, original.indexOf("chainrule-model") + "chain".length());
        loadingText(s -> inFormat).hasMessage(file + ":2:20: the file ends inside a string (expected its closing"
                + " '\"'); was it cut off?");
        String inName = original.substring(0, original.indexOf("\"version\"") + "\"ver".length());
        loadingText(s -> inName).hasMessage(file + ":3:7: the file ends inside a field name (expected its closing"
                + " '\"'); was it cut off?");
        String inTrue = original.substring(0, original.indexOf("true") + 2);
        loadingText(s -> inTrue).hasMessage(endOf(inTrue) + ": the file ends inside 'tr' (expected true); was it cut"
                + " off?");
        String inNumber = original.substring(0, original.indexOf("[ 0.0") + 4);
        loadingText(s -> inNumber).hasMessage(endOf(inNumber) + ": the file ends inside a number (expected a digit);"
                + " was it cut off?");
    }

    @Test
    void everyTruncationIsRejectedAtTheEndOfTheFileWithoutJacksonsInternals() throws IOException {
        // original ends with "}\n": every shorter head but the one without the last newline is cut off
        for (int cut = 1; cut < original.length() - 1; cut++) {
            String head = original.substring(0, cut);
            assertThat(messageOfLoading(head)).as("cut at %d", cut)
                    .startsWith(endOf(head) + ": the file ends ").endsWith("; was it cut off?");
        }
    }

    @Test
    void everyDeletedCharacterThatBreaksTheFileIsRejectedWithThePlaceAndNoneOfJacksonsInternals() throws IOException {
        int rejected = 0;
        for (int i = 0; i < original.length(); i++) {
            Files.writeString(file, original.substring(0, i) + original.substring(i + 1));
            try {
                ModelFile.load(file);   // e.g. a space or a digit less
            } catch (ModelFileException e) {
                rejected++;
                assertThat(e.getMessage()).as("without character %d", i).startsWith(file + ":")
                        .doesNotContain("Source", "REDACTED", "`", "(code", "Feature", "JsonNode", "ackson")
                        .satisfiesAnyOf(
                                m -> assertThat(m).matches(".*:\\d+:\\d+: .*expected.*"),   // JSON: line:column
                                m -> assertThat(m).matches(".*?: [^:]+: .+"));               // model: the place
            }
        }
        assertThat(rejected).isGreaterThan(original.length() / 3);
    }

    @Test
    void malformedJsonSaysWhereAndWhatWasExpected() throws IOException {
        loadingText(s -> s.replace("\"version\" : 1", "\"version\" ; 1"))
                .hasMessage(file + ":3:13: expected ':' after the field name, found ';'");
        loadingText(s -> s.replace("\"version\" : 1,", "\"version\" : 1"))
                .hasMessage(placeOf("\"model\"") + ": expected ',' or '}' after the field's value, found '\"'");
        loadingText(s -> s.replace("[ 2, 3 ]", "[ 2 3 ]"))
                .hasMessage(endOf(original.substring(0, original.indexOf("[ 2, 3 ]") + 4)) + ": expected ',' or ']'"
                        + " after the value, found '3'");
        loadingText(s -> s.replace("[ 2, 3 ]", "[ 2, 3, ]"))
                .hasMessage(endOf(original.substring(0, original.indexOf("[ 2, 3 ]") + 8)) + ": expected a value (a"
                        + " number, a string in double quotes, an array, an object, true, false or null), found ']'"
                        + " (JSON allows no ',' before ']')");
        loadingText(s -> s.replace("\"format\"", "'format'"))
                .hasMessage(file + ":2:3: expected a field name in double quotes, found ''' (JSON strings are in"
                        + " double quotes)");
        loadingText(s -> s.replaceFirst("\"bias\" : true", "\"bias\" : yes"))
                .hasMessageMatching(".*:10:\\d+: expected a value \\(a number, a string in double quotes, an array, an"
                        + " object, true, false or null\\), found 'yes'");
        loadingText(s -> s.replaceFirst("\"data\" : \\[ ", "\"data\" : [ NaN, "))
                .hasMessageMatching(".*:\\d+:\\d+: expected a number, found 'NaN' \\(JSON numbers cannot be NaN or"
                        + " Infinity\\)");
        loadingText(s -> s.replaceFirst("\"shape\" : \\[ 2, 3 \\]", "\"shape\" : [ 2, 3 }"))
                .hasMessage(endOf(original.substring(0, original.indexOf("[ 2, 3 ]") + 7)) + ": expected ']' to close"
                        + " the array that starts at " + placeOf("[ 2, 3 ]").substring(file.toString().length() + 1)
                        + ", found '}'");
        loadingText(s -> s.replace("chainrule-model", "chainrule-\nmodel"))
                .hasMessage(file + ":2:25: the line ends inside a string (expected its closing '\"'; a line break in"
                        + " a string is written \\n)");
        loadingText(s -> s.replace("\"version\" : 1", "\"version\" : 01"))
                .hasMessageMatching(".*:3:\\d+: found a number with a leading zero .*");
        loadingText(s -> s + "{}")
                .hasMessageMatching(".*:\\d+:\\d+: more content after the end of the model's JSON object \\(expected"
                        + " nothing after its closing '}'\\)");
        loadingText(s -> s.replace("\"version\" : 1,", "\"version\" : 1, \"version\" : 1,"))
                .hasMessageMatching(".*:3:\\d+: the field \"version\" appears twice in the same object \\(expected each"
                        + " field once\\)");
        loadingText(s -> "").hasMessage(file + ":1:1: the file is empty (expected a model's JSON object)");
        loadingText(s -> "[".repeat(5000))
                .hasMessageMatching(".*:1:\\d+: objects and arrays nested too deep \\(expected a model file, which"
                        + " nests a few levels\\)");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        bytes[original.indexOf("chainrule-model")] = (byte) 0xE9;   // é in Latin-1
        Files.write(file, bytes);
        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("not UTF-8");
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
                .hasMessage(file + ": parameter \"0.weight\".data[0]: expected a number that fits a double (up to about"
                        + " 1.8e308 in size), found one too large for it");
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
