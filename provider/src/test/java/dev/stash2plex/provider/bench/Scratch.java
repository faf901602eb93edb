package dev.stash2plex.provider.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that is gone when the benchmark ends, however it ends: closed normally, on
 * an exception, or on Ctrl-C (a shutdown hook), which also stops the provider processes this JVM
 * started, since a child process outlives the JVM that started it.
 */
final class Scratch implements AutoCloseable {

    private final Path dir;
    private final Thread hook;

    private Scratch(Path dir) {
        this.dir = dir;
        this.hook = Thread.ofPlatform().name("bench-cleanup").unstarted(this::cleanUp);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static Scratch create(String prefix) throws IOException {
        return new Scratch(Files.createTempDirectory(prefix));
    }

    Path dir() {
        return dir;
    }

    /** A fresh sub-folder, e.g. one per library size. */
    Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(hook);
        cleanUp();
    }

    private void cleanUp() {
        // Only this JVM's own children: the provider processes it started (exec:java starts no others).
        ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
