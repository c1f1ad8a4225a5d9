package dev.chainrule.demos.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages, scripts and styles of the studio, served from the jar ({@code dev/chainrule/demos/studio/web/}):
 * nothing comes from the network. Only plain file names are served, so a path can never leave that folder.
 *
 * <pre>{@code
 * GET /            → index.html (the derivation)
 * GET /playground  → playground.html
 * GET /static/derivation.js
 * }</pre>
 */
final class StaticFiles {
    static final String FOLDER = "/dev/chainrule/demos/studio/web/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|svg|png|txt)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "txt", "text/plain; charset=utf-8");
    private static final byte[] MISSING = new byte[0];

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** Whether {@code path} names a page or a static file; then {@link #serve} answers it. */
    static boolean handles(String path) {
        return path.equals("/") || path.equals("/playground") || path.startsWith("/static/");
    }

    void serve(HttpExchange ex, String path) throws IOException {
        Exchanges.requireMethod(ex, "GET", "HEAD");
        String name = switch (path) {
            case "/" -> "index.html";
            case "/playground" -> "playground.html";
            default -> path.substring("/static/".length());
        };
        byte[] content = NAME.matcher(name).matches() ? cache.computeIfAbsent(name, StaticFiles::read) : MISSING;
        if (content == MISSING) {
            throw new HttpError(404, "no such file: " + path);
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:;"
                + " style-src 'self' 'unsafe-inline'; connect-src 'self'");
        Exchanges.send(ex, 200, type, content);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? MISSING : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
