package dev.chainrule.demos.grad;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Graphviz's {@code dot} program, looked up on a search path, which renders {@code --format svg} and {@code png}.
 * The search path is a seam: the command uses the {@code PATH} of the environment, tests an empty one or a directory
 * of their own.
 */
final class Graphviz {
    private final String searchPath;

    /** @param searchPath directories separated by {@link File#pathSeparator}, as in {@code PATH} */
    Graphviz(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /** The {@code dot} of the environment's {@code PATH}. */
    static Graphviz fromEnvironment() {
        return new Graphviz(System.getenv("PATH"));
    }

    /** The message for a missing {@code dot}, as {@code chainrule grad} prints it after its prefix. */
    static String missing(String format) {
        return "--format " + format + " needs Graphviz's dot program; install it with 'apt-get install graphviz'"
                + " (Debian/Ubuntu) or 'brew install graphviz' (macOS), or use --format dot";
    }

    /** The first executable {@code dot} on the search path. */
    Optional<Path> find() {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : new String[] {"dot", "dot.exe"}) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (RuntimeException invalidPath) {
                    // a malformed entry of PATH names no program
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Pipes {@code graph} through {@code dot -T<format>} and returns what it writes.
     *
     * @throws IllegalStateException when {@code dot} is missing, cannot be run or fails, with its message
     */
    byte[] render(String graph, String format) {
        Path dot = find().orElseThrow(() -> new IllegalStateException(missing(format)));
        Process p;
        try {
            p = new ProcessBuilder(dot.toString(), "-T" + format).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + dot + ": " + e.getMessage());
        }
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(graph.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot stopped reading; its exit status and message below say why
        }
        try {
            int status = p.waitFor();
            byte[] out = stdout.join();
            if (status != 0) {
                String message = new String(stderr.join(), StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(dot + " -T" + format + " failed (exit status " + status + ")"
                        + (message.isEmpty() ? "" : ": " + message));
            }
            return out;
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + dot);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
