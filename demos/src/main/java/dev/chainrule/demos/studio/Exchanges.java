package dev.chainrule.demos.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading requests and writing responses of the JDK's HTTP server: bodies read up to a limit (413 beyond), query
 * parameters, JSON and error answers. Every response says how long its body is and is never cached.
 *
 * <pre>{@code
 * String program = Exchanges.text(exchange, 1_000_000);
 * Exchanges.send(exchange, 200, "application/json", json);
 * }</pre>
 */
public final class Exchanges {
    /** The one JSON mapper of the studio (thread-safe once configured). */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The most bytes of a refused body that are read and dropped before the answer. */
    private static final long DRAINED = 64L << 20;

    private Exchanges() {
    }

    /**
     * The body as bytes, refused with 413 when longer than {@code maxBytes}. A refused body of up to
     * {@value #DRAINED} bytes is read to its end first, so that the client, still sending, gets the answer rather
     * than a connection reset.
     */
    public static byte[] body(HttpExchange ex, int maxBytes) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "the Content-Length header is not a number");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try (InputStream in = ex.getRequestBody()) {
            if (length > maxBytes) {
                throw tooLarge(maxBytes, in, buffer, length <= DRAINED);
            }
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + n > maxBytes) {
                    throw tooLarge(maxBytes, in, buffer, true);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static HttpError tooLarge(int maxBytes, InputStream in, byte[] buffer, boolean drain) throws IOException {
        long dropped = 0;
        for (int n; drain && dropped < DRAINED && (n = in.read(buffer)) > 0; ) {
            dropped += n;
        }
        return tooLarge(maxBytes);
    }

    private static HttpError tooLarge(int maxBytes) {
        return new HttpError(413, "the request body is larger than " + maxBytes + " bytes");
    }

    /** The body as UTF-8 text, refused with 413 when too long and 400 when it is not UTF-8. */
    public static String text(HttpExchange ex, int maxBytes) throws IOException {
        byte[] bytes = body(ex, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, 1, 1, "the program is not UTF-8 text");
        }
    }

    /** The query parameters, decoded; the first value of a repeated name wins. */
    public static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "the query has a malformed %-escape: " + pair);
            }
        }
        return out;
    }

    /** Sends {@code body} with {@code status} and {@code contentType}. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends {@code json} (already JSON text) with {@code status}. */
    public static void json(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code value} as JSON with {@code status}. */
    public static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    /** {@code {"error": {"line": L, "column": C, "message": "…"}}}. */
    public static String error(int line, int column, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("line", line).put("column", column).put("message", message);
        return root.toString();
    }

    /** Sends {@code e} as an error answer. */
    public static void error(HttpExchange ex, HttpError e) throws IOException {
        if (e.status() == 503) {
            ex.getResponseHeaders().set("Retry-After", "1");
        }
        if (e.status() == 405) {
            ex.getResponseHeaders().set("Allow", "GET, POST");
        }
        json(ex, e.status(), error(e.line(), e.column(), e.getMessage()));
    }

    /** Fails with 405 unless the request's method is one of {@code methods}. */
    public static void requireMethod(HttpExchange ex, String... methods) {
        for (String m : methods) {
            if (ex.getRequestMethod().equals(m)) {
                return;
            }
        }
        throw new HttpError(405, ex.getRequestMethod() + " is not allowed here; use " + String.join(" or ", methods));
    }
}
