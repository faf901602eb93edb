package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.core.stash.HttpStashClient;
import dev.stash2plex.core.stash.StashConnection;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import java.net.URI;

/**
 * "Test connection" through the provider's own Stash client with the provider's default timeouts, so
 * "OK" here means the provider will get through too. One short-lived client per test.
 */
public final class ProviderStashProbe implements ConnectionCheck.StashProbe {

    @Override
    public StashVersion version(URI stashUrl, Secret apiKey) throws StashException {
        try (HttpStashClient client = new HttpStashClient(StashConnection.of(stashUrl, apiKey.reveal()))) {
            return client.version();
        }
    }
}
