package dev.chainrule.demos;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source, fixture and example file of the project exists once: a module whose tests need another module's
 * example or fixture puts that one copy on its test class path through its pom's {@code <testResources>}.
 */
class OneCopyTest {
    /** The project root, from the demos module's directory, where Surefire runs the tests. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noTwoFilesUnderTheModulesSourcesAndExamplesAreIdentical() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src"))).toList()) {
                for (Path tree : List.of(module.resolve("src"), module.resolve("examples"))) {
                    if (Files.isDirectory(tree)) {
                        try (Stream<Path> walk = Files.walk(tree)) {
                            walk.filter(Files::isRegularFile).forEach(files::add);
                        }
                    }
                }
            }
        }
        assertThat(files).as("files under */src and */examples of " + ROOT).hasSizeGreaterThan(100)
                .contains(ROOT.resolve("demos/examples/seed000-ex1-tanh-step.chain"));
        Map<String, List<String>> byContent = files.stream().collect(groupingBy(OneCopyTest::sha256, TreeMap::new,
                mapping(f -> ROOT.relativize(f).toString(), toList())));
        assertThat(byContent.values().stream().filter(same -> same.size() > 1).map(same -> String.join(" = ", same)))
                .as("byte-identical files").isEmpty();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
