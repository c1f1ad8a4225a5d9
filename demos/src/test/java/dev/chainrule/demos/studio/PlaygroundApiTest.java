package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Playground's training API over real HTTP: a model per request, trained by chainrule; the live rule's sum over
 * paths equals reverse mode's gradient; settings out of range and bad CSV files get their errors; the number of
 * models is bounded, unwatched models are dropped, and a page that goes away stops its training.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PlaygroundApiTest {
    private static final String MODELS = "/api/playground/models";
    private static Studio studio;

    @BeforeAll
    static void start() {
        studio = new Studio();
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    private static JsonNode create(Studio s, String settings) {
        Studio.Answer a = s.post(MODELS, settings);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    @Test
    void aModelTrainsOnTheCircleAndItsTestLossFalls() {
        JsonNode m = create(studio, "{\"dataset\": \"circle\"}");
        String id = m.get("id").asText();
        assertThat(m.get("epoch").asInt()).isZero();
        assertThat(m.get("trainPoints").size() + m.get("testPoints").size()).isEqualTo(500);
        assertThat(m.get("output").size()).isEqualTo(48 * 48);
        assertThat(m.get("neurons").size()).isEqualTo(4);                 // inputs, 4 neurons, 2 neurons, the output
        assertThat(m.get("weights").get(0).size()).isEqualTo(2);
        assertThat(m.get("weights").get(0).get(0).size()).isEqualTo(4);
        double before = m.get("testLoss").asDouble();
        JsonNode after = studio.post(MODELS + "/" + id + "/step?epochs=300", "").json();
        assertThat(after.get("epoch").asInt()).isEqualTo(300);
        assertThat(after.get("testLoss").asDouble()).isLessThan(0.1).isLessThan(before);
        JsonNode reset = studio.post(MODELS + "/" + id + "/reset", "").json();
        assertThat(reset.get("epoch").asInt()).isZero();
        assertThat(reset.get("testLoss").asDouble()).isEqualTo(before);
        assertThat(studio.send(HttpRequest.newBuilder(studio.uri(MODELS + "/" + id)).DELETE().build()).status()).isEqualTo(204);
        assertThat(studio.get(MODELS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void theLiveRuleWritesTheUpdateAndSumsThePathsToReverseModesGradient() {
        JsonNode m = create(studio, "{\"dataset\": \"xor\", \"hidden\": [3, 3], \"regularization\": \"l2\","
                + " \"regularizationRate\": 0.01, \"features\": [\"x1\", \"x2\", \"x1_times_x2\"]}");
        String id = m.get("id").asText();
        studio.post(MODELS + "/" + id + "/step?epochs=5", "");
        JsonNode r = studio.get(MODELS + "/" + id + "/weight?layer=0&from=2&to=1").json();
        assertThat(r.get("fromName").asText()).isEqualTo("x1·x2");
        assertThat(r.get("toName").asText()).isEqualTo("h1.2");
        assertThat(r.get("rule").asText()).isEqualTo("w ← w − η·(∂L/∂w + λ·w)");
        assertThat(r.get("pathCount").asInt()).isEqualTo(3);
        assertThat(r.get("paths").get(0).get("neurons").get(0).asText()).isEqualTo("x1·x2");
        assertThat(r.get("matches").asBoolean()).isTrue();
        assertThat(r.get("sumOfPaths").asDouble()).isCloseTo(r.get("grad").asDouble(), org.assertj.core.data.Offset.offset(1e-12));
        double w = r.get("w").asDouble();
        double expected = w - 0.03 * (r.get("grad").asDouble() + 0.01 * w);
        assertThat(r.get("updated").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(studio.get(MODELS + "/" + id + "/weight?layer=0&from=3&to=0").status()).isEqualTo(400);
    }

    @Test
    void regressionOnThePlaneWithALinearOutput() {
        JsonNode m = create(studio, "{\"problem\": \"regression\", \"dataset\": \"plane\", \"hidden\": [2]}");
        assertThat(m.get("trainPoints").size() + m.get("testPoints").size()).isEqualTo(1200);
        JsonNode after = studio.post(MODELS + "/" + m.get("id").asText() + "/step?epochs=50", "").json();
        assertThat(after.get("testLoss").asDouble()).isLessThan(0.01);
        Studio.Answer wrongSet = studio.post(MODELS, "{\"problem\": \"regression\", \"dataset\": \"circle\"}");
        assertThat(wrongSet.status()).isEqualTo(400);
        assertThat(wrongSet.json().at("/error/message").asText()).isEqualTo("dataset: \"circle\" is not one of plane, multigauss, csv");
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        assertThat(studio.post(MODELS, "{\"hidden\": [9]}").json().at("/error/message").asText())
                .isEqualTo("hidden: 9 is not a layer size from 1 to 8");
        assertThat(studio.post(MODELS, "{\"learningRate\": -1}").json().at("/error/message").asText())
                .startsWith("learningRate: -1");
        assertThat(studio.post(MODELS, "{\"features\": [\"cos_x1\"]}").status()).isEqualTo(400);
        assertThat(studio.post(MODELS, "not json").json().at("/error/message").asText()).startsWith("the settings are not JSON");
        assertThat(studio.post(MODELS, "[1, 2]").status()).isEqualTo(400);
        assertThat(studio.get(MODELS + "/nope/play").status()).isEqualTo(404);
    }

    @Test
    void aCsvGetsTheErrorsChainruleTrainGivesAFile() {
        Studio.Answer bad = studio.post(MODELS, "{\"dataset\": \"csv\", \"csv\": \"x1,x2,y\\n1,2,0\\n3,oops,1\\n\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/message").asText()).startsWith("the CSV:3:").contains("oops");
        Studio.Answer labels = studio.post(MODELS, "{\"dataset\": \"csv\", \"csv\": \"x1,x2,y\\n1,2,0\\n3,4,2\\n5,6,1\\n7,8,0\\n\"}");
        assertThat(labels.json().at("/error/message").asText()).contains("labels 0 and 1");
        JsonNode ok = create(studio, "{\"dataset\": \"csv\", \"axes\": [2, 0], \"csv\": \"a,b,c,y\\n"
                + "1,2,3,0\\n3,4,5,1\\n5,6,7,1\\n7,8,9,0\\n2,2,2,1\\n\"}");
        assertThat(ok.get("inputNames").toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(ok.get("axisNames").toString()).isEqualTo("[\"c\",\"a\"]");
        assertThat(ok.get("domain").get(0).asDouble()).isLessThan(2).isGreaterThan(1);
    }

    @Test
    void modelsAreBoundedAndUnwatchedOnesAreDropped() throws Exception {
        StudioSettings few = StudioSettings.DEFAULT.withTraining(2, Duration.ofMillis(1500));
        try (Studio small = new Studio(few)) {
            String first = create(small, "{}").get("id").asText();
            try (InputStream stream = openEvents(small, first)) {
                String second = create(small, "{}").get("id").asText();
                try (InputStream other = openEvents(small, second)) {
                    Studio.Answer third = small.post(MODELS, "{}");
                    assertThat(third.status()).isEqualTo(503);
                    assertThat(third.json().at("/error/message").asText()).contains("at most 2 Playground models");
                }
            }
            Thread.sleep(5000);   // no request meanwhile: each one counts as watching the model
            assertThat(small.get(MODELS + "/" + first).status()).as("dropped once unwatched").isEqualTo(404);
            assertThat(small.post(MODELS, "{}").status()).isEqualTo(201);
        }
    }

    @Test
    void eventsStreamTheTrainingAndAPageThatGoesAwayStopsIt() throws Exception {
        String id = create(studio, "{\"dataset\": \"spiral\"}").get("id").asText();
        InputStream stream = openEvents(studio, id);
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        assertThat(studio.post(MODELS + "/" + id + "/play", "").json().get("running").asBoolean()).isTrue();
        int epoch = 0;
        for (int events = 0; events < 200 && epoch < 20; ) {
            String line = lines.readLine();
            if (line != null && line.startsWith("data: ")) {
                events++;
                epoch = Math.max(epoch, Studio.json(line.substring(6)).get("epoch").asInt());
            }
        }
        assertThat(epoch).isGreaterThanOrEqualTo(20);
        stream.close();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (studio.get(MODELS + "/" + id).json().get("running").asBoolean() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        JsonNode stopped = studio.get(MODELS + "/" + id).json();
        assertThat(stopped.get("running").asBoolean()).as("the training stops when its page goes").isFalse();
        int at = stopped.get("epoch").asInt();
        Thread.sleep(500);
        assertThat(studio.get(MODELS + "/" + id).json().get("epoch").asInt()).isEqualTo(at);
    }

    @Test
    void fiftyModelsAskedAtOnceAndGarbageSettingsLeaveTheServerServing() throws Exception {
        try (Studio own = new Studio()) {
            java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sent.add(own.client.sendAsync(HttpRequest.newBuilder(own.uri(MODELS)).timeout(Studio.TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\": \"spiral\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int made = 0;
            for (var f : sent) {
                int status = f.join().statusCode();
                assertThat(status).isIn(201, 503);
                made += status == 201 ? 1 : 0;
            }
            assertThat(made).isBetween(4, 50);
            byte[] garbage = new byte[50_000];
            new java.util.Random(5).nextBytes(garbage);
            assertThat(own.post(MODELS, garbage).status()).isEqualTo(400);
            assertThat(own.post(MODELS, "{\"hidden\": [1, 2, 3, 4, 5, 6, 7]}").status()).isEqualTo(400);
            assertThat(own.post(MODELS, "{\"seed\": 1e300}").status()).isEqualTo(400);
            assertThat(own.post("/api/grad", "x = 2\nL = x ^ 2\n").status()).isEqualTo(200);
        }
    }

    private static InputStream openEvents(Studio s, String id) throws Exception {
        HttpResponse<InputStream> r = s.client.send(HttpRequest.newBuilder(s.uri(MODELS + "/" + id + "/events"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        return r.body();
    }
}
