package dev.chainrule.demos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar chainrule.jar studio} serves its pages, scripts and examples from the jar alone: the process is
 * started on a free port of 127.0.0.1, asked a few times (a bounded wait for it to listen), and stopped.
 */
class StudioJarIT {
    @Test
    void theStudioServesFromTheJarAlone(@TempDir Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path output = dir.resolve("studio.txt");
        Process studio = new ProcessBuilder(List.of(BuiltJar.jdkTool("java").toString(), "-jar", BuiltJar.jar().toString(),
                "studio", "--port", String.valueOf(port))).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> examples = null;
            for (int attempt = 0; attempt < 100 && examples == null; attempt++) {
                try {
                    examples = client.send(HttpRequest.newBuilder(URI.create(base + "/api/examples"))
                            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.net.ConnectException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(examples).as("the studio answers within 20 s; it printed:\n" + Files.readString(output)).isNotNull();
            assertThat(examples.statusCode()).isEqualTo(200);
            assertThat(examples.body()).contains("\"name\":\"seed000-ex1-tanh-step\"");
            for (String path : List.of("/", "/static/derivation.js", "/static/studio.css")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
            assertThat(Files.readString(output)).contains("chainrule studio: http://127.0.0.1:" + port + "/")
                    .contains("GET /api/examples 200");
        } finally {
            studio.destroy();
            if (!studio.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                studio.destroyForcibly();
            }
        }
    }
}
