package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.stash.StashId;
import dev.stash2plex.provider.plex.Metadata;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scene's stash-box ids as Plex {@code Guid} entries: {@code stashdb://<uuid>}, {@code theporndb://<uuid>},
 * and for any other stash-box its host name as the scheme ({@code stash.example.org://<id>}).
 */
public final class StashBoxGuids {

    /** The stash-box servers users know by name, by their GraphQL endpoint's host. */
    private static final Map<String, String> KNOWN = Map.of(
            "stashdb.org", "stashdb",
            "theporndb.net", "theporndb",
            "fansdb.cc", "fansdb",
            "pmvstash.org", "pmvstash",
            "javstash.org", "javstash");

    private StashBoxGuids() {
    }

    public static List<Metadata.GuidId> of(List<StashId> stashIds) {
        List<Metadata.GuidId> guids = new ArrayList<>();
        for (StashId id : stashIds) {
            String scheme = schemeOf(id.endpoint());
            if (scheme != null && id.stashId().matches("[A-Za-z0-9._-]+")) {
                guids.add(new Metadata.GuidId(scheme + "://" + id.stashId()));
            }
        }
        return guids;
    }

    /** {@code stashdb} for StashDB's endpoint, the host for another; null for an endpoint that is not a URL. */
    static String schemeOf(String endpoint) {
        try {
            String host = URI.create(endpoint.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            return KNOWN.getOrDefault(host, host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
