package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.core.stash.StashException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * When nothing answers at one of this computer's own network addresses, asks the same port on 127.0.0.1:
 * a Stash that answers there listens on loopback only, which is what the user must be told (and changed
 * in Stash), not "connection refused".
 */
final class LoopbackRetry {

    private LoopbackRetry() {
    }

    /** The address as typed when it is this computer's and Stash answers on loopback instead; blocks briefly. */
    static Optional<String> of(URI url, Secret apiKey, ConnectionCheck.StashProbe probe) {
        String host = url.getHost();
        if (host == null) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) == null) {
                return Optional.empty();
            }
            URI loopback = new URI(url.getScheme(), url.getUserInfo(), "127.0.0.1", url.getPort(), url.getPath(), null, null);
            probe.version(loopback, apiKey);
            return Optional.of(host);
        } catch (StashException.Unauthorized e) {
            return Optional.of(host);   // it answered on loopback: the key is a question for later
        } catch (StashException | IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
