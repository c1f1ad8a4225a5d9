package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.lang.Limits;
import dev.chainrule.demos.grad.Transcript;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input never takes the server down: each hostile request gets its error, and the request after it is
 * served normally. Every loop is bounded in count and time and asks 127.0.0.1 only.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileRequestsTest {
    private static final String NORMAL = Transcript.example("seed000-ex1-tanh-step");
    private static Studio studio;
    private static String expected;

    @BeforeAll
    static void start() {
        studio = new Studio();
        expected = Studio.command(NORMAL, "--format", "json").stdout();
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    @AfterEach
    void theNextRequestIsServedNormally() {
        Studio.Answer a = studio.post("/api/grad", NORMAL);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(expected);
    }

    @Test
    void aHundredThousandNestedParentheses() {
        String program = "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\nL = x\n";
        Studio.Answer a = studio.post("/api/grad", program);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().at("/error/message").asText()).contains("nested more than");
        assertThat(a.json().at("/error/line").asInt()).isEqualTo(1);
    }

    @Test
    void aTenMillionElementLiteralIsTooLargeABody() {
        StringBuilder sb = new StringBuilder(30_000_010).append("x = [");
        for (int i = 0; i < 10_000_000; i++) {
            sb.append(i == 0 ? "1" : ", 1");
        }
        byte[] program = sb.append("]\nL = sum(x)\n").toString().getBytes(StandardCharsets.US_ASCII);
        Studio.Answer a = studio.post("/api/grad", program);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().at("/error/message").asText()).contains("larger than 1000000 bytes");
    }

    @Test
    void aBodyJustOverOneMegabyteIs413AndOneJustUnderIsEvaluated() {
        String comment = "# " + "x".repeat(999_960) + "\n";
        String under = comment + "x = 2\nL = x ^ 2\n";
        assertThat(under.length()).isLessThan(1_000_000);
        assertThat(studio.post("/api/grad", under).status()).isEqualTo(200);
        assertThat(studio.post("/api/grad", comment + comment).status()).isEqualTo(413);
    }

    @Test
    void eyeOfAHundredThousandIsRefusedByTheLimitOfElements() {
        Studio.Answer a = studio.post("/api/grad", "x = eye(100000)\nL = sum(x)\n");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().at("/error/line").asInt()).isEqualTo(1);
        assertThat(a.json().at("/error/message").asText()).contains("the studio's limit of elements of values is 2000000");
    }

    @Test
    void binaryGarbageIsNotAProgram() {
        byte[] garbage = new byte[200_000];
        new Random(11).nextBytes(garbage);
        Studio.Answer a = studio.post("/api/grad", garbage);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().at("/error/message").asText()).isEqualTo("the program is not UTF-8 text");
        byte[] ascii = new byte[100_000];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) (garbage[i] & 0x7f);
        }
        Studio.Answer b = studio.post("/api/grad", ascii);
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().at("/error/line").asInt()).isPositive();
        Studio.Answer derivation = studio.post("/api/derivation", ascii);
        assertThat(derivation.status()).isEqualTo(400);
    }

    @Test
    void fiftyRequestsAtOnceEachGetTheirAnswer() {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String program = i % 5 == 4 ? "x = " + "(".repeat(60_000) + "1" + ")".repeat(60_000) + "\nL = x\n"
                    : i % 5 == 3 ? "x = eye(100000)\nL = sum(x)\n" : NORMAL;
            sent.add(studio.client.sendAsync(HttpRequest.newBuilder(studio.uri("/api/grad")).timeout(Studio.TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(program)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < sent.size(); i++) {
            HttpResponse<String> r = sent.get(i).join();
            if (i % 5 >= 3) {
                assertThat(r.statusCode()).as("request " + i).isEqualTo(400);
            } else {
                assertThat(r.statusCode()).as("request " + i).isEqualTo(200);
                assertThat(r.body()).isEqualTo(expected);
            }
        }
    }

    @Test
    void anEvaluationPastTheDeadlineIsStoppedWith422() {
        StudioSettings quick = StudioSettings.DEFAULT.withDeadline(Duration.ofMillis(300))
                .withLimits(new Limits(1_000_000, 20_000_000, 200_000_000_000L));
        try (Studio slow = new Studio(quick)) {
            StringBuilder program = new StringBuilder("a = ones(300, 300)\n");
            for (int i = 0; i < 400; i++) {
                program.append("b").append(i).append(" = tanh(a @ a / 90000)\n");
            }
            program.append("L = sum(b399)\n");
            long start = System.nanoTime();
            Studio.Answer a = slow.post("/api/grad", program.toString());
            assertThat(a.status()).isEqualTo(422);
            assertThat(a.json().at("/error/message").asText()).contains("took longer than 300 ms and was stopped");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            Studio.Answer next = slow.post("/api/grad", NORMAL);
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.body()).isEqualTo(expected);
        }
    }
}
