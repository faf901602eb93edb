package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.settings.Secret;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in PIN at plex.tv: the user approves {@code code} on the sign-in page, after which polling
 * the PIN by {@code id} carries the account token.
 *
 * @param expiresAt when plex.tv forgets the PIN, on this computer's clock (from its {@code expiresIn})
 */
public record Pin(long id, String code, Instant expiresAt, Optional<Secret> token) {

    @Override
    public String toString() {
        return "Pin[id=" + id + ", expiresAt=" + expiresAt + ", token=" + token.map(Secret::toString).orElse("none") + "]";
    }
}
