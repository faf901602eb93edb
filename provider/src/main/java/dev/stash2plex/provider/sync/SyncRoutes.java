package dev.stash2plex.provider.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.index.store.SyncQueue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sync's controls, for the desktop app's "Sync now" and for an operator: {@code POST /sync/now},
 * {@code POST /sync/retry} (the parked changes) and {@code GET /sync/jobs} (what waits, or with
 * {@code ?parked=true} what was given up on). The last two are admin only, like {@code /explain}.
 * "Sync now" is open to every caller the host guard and rate limit let through: it only makes the
 * provider look at Plex sooner (what is sent stays the same), its answer is the {@code /health}
 * block everyone may read, and the desktop app reaches the container through Docker's published
 * port, which the provider sees as a bridge address, not loopback.
 */
public final class SyncRoutes implements Routes {

    private static final int LIST_LIMIT = 500;

    private final Optional<PlexSync> sync;
    private final String offReason;
    private final AdminAccess adminAccess;

    public SyncRoutes(Optional<PlexSync> sync, String offReason, AdminAccess adminAccess) {
        this.sync = sync;
        this.offReason = offReason;
        this.adminAccess = adminAccess;
    }

    record Jobs(@JsonProperty("parked") boolean parked, @JsonProperty("count") int count, @JsonProperty("jobs") List<Job> jobs) {
    }

    /** One waiting or parked change: which scene, why, since when, how often it failed and with what. */
    record Job(@JsonProperty("scene_id") long sceneId, @JsonProperty("cause") String cause,
            @JsonProperty("first_seen") Instant firstSeen, @JsonProperty("attempts") int attempts,
            @JsonProperty("failing_since") Instant failingSince, @JsonProperty("last_error") String lastError,
            @JsonProperty("parked_at") Instant parkedAt) {

        static Job of(SyncQueue.JobView view) {
            return new Job(view.sceneId(), view.cause(), Instant.ofEpochMilli(view.firstSeen()), view.attempts(),
                    instant(view.failingSince()), view.lastError(), instant(view.parkedAt()));
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }

    record Retried(@JsonProperty("retried") int retried, @JsonProperty("sync") SyncStatus sync) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/sync/now", ctx -> withSync(ctx, false, plexSync -> {
            plexSync.syncNow();
            ctx.status(202).json(plexSync.status());
        }));
        routes.post("/sync/retry", ctx -> withSync(ctx, true, plexSync -> ctx.json(new Retried(plexSync.retryParked(), plexSync.status()))));
        routes.get("/sync/jobs", ctx -> withSync(ctx, true, plexSync -> {
            boolean parked = "true".equalsIgnoreCase(ctx.queryParam("parked"));
            List<Job> jobs = plexSync.jobs(parked, LIST_LIMIT).stream().map(Job::of).toList();
            ctx.header("Cache-Control", "no-store");
            ctx.json(new Jobs(parked, jobs.size(), jobs));
        }));
    }

    private void withSync(Context ctx, boolean adminOnly, Consumer<PlexSync> action) {
        if (adminOnly && !adminAccess.admit(ctx)) {
            return;
        }
        if (sync.isEmpty()) {
            ErrorBody.send(ctx, 409, "sync-off", "The Plex sync is off: " + offReason);
            return;
        }
        action.accept(sync.get());
    }
}
