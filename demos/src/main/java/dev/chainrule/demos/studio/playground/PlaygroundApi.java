package dev.chainrule.demos.studio.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.chainrule.demos.studio.Exchanges;
import dev.chainrule.demos.studio.HttpError;
import dev.chainrule.demos.studio.StudioSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Playground's HTTP API, under {@code /api/playground/}: a model per browser tab, made from the page's settings,
 * trained on the server by chainrule, its progress streamed as server-sent events (see the README's table).
 *
 * <pre>{@code
 * POST /api/playground/models               {"dataset": "circle", "hidden": [4, 2]}  → 201, the model's state
 * POST /api/playground/models/ID/play       (also pause, step, reset, settings, close)
 * GET  /api/playground/models/ID/events     text/event-stream: "event: state" after each turn of training
 * GET  /api/playground/models/ID/weight?layer=0&from=1&to=2   the learning rule of that weight, live
 * }</pre>
 */
public final class PlaygroundApi implements AutoCloseable {
    /** How often a stream looks for news, and how often it says it is alive when there is none. */
    private static final long POLL_MS = 100;
    private static final long PING_MS = 1000;

    private final StudioSettings settings;
    private final Models models;

    public PlaygroundApi(StudioSettings settings) {
        this.settings = settings;
        this.models = new Models(settings.maxModels(), settings.trainingIdle());
    }

    /** Answers {@code ex}, whose path is {@code /api/playground/} followed by {@code rest}. */
    public void handle(HttpExchange ex, String rest) throws IOException {
        String[] parts = rest.split("/", -1);
        if (!parts[0].equals("models") || parts.length > 3) {
            throw new HttpError(404, "no such Playground request: " + rest);
        }
        if (parts.length == 1) {
            Exchanges.requireMethod(ex, "POST");
            PlaygroundConfig config = PlaygroundConfig.parse(json(ex));
            Models.Entry e = models.create(config);
            String state = e.model.state(true).toString();
            e.touch();
            Exchanges.json(ex, 201, state);
            return;
        }
        Models.Entry e = models.get(parts[1]);
        String action = parts.length == 2 ? "" : parts[2];
        switch (action) {
            case "" -> {
                Exchanges.requireMethod(ex, "GET", "DELETE");
                if (ex.getRequestMethod().equals("DELETE")) {
                    models.remove(e.model.id);
                    Exchanges.send(ex, 204, "text/plain", new byte[0]);
                } else {
                    Exchanges.json(ex, 200, e.model.state(true).toString());
                }
            }
            case "play" -> answer(ex, e, () -> models.play(e));
            case "pause" -> answer(ex, e, () -> e.model.running(false));
            case "step" -> {
                int n = epochs(ex);
                answer(ex, e, () -> models.compute(() -> {
                    e.model.running(false);
                    for (int i = 0; i < n; i++) {
                        e.model.epoch();
                    }
                    return n;
                }));
            }
            case "reset" -> answer(ex, e, () -> {
                e.model.running(false);
                e.model.reset();
            });
            case "settings" -> {
                JsonNode live = json(ex);
                answer(ex, e, () -> e.model.live(e.model.config().withLive(live)));
            }
            case "close" -> {
                Exchanges.requireMethod(ex, "POST");
                models.remove(e.model.id);
                Exchanges.send(ex, 204, "text/plain", new byte[0]);
            }
            case "events" -> events(ex, e);
            case "weight" -> {
                Exchanges.requireMethod(ex, "GET");
                Map<String, String> q = Exchanges.query(ex);
                int layer = whole(q, "layer");
                int from = whole(q, "from");
                int to = whole(q, "to");
                Exchanges.json(ex, 200, models.compute(() -> LiveRule.of(e.model, layer, from, to).toString()));
            }
            default -> throw new HttpError(404, "no such Playground request: " + rest);
        }
    }

    private void answer(HttpExchange ex, Models.Entry e, Runnable change) throws IOException {
        Exchanges.requireMethod(ex, "POST");
        change.run();
        e.changed();
        Exchanges.json(ex, 200, e.model.state(false).toString());
    }

    private JsonNode json(HttpExchange ex) throws IOException {
        Exchanges.requireMethod(ex, "POST");
        byte[] body = Exchanges.body(ex, settings.maxBody());
        try {
            return body.length == 0 ? Exchanges.JSON.createObjectNode() : Exchanges.JSON.readTree(body);
        } catch (JsonProcessingException x) {
            throw new HttpError(400, "the settings are not JSON: " + x.getOriginalMessage());
        }
    }

    private static int epochs(HttpExchange ex) {
        String n = Exchanges.query(ex).getOrDefault("epochs", "1");
        try {
            int k = Integer.parseInt(n);
            if (k >= 1 && k <= 1000) {
                return k;
            }
        } catch (NumberFormatException x) {
            // below
        }
        throw new HttpError(400, "epochs=" + n + ": a whole number from 1 to 1000");
    }

    private static int whole(Map<String, String> q, String name) {
        try {
            return Integer.parseInt(q.getOrDefault(name, ""));
        } catch (NumberFormatException x) {
            throw new HttpError(400, name + "=" + q.getOrDefault(name, "") + ": a whole number");
        }
    }

    /**
     * A stream of server-sent events: {@code event: state} with the model's state after each change (at most ten a
     * second), a comment line each second otherwise. When the page goes away, the write fails and, if no other page
     * watches the model, its training stops.
     */
    private void events(HttpExchange ex, Models.Entry e) throws IOException {
        Exchanges.requireMethod(ex, "GET");
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        e.listeners.incrementAndGet();
        long sent = -1;
        long lastWrite = 0;
        try (OutputStream out = ex.getResponseBody()) {
            while (!models.closed() && models.exists(e.model.id)) {
                long version = e.version.get();
                long now = System.currentTimeMillis();
                if (version != sent) {
                    sent = version;
                    ObjectNode state = e.model.state(false);
                    if (e.problem != null) {
                        state.put("problem", e.problem);
                    }
                    write(out, "event: state\ndata: " + state + "\n\n");
                    lastWrite = now;
                    e.touch();
                } else if (now - lastWrite >= PING_MS) {
                    write(out, ": alive\n\n");
                    lastWrite = now;
                    e.touch();
                }
                Thread.sleep(POLL_MS);
            }
            write(out, "event: closed\ndata: {}\n\n");
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        } finally {
            models.unwatched(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        models.close();
    }
}
