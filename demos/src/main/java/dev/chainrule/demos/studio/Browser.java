package dev.chainrule.demos.studio;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Opens a page in the user's default browser: through {@link Desktop} where the JVM has a desktop, else with the
 * system's opener ({@code xdg-open}, {@code open} on macOS).
 *
 * <pre>{@code
 * Browser.open("http://127.0.0.1:8080/").ifPresent(problem -> System.err.println(problem));
 * }</pre>
 */
final class Browser {
    private Browser() {
    }

    /** Empty when the browser was asked to open {@code url}; else what went wrong. */
    static Optional<String> open(String url) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return Optional.empty();
            }
            String opener = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac")
                    ? "open" : "xdg-open";
            new ProcessBuilder(opener, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
