package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.EnvEntries;
import dev.stash2plex.app.platform.AtomicFile;
import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The secrets the provider needs that the app holds outside the env file: the Plex token from "Sign in
 * with Plex" (the provider's sync calls Plex with it) and an admin token made once per install (the
 * Library window and the admin endpoints answer it; Docker's port forwarding makes the app's calls
 * arrive from the bridge, not from loopback). What the user put in the env file wins: a pasted Plex
 * token, an {@code S2P_ADMIN_TOKEN} of their own. The container gets all of them as files
 * ({@code docker.ProviderSecrets}), never as variables.
 */
public final class ProviderCredentials {

    private static final String PLEX_TOKEN = Setting.PLEX_TOKEN.envName();
    private static final String ADMIN_TOKEN = Setting.ADMIN_TOKEN.envName();
    private static final int ADMIN_TOKEN_BYTES = 32;

    private final Optional<Path> adminTokenFile;
    private final Supplier<Optional<String>> signedInPlexToken;
    private String adminToken;

    /**
     * @param adminTokenFile where the install's admin token is kept (owner-only), made on first use
     * @param signedInPlexToken the token "Sign in with Plex" stored, read when the container is made
     */
    public ProviderCredentials(Path adminTokenFile, Supplier<Optional<String>> signedInPlexToken) {
        this.adminTokenFile = Optional.of(adminTokenFile);
        this.signedInPlexToken = signedInPlexToken;
    }

    private ProviderCredentials() {
        this.adminTokenFile = Optional.empty();
        this.signedInPlexToken = Optional::empty;
    }

    /** None of the app's own: the env file's entries are all the container gets (tests of the Docker layer). */
    public static ProviderCredentials none() {
        return new ProviderCredentials();
    }

    /** The env file's entries, plus a signed-in Plex token and the admin token where the env file has none. */
    public List<String> addTo(List<String> environment) {
        List<String> entries = new ArrayList<>(environment);
        if (value(environment, PLEX_TOKEN).isEmpty()) {
            signedInPlexToken.get().filter(token -> !token.isBlank()).ifPresent(token -> entries.add(PLEX_TOKEN + "=" + token));
        }
        if (value(environment, ADMIN_TOKEN).isEmpty()) {
            installAdminToken().ifPresent(token -> entries.add(ADMIN_TOKEN + "=" + token));
        }
        return List.copyOf(entries);
    }

    /** The admin token the provider made from {@code environment} answers: the env file's, else the install's. */
    public Optional<String> adminToken(List<String> environment) {
        return value(environment, ADMIN_TOKEN).or(this::installAdminToken);
    }

    private synchronized Optional<String> installAdminToken() {
        if (adminTokenFile.isEmpty()) {
            return Optional.empty();
        }
        if (adminToken == null) {
            adminToken = loadOrCreate(adminTokenFile.get());
        }
        return Optional.of(adminToken);
    }

    private static String loadOrCreate(Path file) {
        try {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        } catch (NoSuchFileException e) {
            // First use: made below.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        byte[] random = new byte[ADMIN_TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            AtomicFile.write(file, made + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return made;
    }

    private static Optional<String> value(List<String> environment, String name) {
        return EnvEntries.last(environment, name);
    }
}
