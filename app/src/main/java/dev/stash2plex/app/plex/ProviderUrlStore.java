package dev.stash2plex.app.plex;

import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the provider address the user typed for Plex, in {@code plex.properties} beside the env file.
 * Not in the env file: the provider never reads it, and the settings form owns that file. Blocking
 * I/O: call it off the FX thread.
 */
public final class ProviderUrlStore {

    private static final String KEY = "provider.url";

    private final Path file;

    public ProviderUrlStore(Path file) {
        this.file = file;
    }

    public Optional<String> load() {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.ofNullable(properties.getProperty(KEY)).map(String::strip).filter(url -> !url.isEmpty());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Saves the address, or forgets it when empty; a reader sees the old file or the new one, never half. */
    public void save(Optional<String> url) {
        try {
            if (url.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Properties properties = new Properties();
            properties.setProperty(KEY, url.get().strip());
            StringWriter text = new StringWriter();
            properties.store(text, "Stash2Plex: the address Plex uses to reach the provider");
            AtomicFile.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
