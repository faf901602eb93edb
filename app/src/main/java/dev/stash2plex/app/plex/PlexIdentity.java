package dev.stash2plex.app.plex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.app.settings.Secret;
import java.time.Duration;

/**
 * {@code GET {plex}/identity} from this computer, the one Plex Media Server call that answers without a
 * token: does a Plex server answer at this address, and which? The settings' Plex address is how the
 * provider's container sees Plex; {@link PlexTarget#fromSettings} turns its {@code host.docker.internal}
 * into this computer. Blocks for at most the timeout (connect and answer each): never on the FX thread.
 */
public final class PlexIdentity {

    /** The server that answered: its {@code machineIdentifier} and version, as {@code /identity} gives them. */
    public record Identity(String machineIdentifier, String version) {
    }

    private final Duration timeout;

    public PlexIdentity(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @throws PlexException.Unreachable nothing answered ({@link PlexException.Unreachable#why()} says how)
     * @throws PlexException.Rejected something answered that is not a Plex Media Server
     */
    public Identity ask(String plexUrl) throws PlexException {
        PlexTarget target;
        try {
            target = PlexTarget.fromSettings(plexUrl, Secret.NONE);
        } catch (IllegalArgumentException e) {
            throw new PlexException.Unreachable(plexUrl.strip(), PlexException.Unreachable.Why.INVALID_ADDRESS,
                    "the address is not a valid http(s) URL", e);
        }
        try (PlexHttp http = new PlexHttp(target, timeout)) {
            PlexHttp.Answer answer = http.anonymous("GET", "/identity", timeout);
            if (!answer.ok()) {
                throw new PlexException.Rejected("GET /identity answered HTTP " + answer.status() + " " + answer.shortBody());
            }
            JsonNode container = answer.json("GET /identity").path("MediaContainer");
            String machine = container.path("machineIdentifier").asText("");
            if (machine.isEmpty()) {
                throw new PlexException.Rejected("GET /identity: no machineIdentifier in the answer");
            }
            return new Identity(machine, container.path("version").asText(""));
        }
    }
}
