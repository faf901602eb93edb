package dev.stash2plex.provider.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.index.store.SyncQueue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The sync's controls, for the desktop app's "Sync now" and for an operator: {@code POST /sync/now},
 * {@code POST /sync/retry} (the parked changes) and {@code GET /sync/jobs} (what waits, or with
 * {@code ?parked=true} what was given up on). Admin only, like {@code /explain}: Plex never needs them.
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

    record Jobs(@JsonProperty("parked") boolean parked, @JsonProperty("count") int count,
            @JsonProperty("jobs") List<SyncQueue.JobView> jobs) {
    }

    record Retried(@JsonProperty("retried") int retried, @JsonProperty("sync") SyncStatus sync) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/sync/now", ctx -> withSync(ctx, plexSync -> {
            plexSync.syncNow();
            ctx.status(202).json(plexSync.status());
        }));
        routes.post("/sync/retry", ctx -> withSync(ctx, plexSync -> ctx.json(new Retried(plexSync.retryParked(), plexSync.status()))));
        routes.get("/sync/jobs", ctx -> withSync(ctx, plexSync -> {
            boolean parked = "true".equalsIgnoreCase(ctx.queryParam("parked"));
            List<SyncQueue.JobView> jobs = plexSync.jobs(parked, LIST_LIMIT);
            ctx.header("Cache-Control", "no-store");
            ctx.json(new Jobs(parked, jobs.size(), jobs));
        }));
    }

    private void withSync(Context ctx, java.util.function.Consumer<PlexSync> action) {
        if (!adminAccess.admit(ctx)) {
            return;
        }
        if (sync.isEmpty()) {
            ErrorBody.send(ctx, 409, "sync-off", "The Plex sync is off: " + offReason);
            return;
        }
        action.accept(sync.get());
    }
}
