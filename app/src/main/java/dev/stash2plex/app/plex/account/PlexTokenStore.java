package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.platform.AtomicFile;
import dev.stash2plex.app.settings.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Plex account token that "Sign in with Plex" got, in its own owner-only file (0600, through
 * {@link AtomicFile}) in the settings folder. Not in the env file (the settings form owns that file): the
 * provider's container gets it as a secret file ({@code supervisor.ProviderCredentials}). "Sign out" deletes it. Blocking I/O: call it off the FX thread.
 */
public final class PlexTokenStore {

    private final Path file;
    private final Runnable changed;

    public PlexTokenStore(Path file) {
        this(file, () -> { });
    }

    /** @param changed told after a sign-in stored a token or a sign-out forgot it (the provider's sync uses it) */
    public PlexTokenStore(Path file, Runnable changed) {
        this.file = file;
        this.changed = changed;
    }

    public Optional<Secret> load() {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(new Secret(token));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public void save(Secret token) {
        try {
            AtomicFile.write(file, token.reveal() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        changed.run();
    }

    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
        changed.run();
    }
}
