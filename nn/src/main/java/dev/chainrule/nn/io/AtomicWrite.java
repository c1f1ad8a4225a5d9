package dev.chainrule.nn.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that whatever was there is never damaged: the bytes go to a temporary sibling, are forced to the
 * disk and renamed over the target, so a reader sees the old file or the whole new one. A symbolic link is written
 * through to the file it names; anything that is not a regular file (a directory, a FIFO, a device) and a read-only
 * file are refused, saying so; a replaced file keeps its permissions; no temporary is left behind by a failure, and
 * one left by a process killed mid-save is removed by the next save of the same file.
 */
final class AtomicWrite {
    /** A temporary older than this belongs to no save in progress. */
    private static final Duration STALE = Duration.ofMinutes(1);

    private AtomicWrite() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path target = destination(file);
        Set<PosixFilePermission> permissions = existingPermissions(target);
        removeStaleTemporaries(target);
        Path temp = createTemp(target);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The regular file to replace (or create): {@code file}, or the file a symbolic link names. */
    static Path destination(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            try {
                target = target.toRealPath();
            } catch (NoSuchFileException e) {
                throw new IOException(file + " is a symbolic link to " + Files.readSymbolicLink(file)
                        + ", which does not exist; refusing to replace the link");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is " + kind(target) + ", not a regular file; refusing to replace it");
            }
            Set<PosixFilePermission> mode = existingPermissions(target);
            if (!Files.isWritable(target) || mode != null && !mode.contains(PosixFilePermission.OWNER_WRITE)) {
                throw new IOException(file + " is read-only; refusing to replace it (make it writable first)");
            }
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new NoSuchFileException(file + ": no such directory");
        }
        return target;
    }

    private static String kind(Path p) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "a directory";
        }
        return "a special file (a FIFO, a socket or a device)";
    }

    private static Set<PosixFilePermission> existingPermissions(Path target) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    /** The temporary names of {@code target}: {@code .NAME.<hex>.tmp} beside it. */
    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static void removeStaleTemporaries(Path target) throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(), prefix(target) + "*.tmp")) {
            for (Path t : temps) {
                String hex = t.getFileName().toString().substring(prefix(target).length()).replace(".tmp", "");
                if (hex.matches("[0-9a-f]+") && Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(t).compareTo(before) < 0) {
                    Files.deleteIfExists(t);
                }
            }
        }
    }

    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(prefix(target) + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 9) {
                    throw e;
                }
            }
        }
    }
}
