package dev.stash2plex.provider.library;

import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.match.MatchRequest;
import dev.stash2plex.provider.match.MatchResult;
import dev.stash2plex.provider.match.Matcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled two-way comparison (GAPD-02/04): on {@link GapSchedule} and on demand, re-checks every
 * unmatched file against the current index and rules (a scene added in Stash since, a rule added since),
 * then counts what is still missing on each side and logs one summary line. Runs on its own thread,
 * one run at a time, and only while the index answers lookups, so it costs Stash no scan.
 */
public final class GapRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GapRunner.class);
    private static final int PAGE = 500;

    private final Supplier<Optional<MatchHistory>> history;
    private final BooleanSupplier indexUsable;
    private final Matcher matcher;
    private final HistoryRecorder recorder;
    private final Supplier<StashSideGaps> stashSide;
    private final GapSchedule schedule;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("library-gaps").daemon().factory());
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<GapRun> last = new AtomicReference<>();

    public GapRunner(Supplier<Optional<MatchHistory>> history, BooleanSupplier indexUsable, Matcher matcher,
            HistoryRecorder recorder, Supplier<StashSideGaps> stashSide, GapSchedule schedule, Clock clock) {
        this.history = history;
        this.indexUsable = indexUsable;
        this.matcher = matcher;
        this.recorder = recorder;
        this.stashSide = stashSide;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Starts the schedule (nothing for {@link GapSchedule#MANUAL}); the first run is one period from now. */
    public GapRunner start() {
        schedule.every().ifPresent(every -> thread.scheduleAtFixedRate(() -> runGuarded("schedule"),
                every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS));
        return this;
    }

    public GapSchedule schedule() {
        return schedule;
    }

    /** Starts a run now unless one is under way; true when this call started it. */
    public boolean trigger() {
        if (running.get()) {
            return false;
        }
        thread.execute(() -> runGuarded("request"));
        return true;
    }

    public boolean running() {
        return running.get();
    }

    public Optional<GapRun> lastRun() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void runGuarded(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            last.set(run(trigger));
        } catch (StoreException | LibraryUnavailable e) {
            Instant now = clock.instant();
            last.set(new GapRun(trigger, now, now, 0, 0, 0, 0, e.getMessage()));
            LOG.atWarn().addKeyValue("reason", e.getMessage()).log("Gap comparison failed");
        } catch (RuntimeException e) {
            LOG.error("Gap comparison stopped on an unexpected error", e);
        } finally {
            running.set(false);
        }
    }

    private GapRun run(String trigger) {
        Instant started = clock.instant();
        MatchHistory store = history.get().orElseThrow(LibraryUnavailable::new);
        if (!indexUsable.getAsBoolean()) {
            return new GapRun(trigger, started, clock.instant(), 0, 0, 0, 0,
                    "the scene index is not ready; re-checking now would ask Stash once per file");
        }
        int rechecked = 0;
        int nowMatched = 0;
        String after = null;
        while (!Thread.currentThread().isInterrupted()) {
            List<MatchHistory.Entry> page = store.unmatchedAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<MatchHistory.Entry> results = new ArrayList<>(page.size());
            for (MatchHistory.Entry entry : page) {
                MatchResult result = matcher.match(new MatchRequest(1, entry.title(), null, null, entry.filename(), false));
                MatchedFile.entryOf(result, clock.instant()).ifPresent(results::add);
                rechecked++;
                nowMatched += result.candidates().isEmpty() ? 0 : 1;
            }
            recorder.writeNow(results);
            after = page.getLast().filename();
        }
        int plexUnmatched = store.countsByStep().getOrDefault("none", 0);
        StashSideGaps side = stashSide.get();
        int stashUnmatched = side.page(null, 0, 1).total();
        Instant finished = clock.instant();
        LOG.atInfo().addKeyValue("event", "gap-report").addKeyValue("trigger", trigger)
                .addKeyValue("rechecked", rechecked).addKeyValue("now_matched", nowMatched)
                .addKeyValue("plex_unmatched", plexUnmatched).addKeyValue("stash_unmatched", stashUnmatched)
                .addKeyValue("stash_basis", side.basis())
                .addKeyValue("ms", Duration.between(started, finished).toMillis())
                .log("Gap comparison: {} Plex file(s) without a scene, {} scene(s) Plex has not matched", plexUnmatched, stashUnmatched);
        return new GapRun(trigger, started, finished, rechecked, nowMatched, plexUnmatched, stashUnmatched, null);
    }
}
