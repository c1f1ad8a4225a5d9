package dev.chainrule.demos.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chainrule.demos.studio.playground.PlaygroundApi;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The studio's web server: the JDK's own {@code com.sun.net.httpserver}, listening on 127.0.0.1 only, each request
 * on a virtual thread, the programs' work on a few bounded workers ({@link Evaluations}) and the Playground's
 * trainings in turns on two threads. Every request gets an answer — its result or
 * {@code {"error": {"line", "column", "message"}}} — and at most one line in the log; no stack trace reaches a
 * response.
 *
 * <pre>{@code
 * try (StudioServer server = StudioServer.start(StudioSettings.DEFAULT.withPort(0), System.err)) {
 *     System.out.println(server.url());      // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class StudioServer implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HttpServer http;
    private final ExecutorService requests;
    private final Evaluations evaluations;
    private final GradApi grad;
    private final PlaygroundApi playground;
    private final StaticFiles files = new StaticFiles();
    private final PrintStream log;

    private StudioServer(HttpServer http, StudioSettings settings, PrintStream log) {
        this.http = http;
        this.log = log;
        this.requests = Executors.newVirtualThreadPerTaskExecutor();
        this.evaluations = new Evaluations(settings.evaluators(), settings.queue(), settings.deadline());
        this.grad = new GradApi(settings, evaluations);
        this.playground = new PlaygroundApi(settings);
        http.createContext("/", this::handle);
        http.setExecutor(requests);
    }

    /**
     * Starts a server with {@code settings}, logging one line per request to {@code log} (null: no log).
     *
     * @throws PortInUse when the port is taken
     */
    public static StudioServer start(StudioSettings settings, PrintStream log) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        } catch (BindException e) {
            throw new PortInUse(settings.port());
        }
        StudioServer server = new StudioServer(http, settings, log);
        http.start();
        return server;
    }

    /** The port is taken by another program (or another studio). */
    public static final class PortInUse extends IOException {
        private final int port;

        PortInUse(int port) {
            super("port " + port + " on 127.0.0.1 is already in use");
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void handle(HttpExchange ex) {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        try {
            checkHost(ex);
            route(ex, path);
        } catch (HttpError e) {
            answer(ex, e);
        } catch (OutOfMemoryError e) {
            answer(ex, new HttpError(503, "the server ran out of memory for this request; try a smaller one"));
        } catch (StackOverflowError e) {
            answer(ex, new HttpError(400, "the input is nested too deeply"));
        } catch (IOException e) {
            // The browser went away or sent a broken request: nobody to answer.
        } catch (RuntimeException | Error e) {
            answer(ex, new HttpError(500, "internal error (" + e.getClass().getSimpleName() + "); please report it"));
        } finally {
            ex.close();
            if (log != null) {
                log.println(LocalTime.now().format(TIME) + " " + ex.getRequestMethod() + " " + oneLine(path) + " "
                        + ex.getResponseCode() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }

    private void route(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/api/grad" -> grad.grad(ex);
            case "/api/derivation" -> grad.derivation(ex);
            case "/api/examples" -> grad.examples(ex);
            default -> {
                if (path.startsWith("/api/playground/")) {
                    playground.handle(ex, path.substring("/api/playground/".length()));
                } else if (StaticFiles.handles(path)) {
                    files.serve(ex, path);
                } else {
                    throw new HttpError(404, "no such page: " + path);
                }
            }
        }
    }

    /**
     * Refuses a request addressed to another host name than the studio's own (127.0.0.1 or localhost): a page of
     * another site whose name was made to point at 127.0.0.1 (DNS rebinding) gets nothing from it.
     */
    private void checkHost(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return;
        }
        String name = host.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            name = name.substring(0, colon);
        }
        if (!name.equals("127.0.0.1") && !name.equals("localhost") && !name.equals("[::1]")) {
            throw new HttpError(403, "the studio answers requests to 127.0.0.1 or localhost only, not to " + oneLine(host));
        }
    }

    /** Sends the error unless the response has begun (then the connection is simply closed). */
    private static void answer(HttpExchange ex, HttpError e) {
        if (ex.getResponseCode() != -1) {
            return;
        }
        try {
            Exchanges.error(ex, e);
        } catch (IOException | RuntimeException ignored) {
            // The browser went away.
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** Stops listening, ends the trainings and the workers; a request in progress is given a second to finish. */
    @Override
    public void close() {
        playground.close();
        http.stop(1);
        evaluations.close();
        requests.shutdownNow();
    }
}
