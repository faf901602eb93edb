package dev.stash2plex.provider.index;

import dev.stash2plex.core.stash.CatalogPage;
import dev.stash2plex.core.stash.LatestUpdates;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashCatalog;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.index.store.SceneStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every scene from Stash into an empty store: the newest change times first (so the first
 * refresh catches whatever is edited meanwhile), then the pages in id order, two at a time.
 */
final class IndexBuild {

    /** Pages of this size keep one request well inside Stash's timeout on a slow NAS: 200 reads for 100,000 scenes. */
    static final int PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuild.class);

    private final StashCatalog catalog;
    private final SceneStore store;
    private final IndexProgress progress;
    private final Clock clock;
    private final String stashIdentity;

    IndexBuild(StashCatalog catalog, SceneStore store, IndexProgress progress, Clock clock, String stashIdentity) {
        this.catalog = catalog;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
        this.stashIdentity = stashIdentity;
    }

    void run() throws StashException {
        long started = System.nanoTime();
        store.clear();
        progress.countRequest();
        LatestUpdates cursors = catalog.latestUpdates();
        progress.countRequest();
        CatalogPage<Scene> first = catalog.scenes(1, PAGE_SIZE);
        int total = Math.max(first.total(), first.items().size());
        progress.building(total);
        LOG.atInfo().addKeyValue("scenes", total).log("Building the scene index from Stash");
        store(first.items());
        if (first.items().size() == PAGE_SIZE) {
            readRemainingPages((total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        Map<String, String> meta = new HashMap<>();
        meta.put(MetaKeys.STASH, stashIdentity);
        putCursor(meta, MetaKeys.SCENES_CURSOR, cursors.scenes());
        putCursor(meta, MetaKeys.PERFORMERS_CURSOR, cursors.performers());
        putCursor(meta, MetaKeys.STUDIOS_CURSOR, cursors.studios());
        putCursor(meta, MetaKeys.TAGS_CURSOR, cursors.tags());
        meta.put(MetaKeys.LAST_REFRESH, clock.instant().toString());
        meta.put(MetaKeys.COMPLETE, "true");
        store.putMeta(meta);
        LOG.atInfo().addKeyValue("scenes", store.sceneCount()).addKeyValue("stash_requests", progress.stashRequests())
                .addKeyValue("seconds", (System.nanoTime() - started) / 1_000_000_000.0)
                .log("Scene index built");
    }

    /**
     * Pages 2..n with {@link StashCatalog#MAX_IN_FLIGHT} workers, n from Stash's count. A last page
     * that comes back full (scenes were added meanwhile) adds one more; a short one ends it early.
     */
    private void readRemainingPages(int expectedPages) throws StashException {
        AtomicInteger next = new AtomicInteger(2);
        AtomicInteger lastPage = new AtomicInteger(expectedPages);
        try (ExecutorService workers = Executors.newFixedThreadPool(StashCatalog.MAX_IN_FLIGHT,
                Thread.ofPlatform().name("index-build-", 1).daemon().factory())) {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < StashCatalog.MAX_IN_FLIGHT; i++) {
                done.add(workers.submit(() -> {
                    int page = next.getAndIncrement();
                    while (page <= lastPage.get()) {
                        progress.countRequest();
                        CatalogPage<Scene> read = catalog.scenes(page, PAGE_SIZE);
                        store(read.items());
                        if (read.items().size() < PAGE_SIZE) {
                            lastPage.accumulateAndGet(page, Math::min);
                        } else if (lastPage.compareAndSet(page, page + 1)) {
                            // The last page counted was full: scenes were added. This worker reads the
                            // extra page itself, as the other may already have given up on it.
                            page = page + 1;
                            continue;
                        }
                        page = next.getAndIncrement();
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : done) {
                await(worker);
            }
        }
    }

    private void store(List<Scene> scenes) {
        store.upsert(scenes, false, "built", clock.instant(), Map.of());
        progress.loadedMore(scenes.size());
    }

    private static void putCursor(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }

    private static void await(Future<Void> worker) throws StashException {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StashException.Timeout("interrupted while building the scene index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StashException stash) {
                throw stash;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
