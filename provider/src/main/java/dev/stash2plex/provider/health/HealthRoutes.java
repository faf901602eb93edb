package dev.stash2plex.provider.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.pathrules.RuleStatus;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.index.IndexStatus;
import dev.stash2plex.provider.sync.SyncStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /health}. Always 200 while the provider serves, so Docker keeps it running; {@code status}
 * says {@code degraded} when Stash is the problem, which is what the tray app shows the user.
 */
public final class HealthRoutes implements Routes {

    private final String version;
    private final Instant startedAt;
    private final Clock clock;
    private final StashWatch stashWatch;
    private final PathRules pathRules;
    private final Supplier<IndexStatus> index;
    private final Supplier<SyncStatus> sync;

    public HealthRoutes(String version, Clock clock, StashWatch stashWatch, PathRules pathRules, Supplier<IndexStatus> index,
            Supplier<SyncStatus> sync) {
        this.sync = sync;
        this.version = version;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.stashWatch = stashWatch;
        this.pathRules = pathRules;
        this.index = index;
    }

    record Health(
            @JsonProperty("status") String status,
            @JsonProperty("version") String version,
            @JsonProperty("uptime_seconds") long uptimeSeconds,
            @JsonProperty("stash_reachable") boolean stashReachable,
            @JsonProperty("stash") StashHealth stash,
            @JsonProperty("path_rules") PathRulesHealth pathRules,
            @JsonProperty("index") IndexStatus index,
            @JsonProperty("sync") SyncStatus sync) {
    }

    record PathRulesHealth(
            @JsonProperty("loaded") int loaded,
            @JsonProperty("disabled") int disabled,
            @JsonProperty("rules") List<RuleStatus> rules) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        StashHealth stash = stashWatch.current();
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Health(
                stash.usable() ? "ok" : "degraded",
                version,
                Math.max(0, Duration.between(startedAt, clock.instant()).toSeconds()),
                stash.usable(),
                stash,
                new PathRulesHealth(pathRules.loadedCount(), pathRules.disabledCount(), pathRules.statuses()),
                index.get(),
                sync.get()));
    }
}
