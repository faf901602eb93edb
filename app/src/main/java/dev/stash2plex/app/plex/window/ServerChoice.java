package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.settings.AppSettings;
import java.net.URI;
import java.util.Optional;

/**
 * Which Plex server the window talks to, and with which token: the server picked after "Sign in with
 * Plex" (its own address and token) wins; otherwise the pasted token from the settings, with a server
 * found on the local network or else the settings' Plex address.
 *
 * @param signedIn the signed-in pick, if any
 * @param lan      the address of a server found on the local network, if one was chosen
 */
record ServerChoice(AppSettings settings, Optional<PlexTarget> signedIn, Optional<URI> lan) {

    static ServerChoice of(AppSettings settings) {
        return new ServerChoice(settings, Optional.empty(), Optional.empty());
    }

    ServerChoice withSettings(AppSettings now) {
        return new ServerChoice(now, signedIn, lan);
    }

    ServerChoice withSignedIn(Optional<PlexTarget> picked) {
        return new ServerChoice(settings, picked, lan);
    }

    ServerChoice withLan(URI found) {
        return new ServerChoice(settings, signedIn, Optional.of(found));
    }

    /** The server's address as typed or found ({@link ProviderUrlModel} suggests from it); may be empty. */
    String address() {
        return signedIn.map(t -> t.url().toString()).or(() -> lan.map(URI::toString)).orElse(settings.plexUrl().strip());
    }

    Optional<PlexTarget> target() {
        return missing() == null ? Optional.of(signedIn.orElseGet(() -> PlexTarget.fromSettings(address(), settings.plexToken())))
                : Optional.empty();
    }

    /** The message key saying what is missing for a target, or null when nothing is. */
    String missing() {
        if (signedIn.isPresent()) {
            return null;
        }
        try {
            if (address().isBlank()) {
                return "plex.needUrl";
            }
            PlexTarget.fromSettings(address(), settings.plexToken());
        } catch (IllegalArgumentException e) {
            return "plex.needUrl";
        }
        return settings.plexToken().isEmpty() ? "plex.needToken" : null;
    }

    String urlLine(UserMessages messages) {
        if (signedIn.isPresent()) {
            return messages.text("plex.server.signedInUrl", address());
        }
        if (lan.isPresent()) {
            return messages.text("plex.server.lanUrl", address());
        }
        return address().isEmpty() ? messages.text("plex.server.noUrl") : messages.text("plex.server.url", address());
    }

    /** Only ever "set" (dots), "not set" or "from the sign-in": never the token. */
    String tokenLine(UserMessages messages) {
        if (signedIn.isPresent()) {
            return messages.text("plex.server.signedInToken");
        }
        return messages.text("plex.server.token", messages.text(settings.plexToken().isEmpty() ? "plex.server.tokenMissing"
                : "plex.server.tokenSet"));
    }
}
