package dev.stash2plex.provider.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.Scene;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync's durable queue on a real SQLite file: fed from the change log, coalesced, parked, kept across reopening. */
class SyncQueueTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final long SETTLE = 1_000;

    @TempDir
    Path dir;

    /** An index file and its queue, fed once so it starts at the end of the (empty) change log. */
    private record Index(SceneStore store, SyncQueue queue) implements AutoCloseable {

        static Index open(Path file) {
            SceneStore store = SceneStore.open(file);
            SyncQueue queue = store.syncQueue();
            queue.feed(T0.toEpochMilli(), SETTLE, 100);
            return new Index(store, queue);
        }

        /** Each scene edited (its updated_at set from {@code version}), then the queue fed the changes at T0. */
        Index changed(int version, String... ids) {
            for (String id : ids) {
                edit(store, id, version);
            }
            queue.feed(T0.toEpochMilli(), SETTLE, 100);
            return this;
        }

        /** Plex away since T0, long enough for every waiting job to be parked. */
        void parkAll() {
            queue.failingAll("away", T0.toEpochMilli());
            queue.park(T0.toEpochMilli(), T0.toEpochMilli() + 1);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private static Scene scene(String id, String updatedAt) {
        return new Scene(id, "Title " + id, null, null, null, List.of(), null, null, updatedAt, null, List.of(), List.of(), List.of());
    }

    private static void edit(SceneStore store, String id, int version) {
        store.upsert(List.of(scene(id, "2024-05-01T12:00:0" + version + "Z")), true, "scene-updated", T0, Map.of());
    }

    @Test
    void startsAtTheEndOfTheLogThenCoalescesChangesToOneJobPerScene() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            edit(store, "1", 0);
            SyncQueue queue = store.syncQueue();
            assertThat(queue.feed(T0.toEpochMilli(), SETTLE, 100)).as("the history is not sent").isZero();
            assertThat(queue.counts().waiting()).isZero();

            for (int version = 1; version <= 5; version++) {
                edit(store, "1", version);
            }
            edit(store, "2", 1);
            assertThat(queue.feed(T0.toEpochMilli(), SETTLE, 100)).isEqualTo(6);
            assertThat(queue.counts().waiting()).isEqualTo(2);
            assertThat(queue.due(T0.toEpochMilli(), 10)).as("not before the settle time").isEmpty();
            List<SyncQueue.Job> due = queue.due(T0.toEpochMilli() + SETTLE, 10);
            assertThat(due).extracting(SyncQueue.Job::sceneId).containsExactly(1L, 2L);
        }
    }

    @Test
    void aChangeArrivingWhileAJobIsSentKeepsTheJobForAnotherSend() {
        try (Index index = Index.open(dir.resolve("index.db")).changed(1, "1")) {
            SyncQueue queue = index.queue();
            SyncQueue.Job sending = queue.due(T0.toEpochMilli() + SETTLE, 10).getFirst();

            index.changed(2, "1");

            assertThat(queue.done(sending)).as("a newer change came in").isFalse();
            SyncQueue.Job again = queue.due(T0.toEpochMilli() + SETTLE, 10).getFirst();
            assertThat(again.generation()).isGreaterThan(sending.generation());
            assertThat(queue.done(again)).isTrue();
            assertThat(queue.counts().waiting()).isZero();
        }
    }

    @Test
    void jobsFailingLongerThanTheLimitAreParkedWithTheirReasonAndCanBeRetried() {
        Path file = dir.resolve("index.db");
        long giveUp = Duration.ofHours(72).toMillis();
        long t0 = T0.toEpochMilli();
        try (Index index = Index.open(file).changed(1, "1", "2")) {
            SyncQueue queue = index.queue();
            queue.failingAll("Plex at http://plex:32400 could not be reached", t0);
            queue.failingAll("later failure", t0 + 1000);
            assertThat(queue.counts().failingSince()).as("the first failure counts").isEqualTo(t0);
            assertThat(queue.park(t0 + giveUp - 1 - giveUp, t0 + giveUp - 1)).isZero();
            assertThat(queue.park(t0, t0 + giveUp)).isEqualTo(2);
            assertThat(queue.counts().waiting()).isZero();
            assertThat(queue.counts().parked()).isEqualTo(2);
            assertThat(queue.due(Long.MAX_VALUE, 10)).isEmpty();
        }
        try (SceneStore store = SceneStore.open(file)) {
            SyncQueue queue = store.syncQueue();
            List<SyncQueue.JobView> parked = queue.list(true, 10);
            assertThat(parked).extracting(SyncQueue.JobView::sceneId).containsExactly(1L, 2L);
            assertThat(parked).allSatisfy(job -> assertThat(job.lastError()).isEqualTo("later failure"));
            assertThat(queue.unpark(t0 + giveUp + 5)).isEqualTo(2);
            assertThat(queue.due(t0 + giveUp + 5, 10)).hasSize(2);
            assertThat(queue.counts().failingSince()).isNull();
        }
    }

    @Test
    void aNewChangeToAParkedSceneGivesItAFreshStart() {
        try (Index index = Index.open(dir.resolve("index.db")).changed(1, "1")) {
            SyncQueue queue = index.queue();
            long t0 = T0.toEpochMilli();
            index.parkAll();

            edit(index.store(), "1", 2);
            queue.feed(t0 + 10, SETTLE, 100);

            assertThat(queue.counts().parked()).isZero();
            assertThat(queue.due(t0 + 10 + SETTLE, 10)).singleElement().satisfies(job -> assertThat(job.attempts()).isZero());
        }
    }

    @Test
    void plexRecoveringClearsTheSharedFailureButNotAJobsOwn() {
        try (Index index = Index.open(dir.resolve("index.db")).changed(1, "1", "2")) {
            SyncQueue queue = index.queue();
            long t0 = T0.toEpochMilli();
            queue.failingAll("away", t0);
            SyncQueue.Job refused = queue.due(t0 + SETTLE, 10).getFirst();
            queue.retryLater(refused, "HTTP 400", t0 + 2, t0 + 60_000);

            queue.recovered();

            List<SyncQueue.JobView> waiting = queue.list(false, 10);
            assertThat(waiting).filteredOn(job -> job.sceneId() == refused.sceneId()).singleElement()
                    .satisfies(job -> assertThat(job.lastError()).isEqualTo("HTTP 400"));
            assertThat(waiting).filteredOn(job -> job.sceneId() != refused.sceneId()).singleElement()
                    .satisfies(job -> assertThat(job.failingSince()).isNull());
            assertThat(queue.nextDue()).contains(t0 + SETTLE);
        }
    }

    @Test
    void aRefreshAskedForByHandIsOneJobDueNowMergedIntoTheScenesJobAndFollowsASendUnderWay() {
        try (Index index = Index.open(dir.resolve("index.db"))) {
            SyncQueue queue = index.queue();
            long t0 = T0.toEpochMilli();
            queue.request(7, t0);
            assertThat(queue.due(t0, 10)).as("due at once, no settle time").singleElement().satisfies(job -> {
                assertThat(job.sceneId()).isEqualTo(7);
                assertThat(job.cause()).isEqualTo(SyncQueue.REQUESTED);
            });

            // A change already waiting for scene 1: the request merges into it and makes it due now.
            index.changed(1, "1");
            assertThat(queue.due(t0, 10)).extracting(SyncQueue.Job::sceneId).containsExactly(7L);
            queue.request(1, t0);
            assertThat(queue.counts().waiting()).isEqualTo(2);
            SyncQueue.Job sending = queue.due(t0, 10).stream().filter(job -> job.sceneId() == 1).findFirst().orElseThrow();

            // Asked again while that send is under way: the job stays for one more send.
            queue.request(1, t0 + 5);
            assertThat(queue.done(sending)).isFalse();
            SyncQueue.Job again = queue.due(t0 + 5, 10).stream().filter(job -> job.sceneId() == 1).findFirst().orElseThrow();
            assertThat(again.generation()).isGreaterThan(sending.generation());
            assertThat(queue.done(again)).isTrue();

            // A change logged after a request, whatever its number in the log, also keeps the job for another send.
            SyncQueue.Job requested = queue.due(t0, 10).getFirst();
            index.changed(1, "7");
            assertThat(queue.done(requested)).isFalse();
            // It stays a request (its folder is scanned if Plex has no item) unless the scene is removed.
            assertThat(queue.due(t0, 10)).singleElement().satisfies(job -> assertThat(job.cause()).isEqualTo(SyncQueue.REQUESTED));
            index.store().delete(List.of(7L), true, T0);
            queue.feed(t0, SETTLE, 100);
            assertThat(queue.due(t0, 10)).singleElement().satisfies(job -> assertThat(job.cause()).isEqualTo("removed"));
        }
    }

    @Test
    void aRefreshAskedForByHandGivesAParkedJobAFreshStart() {
        try (Index index = Index.open(dir.resolve("index.db")).changed(1, "1")) {
            SyncQueue queue = index.queue();
            index.parkAll();
            assertThat(queue.counts().parked()).isEqualTo(1);

            queue.request(1, T0.toEpochMilli() + 10);

            assertThat(queue.counts().parked()).isZero();
            assertThat(queue.counts().failingSince()).isNull();
            assertThat(queue.due(T0.toEpochMilli() + 10, 10)).singleElement().satisfies(job -> assertThat(job.attempts()).isZero());
        }
    }

    @Test
    void artworkVersionsAreRemembered() {
        try (Index index = Index.open(dir.resolve("index.db"))) {
            SyncQueue queue = index.queue();
            assertThat(queue.uploadedArtwork("5005", "posters")).isEmpty();

            queue.artworkUploaded("5005", "posters", "1714564800");
            queue.artworkUploaded("5005", "posters", "1714564801");

            assertThat(queue.uploadedArtwork("5005", "posters")).contains("1714564801");
            assertThat(queue.uploadedArtwork("5005", "arts")).isEmpty();
        }
    }
}
