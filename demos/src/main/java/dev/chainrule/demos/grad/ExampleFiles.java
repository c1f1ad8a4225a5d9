package dev.chainrule.demos.grad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the example programs on the class path, from the jar or from a directory of classes alike. */
final class ExampleFiles {
    static final String FOLDER = "/dev/chainrule/demos/examples";

    private ExampleFiles() {
    }

    static List<String> names() {
        URL url = ExampleFiles.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no example programs on the class path (" + FOLDER + ")");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return list(jarFileSystem(uri).provider().getPath(uri));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the example programs at " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".chain"))
                    .map(n -> n.substring(0, n.length() - ".chain".length())).sorted().toList();
        }
    }
}
