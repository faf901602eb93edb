package dev.stash2plex.provider.access;

import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 421 to every request whose {@code Host} is not one {@link AllowedHosts} accepts, before any
 * route runs — so no answer, and no image URL built from the Host, ever reaches a page that rebound
 * its own name to the provider.
 */
public final class HostGuard implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(HostGuard.class);
    /** Host names already logged; bounded, so a stream of made-up names cannot grow it or the log. */
    private static final int LOGGED_NAMES_MAX = 64;

    private final AllowedHosts hosts;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    public HostGuard(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        String host = ctx.header("Host");
        if (hosts.accepts(host)) {
            return;
        }
        String name = HostHeader.hostOf(host);
        if (logged.size() < LOGGED_NAMES_MAX && logged.add(name)) {
            // Plex says only that the provider failed; this line tells the user which setting to change.
            LOG.atWarn().addKeyValue("host", name).addKeyValue("path", ctx.path())
                    .log("Refused a request for an unknown host name (421); if Plex reaches the provider by this name,"
                            + " add it to S2P_ALLOWED_HOSTS");
        }
        ErrorBody.send(ctx, 421, "misdirected-request", "This provider does not answer to host \"" + name
                + "\"; add it to S2P_ALLOWED_HOSTS if Plex reaches it by that name");
        ctx.skipRemainingHandlers();
    }
}
