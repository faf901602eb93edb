package dev.stash2plex.provider.access;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which {@code Host} header values name this provider — the defence against DNS rebinding, in which
 * a web page makes the browser's own name for the attacker's server resolve to the provider, and so
 * reads it from inside the LAN. Rebinding needs a name, so every IP literal is accepted: in a
 * container the provider cannot know the host's LAN addresses, and Plex often calls it by one.
 * Names: {@code localhost}, {@code host.docker.internal}, {@code *.local}, the host of
 * {@code S2P_PUBLIC_URL} and {@code S2P_ALLOWED_HOSTS}; any port.
 */
public final class AllowedHosts {

    /** Names only this machine, Docker or the LAN's multicast DNS resolve: no page on the internet controls them. */
    static final List<HostPattern> BUILT_IN = List.of(
            HostPattern.parse("localhost"), HostPattern.parse("host.docker.internal"), HostPattern.parse("*.local"));

    private final List<HostPattern> patterns;

    public AllowedHosts(Optional<URI> publicUrl, List<HostPattern> configured) {
        List<HostPattern> all = new ArrayList<>(BUILT_IN);
        publicUrl.map(URI::getHost)
                .filter(host -> !HostHeader.isIpLiteral(host))
                .ifPresent(host -> all.add(new HostPattern(HostPattern.normalize(host), false)));
        all.addAll(configured);
        this.patterns = List.copyOf(all);
    }

    /**
     * Whether a request with this {@code Host} header is for us. Without one (only HTTP/1.0 may omit
     * it; Jetty answers an HTTP/1.1 request without it with 400) there is no name to rebind, and
     * image URLs fall back to {@code localhost}, so it is accepted.
     */
    public boolean accepts(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = HostHeader.hostOf(hostHeader);
        return HostHeader.isIpLiteral(host)
                || HostPattern.isHostName(host) && patterns.stream().anyMatch(pattern -> pattern.matches(host));
    }

    /** The names accepted besides IP literals, for the startup banner. */
    public List<HostPattern> names() {
        return patterns;
    }
}
