package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.demos.grad.Transcript;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/grad} over real HTTP: byte for byte what {@code chainrule grad --format json} prints for every
 * shipped example (with and without {@code lr}, with {@code of}); failing checks are still 200; errors are 400 with
 * the line, column and message of the command's error; the other routes answer as documented.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GradApiTest {
    private static Studio studio;

    @BeforeAll
    static void start() {
        studio = new Studio();
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    static List<String> examples() {
        return Transcript.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void gradEqualsTheCommandsJsonForEveryExample(String name) {
        String program = Transcript.example(name);
        Studio.Command plain = Studio.command(program, "--format", "json");
        Studio.Answer a = studio.post("/api/grad", program);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(plain.stdout());
        assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

        Studio.Command stepped = Studio.command(program, "--format", "json", "--lr", "0.1");
        assertThat(studio.post("/api/grad?lr=0.1", program).body()).isEqualTo(stepped.stdout());
    }

    @Test
    void ofPicksAnotherTargetAsTheCommandsFlagDoes() {
        String program = Transcript.example("seed000-ex1-tanh-step");
        Studio.Command command = Studio.command(program, "--format", "json", "--of", "yhat", "--lr", "0.5");
        Studio.Answer a = studio.post("/api/grad?of=yhat&lr=0.5", program);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(command.stdout()).startsWith("{\"target\": \"yhat\"");
    }

    @Test
    void aFailingCheckIsStill200WithPassedFalse() {
        String program = Transcript.example("seed004-published-slip");
        assertThat(Studio.command(program, "--format", "json").status()).isEqualTo(1);
        Studio.Answer a = studio.post("/api/grad", program);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("checks").findValuesAsText("passed")).contains("false");
    }

    @Test
    void aProgramErrorIs400WithTheCommandsLineColumnAndMessage() {
        String program = "x = [[1, 2], [3, 4]]\ny = [1, 2, 3]\nL = sum(x @ y)\n";
        Studio.Command command = Studio.command(program, "--format", "json");
        assertThat(command.status()).isEqualTo(2);
        assertThat(command.stdout()).isEmpty();
        Studio.Answer a = studio.post("/api/grad", program);
        assertThat(a.status()).isEqualTo(400);
        JsonNode error = a.json().get("error");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(11);
        assertThat(command.stderr()).startsWith("<stdin>:3:11: " + error.get("message").asText());
        assertThat(a.json().size()).isEqualTo(1);
        assertThat(error.size()).isEqualTo(3);
    }

    @Test
    void syntaxErrorsNameTheirPlace() {
        JsonNode error = studio.post("/api/grad", "x = 1 +\n").json().get("error");
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("column").asInt()).isEqualTo(8);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void badParametersAre400AboutTheParameter() {
        String program = "x = 2\nL = x ^ 2\n";
        Studio.Answer unknownTarget = studio.post("/api/grad?of=y", program);
        assertThat(unknownTarget.status()).isEqualTo(400);
        assertThat(unknownTarget.json().at("/error/message").asText()).startsWith("of=y: the program assigns no 'y'");
        assertThat(unknownTarget.json().at("/error/line").asInt()).isZero();
        Studio.Answer badRate = studio.post("/api/grad?lr=fast", program);
        assertThat(badRate.status()).isEqualTo(400);
        assertThat(badRate.json().at("/error/message").asText()).isEqualTo("lr=fast: not a finite number");
        assertThat(studio.post("/api/grad?lr=NaN", program).status()).isEqualTo(400);
        assertThat(studio.post("/api/grad?eta=0.1", program).json().at("/error/message").asText())
                .contains("unknown query parameter 'eta'");
        Studio.Answer notScalar = studio.post("/api/grad?of=v", "v = [1, 2]\nL = sum(v)\n");
        assertThat(notScalar.status()).isEqualTo(400);
        assertThat(notScalar.json().at("/error/message").asText()).contains("sum(v)");
    }

    @Test
    void otherMethodsAndPathsGetTheirErrorsAsJson() {
        Studio.Answer get = studio.get("/api/grad");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.json().at("/error/message").asText()).contains("POST");
        Studio.Answer missing = studio.get("/api/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(studio.get("/static/../../secret.txt").status()).isEqualTo(404);
        assertThat(studio.get("/static/nothing.js").status()).isEqualTo(404);
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), studio.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/examples HTTP/1.1\r\nHost: rebound.example:" + studio.server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("127.0.0.1 or localhost only");
        }
        assertThat(studio.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + studio.server.port() + "/api/examples")).build()).status()).isEqualTo(200);
    }

    @Test
    void derivationDescribesTheGraphTheLocalDerivativesAndTheChainRule() {
        Studio.Answer a = studio.post("/api/derivation?lr=0.1", Transcript.example("seed000-ex1-tanh-step"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode d = a.json();
        assertThat(d.get("target").asText()).isEqualTo("L");
        assertThat(java.util.stream.StreamSupport.stream(d.get("nodes").spliterator(), false).map(n -> n.get("name").asText()))
                .containsExactly("x", "y", "W1", "b1", "W2", "b2", "z1", "h1",
                "u2", "yhat", "L");
        assertThat(d.get("edges").toString()).contains("{\"from\":\"z1\",\"to\":\"h1\",\"grad\":false}");
        JsonNode z1 = d.get("nodes").get(6);
        assertThat(z1.get("layer").asInt()).isEqualTo(1);
        assertThat(z1.get("definition").asText()).isEqualTo("W1 @ x + b1");
        assertThat(z1.get("locals").toString()).contains("∂(W1 @ x)/∂W1");
        JsonNode consumer = z1.get("consumers").get(0);
        assertThat(consumer.get("name").asText()).isEqualTo("h1");
        assertThat(consumer.get("locals").get(0).get("text").asText()).isEqualTo("1 − h1²");
        assertThat(z1.get("sumMatches").asBoolean()).isTrue();
        assertThat(z1.get("sum")).isEqualTo(z1.get("grad"));
        JsonNode w1 = d.get("nodes").get(2);
        assertThat(w1.get("kind").asText()).isEqualTo("param");
        assertThat(w1.get("updated").toString()).isEqualTo(Studio.json(studio.post("/api/grad?lr=0.1",
                Transcript.example("seed000-ex1-tanh-step")).body()).at("/updated/W1").toString());
        assertThat(d.get("checks").size()).isEqualTo(11);
        assertThat(studio.post("/api/derivation", "x = [1, 2\n").status()).isEqualTo(400);
    }

    @Test
    void examplesListsEveryShippedExampleWithItsText() {
        Studio.Answer a = studio.get("/api/examples");
        assertThat(a.status()).isEqualTo(200);
        JsonNode list = a.json();
        assertThat(list.findValuesAsText("name")).containsExactlyElementsOf(Transcript.examples())
                .contains("seed000-ex1-tanh-step", "seed004-published-slip");
        for (JsonNode e : list) {
            assertThat(e.get("text").asText()).isEqualTo(Transcript.example(e.get("name").asText()));
        }
    }

    @Test
    void thePagesAndTheirScriptsComeFromTheJar() {
        Studio.Answer page = studio.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/static/derivation.js\">")
                .doesNotContain("https://").doesNotContain("http://");
        for (String file : List.of("derivation.js", "graph.js", "editor.js", "format.js", "studio.css")) {
            Studio.Answer a = studio.get("/static/" + file);
            assertThat(a.status()).as(file).isEqualTo(200);
            assertThat(a.body()).as(file).doesNotContain("https://").doesNotContain("//cdn");
        }
    }

    @Test
    void everyRequestIsOneLineOfTheLog() {
        try (Studio own = new Studio()) {
            own.get("/api/examples");
            own.post("/api/grad", "x = 1 +");
            own.get("/nowhere");
            long until = System.nanoTime() + 5_000_000_000L;
            List<String> lines = List.of();
            while (lines.size() < 3 && System.nanoTime() < until) {
                Thread.onSpinWait();
                lines = own.log.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            }
            assertThat(lines).hasSize(3).allMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d [A-Z]+ /[a-z/]* \\d{3} \\d+ ms"));
            assertThat(lines).anyMatch(l -> l.contains(" GET /api/examples 200 "))
                    .anyMatch(l -> l.contains(" POST /api/grad 400 ")).anyMatch(l -> l.contains(" GET /nowhere 404 "));
        }
    }
}
