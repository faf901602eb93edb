package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Who this app is to Plex: the {@code X-Plex-Client-Identifier} (one per install, kept in the settings
 * folder so every sign-in and every device entry in the user's Plex account is the same "Stash2Plex"),
 * the product name and the app's version.
 */
public record ClientIdentity(String clientIdentifier, String product, String version) {

    public static final String PRODUCT = "Stash2Plex";

    /**
     * The identifier saved in {@code file}, or a new random one saved there first. Blocking I/O: call
     * it off the FX thread.
     */
    public static ClientIdentity loadOrCreate(Path file, String appVersion) {
        try {
            String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (saved.matches("[A-Za-z0-9-]{8,64}")) {
                return new ClientIdentity(saved, PRODUCT, appVersion);
            }
        } catch (NoSuchFileException e) {
            // first sign-in on this install
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String created = UUID.randomUUID().toString();
        try {
            AtomicFile.write(file, created + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new ClientIdentity(created, PRODUCT, appVersion);
    }
}
