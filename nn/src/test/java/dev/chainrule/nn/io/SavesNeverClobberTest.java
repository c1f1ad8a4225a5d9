package dev.chainrule.nn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelFile#save} never damages what it replaces: links are written through, what is not a regular file (or
 * is read-only) is refused, permissions are kept, and temporaries are never left behind for long.
 */
class SavesNeverClobberTest {
    @TempDir
    Path dir;

    private final Sequential net = Sequential.of(new Linear(2, 1), Activation.SIGMOID);
    private final Params params = net.init(new SplittableRandom(1));

    @Test
    void aSymbolicLinkIsWrittenThroughToItsFile() throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        ModelFile.save(link, net, params);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(ModelFile.load(real).params()).isEqualTo(params);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        assertThatThrownBy(() -> ModelFile.save(dangling, net, params)).isInstanceOf(IOException.class)
                .hasMessageContaining("is a symbolic link to").hasMessageContaining("which does not exist");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void whatIsNotARegularFileIsRefusedAndLeftAsItWas() throws IOException, InterruptedException {
        Path directory = Files.createDirectory(dir.resolve("a-directory.json"));
        assertThatThrownBy(() -> ModelFile.save(directory, net, params)).isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory, not a regular file; refusing to replace it");
        assertThat(Files.isDirectory(directory)).isTrue();
        assertThatThrownBy(() -> ModelFile.save(Path.of("/dev/null"), net, params)).isInstanceOf(IOException.class)
                .hasMessageContaining("a special file").hasMessageContaining("refusing to replace it");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        Path fifo = dir.resolve("a-fifo.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> ModelFile.save(fifo, net, params)).isInstanceOf(IOException.class)
                .hasMessageContaining("a special file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void aReadOnlyFileIsRefusedAndAReplacedFileKeepsItsPermissions() throws IOException {
        Path readOnly = dir.resolve("frozen.json");
        Files.writeString(readOnly, "keep me");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> ModelFile.save(readOnly, net, params)).isInstanceOf(IOException.class)
                .hasMessageContaining("is read-only; refusing to replace it");
        assertThat(Files.readString(readOnly)).isEqualTo("keep me");

        Path secret = dir.resolve("secret.json");
        Files.writeString(secret, "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        ModelFile.save(secret, net, params);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(ModelFile.load(secret).params()).isEqualTo(params);
    }

    @Test
    void aTemporaryLeftByAKilledSaveIsRemovedByTheNextSave() throws IOException {
        Path file = dir.resolve("model.json");
        Path stale = Files.writeString(dir.resolve(".model.json.1f2e3d.tmp"), "{\"half", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.writeString(dir.resolve(".model.json.abc123.tmp"), "a save in progress");
        Path otherModel = Files.writeString(dir.resolve(".other.json.1f2e3d.tmp"), "another model's");
        Files.setLastModifiedTime(otherModel, FileTime.from(Instant.now().minusSeconds(3600)));
        ModelFile.save(file, net, params);
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(otherModel).exists();
    }

    private Stream<Path> temporariesStream() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private java.util.List<Path> temporaries() throws IOException {
        try (Stream<Path> s = temporariesStream()) {
            return s.toList();
        }
    }
}
