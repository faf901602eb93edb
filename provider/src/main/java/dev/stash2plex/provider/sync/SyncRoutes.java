package dev.stash2plex.provider.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.index.store.SyncQueue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sync's controls, for the desktop app's "Sync now" and for an operator: {@code POST /sync/now},
 * {@code POST /sync/refresh?scene={id}} (one scene's Plex items refreshed now: the Library window's
 * "Refresh in Plex"), {@code POST /sync/retry} (the parked changes) and {@code GET /sync/jobs} (what
 * waits, or with {@code ?parked=true} what was given up on). All are admin only, like {@code /explain}:
 * each makes the provider call Plex (or says what it would), and the desktop app, which reaches the
 * container through Docker's published port (a bridge address, not loopback), sends the admin token.
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

    /** A refresh queued by hand: the scene, the Plex items that showed it when Plex was last listed, and the sync's state. */
    record Refresh(@JsonProperty("scene_id") String sceneId, @JsonProperty("queued") boolean queued,
            @JsonProperty("plex_items") List<String> plexItems, @JsonProperty("sync") SyncStatus sync) {
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
        routes.post("/sync/refresh", ctx -> withSync(ctx, plexSync -> refresh(ctx, plexSync)));
        routes.get("/sync/jobs", ctx -> withSync(ctx, plexSync -> {
            boolean parked = "true".equalsIgnoreCase(ctx.queryParam("parked"));
            List<Job> jobs = plexSync.jobs(parked, LIST_LIMIT).stream().map(Job::of).toList();
            ctx.header("Cache-Control", "no-store");
            ctx.json(new Jobs(parked, jobs.size(), jobs));
        }));
    }

    private static void refresh(Context ctx, PlexSync plexSync) {
        String scene = ctx.queryParam("scene");
        if (scene == null || !scene.strip().matches("[0-9]{1,18}")) {
            ErrorBody.send(ctx, 400, "bad-request", scene == null || scene.isBlank()
                    ? "scene is missing: POST /sync/refresh?scene={Stash scene id}"
                    : "scene must be a Stash scene id, a whole number (got \"" + shortened(scene) + "\")");
            return;
        }
        long sceneId = Long.parseLong(scene.strip());
        SceneRefresh answer;
        try {
            answer = plexSync.refresh(sceneId);
        } catch (StoreException e) {
            ErrorBody.send(ctx, 503, "store-failed", "The index store could not be used: " + e.getMessage());
            return;
        }
        switch (answer) {
            case SceneRefresh.Queued queued -> ctx.status(202).json(new Refresh(Long.toString(sceneId), true,
                    queued.ratingKeys(), plexSync.status()));
            case SceneRefresh.UnknownScene unknown -> ErrorBody.send(ctx, 400, "unknown-scene", "Stash has no scene "
                    + sceneId + " (the scene index, which is complete, does not hold it)");
            case SceneRefresh.IndexNotReady notReady -> ErrorBody.send(ctx, 503, "index-not-ready",
                    "The scene index is still loading, so scene " + sceneId + " may not be in it yet; try again once"
                            + " /health says the index is usable");
        }
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    private void withSync(Context ctx, Consumer<PlexSync> action) {
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
