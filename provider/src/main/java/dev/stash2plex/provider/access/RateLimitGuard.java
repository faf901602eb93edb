package dev.stash2plex.provider.access;

import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 429 to a client that sends more than {@code S2P_RATE_LIMIT_PER_SECOND} requests a second on
 * average (with bursts of ten seconds' worth), so a runaway script on the LAN cannot take the
 * provider's CPU and Stash's slots from Plex. {@code /health} is exempt: Docker and the desktop app
 * poll it, and it costs nothing.
 */
public final class RateLimitGuard implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitGuard.class);

    private final int perSecond;
    private final ClientRateLimit limit;

    /** @param perSecond the sustained rate per client; 0 turns the limit off */
    public RateLimitGuard(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.limit = perSecond > 0 ? new ClientRateLimit(perSecond, clock, ClientRateLimit.MAX_CLIENTS) : null;
    }

    @Override
    public void register(RoutesConfig routes) {
        if (limit != null) {
            routes.before(this::limit);
        }
    }

    private void limit(Context ctx) {
        if (isHealth(ctx.path())) {
            return;
        }
        InetAddress address = RemoteClient.address(ctx);
        String client = address == null ? "unknown" : address.getHostAddress();
        ClientRateLimit.Decision decision = limit.take(client);
        if (decision.allowed()) {
            return;
        }
        if (decision.firstRefusal()) {
            // Once per episode: a flood must not turn into a flood of log lines.
            LOG.atWarn().addKeyValue("client", client).addKeyValue("limit_per_second", perSecond)
                    .log("A client exceeds the rate limit; it gets 429 until it slows down (S2P_RATE_LIMIT_PER_SECOND)");
        }
        long seconds = decision.retryAfter().toSeconds();
        ctx.header("Retry-After", Long.toString(seconds));
        ErrorBody.send(ctx, 429, "rate-limited", "Too many requests from " + client + ": at most " + perSecond
                + " a second on average (S2P_RATE_LIMIT_PER_SECOND); try again in " + seconds + " s");
        ctx.skipRemainingHandlers();
    }

    /** {@code /health}, also as {@code /health/} or {@code //health}, which reach the same route. */
    private static boolean isHealth(String path) {
        return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1").equals("/health");
    }
}
