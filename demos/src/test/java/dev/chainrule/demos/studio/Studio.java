package dev.chainrule.demos.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.demos.Main;
import dev.chainrule.demos.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A studio server on a free port of 127.0.0.1 for a test class, and the requests the tests send it over real HTTP
 * with the JDK's {@link HttpClient}. Every request has a timeout; only 127.0.0.1 is ever asked.
 */
final class Studio implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final StudioServer server;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Studio(StudioSettings settings) {
        try {
            server = StudioServer.start(settings.withPort(0), new PrintStream(log, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Studio() {
        this(StudioSettings.DEFAULT);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** An answer: status and body as text. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return Exchanges.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    Answer post(String pathAndQuery, byte[] body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Answer post(String pathAndQuery, String body) {
        return post(pathAndQuery, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).GET().build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return Exchanges.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** What {@code chainrule grad - ARGS} prints on stdout for {@code program} (run in process), and its status. */
    static Command command(String program, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "grad";
        all[1] = "-";
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(all, new Io(new ByteArrayInputStream(program.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Command(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run of the command. */
    record Command(int status, String stdout, String stderr) {
    }

    @Override
    public void close() {
        server.close();
    }
}
