package dev.stash2plex.app.logs;

import static dev.stash2plex.app.supervisor.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The log window's model without a window: following, the end of a run, and following the next one. */
class LogModelTest {

    /** A container log the test writes to: each follow is one run of the container. */
    private static final class ScriptedLog implements LogSource {
        final List<Consumer<String>> followers = new CopyOnWriteArrayList<>();
        final List<Runnable> ends = new CopyOnWriteArrayList<>();
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public AutoCloseable follow(int tail, Consumer<String> line, Runnable ended) {
            followers.add(line);
            ends.add(ended);
            return closed::incrementAndGet;
        }

        void write(String line) {
            followers.getLast().accept(line);
        }
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedLog log = new ScriptedLog();
    private final LogModel model = new LogModel(log, UserMessages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run,
            timer, ZoneOffset.UTC);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** Read while the buffer's timer may still be adding: a clash is "not yet" to {@code await}. */
    private List<String> shown() {
        return List.copyOf(model.visible()).stream().map(LogEntry::message).toList();
    }

    @Test
    void theEndOfARunIsShownAfterItsLastLinesAndTheNextRunIsFollowedFromItsStart() {
        model.open();
        log.write("{\"ts\":\"2026-12-01T10:00:00Z\",\"level\":\"INFO\",\"msg\":\"Stash2Plex provider started\"}");
        log.write("Invalid configuration: S2P_LOG_LEVEL must be one of trace, debug, info, warn, error");
        log.ends.getLast().run();
        await("the lines and the end", () -> shown().size() == 3, this::shown);
        assertThat(shown()).containsExactly("Stash2Plex provider started",
                "Invalid configuration: S2P_LOG_LEVEL must be one of trace, debug, info, warn, error",
                "\u2014 The provider stopped. Its log goes on here when it runs again. \u2014");

        model.providerStarted();
        assertThat(log.followers).as("followed again").hasSize(2);
        assertThat(log.closed).hasValue(1);
        log.write("{\"ts\":\"2026-12-01T10:01:00Z\",\"level\":\"INFO\",\"msg\":\"Stash is reachable (version v0.30.1)\"}");
        await("the new run's line", () -> shown().equals(List.of("Stash is reachable (version v0.30.1)")), this::shown);
        // The count follows the lines on the model's own lane, a moment after them: wait for it too.
        await("the count of the new run", () -> model.summary().get().equals("1 of 1 lines"), () -> model.summary().get());
        assertThat(model.summary().get()).isEqualTo("1 of 1 lines");
    }

    @Test
    void aClosedWindowDoesNotFollowTheNextRun() {
        model.open();
        model.close();
        model.providerStarted();

        assertThat(log.followers).hasSize(1);
        assertThat(log.closed).hasValue(1);
    }

    @Test
    void searchAndCopyWorkOnTheLinesAsShown() {
        model.open();
        log.write("{\"ts\":\"2026-12-01T10:00:00Z\",\"level\":\"WARN\",\"msg\":\"No match\",\"filename\":\"/plex/a.mp4\"}");
        log.write("{\"ts\":\"2026-12-01T10:00:01Z\",\"level\":\"INFO\",\"msg\":\"HTTP request\",\"path\":\"/library/metadata/42\"}");
        await("both lines", () -> shown().size() == 2, this::shown);

        model.search().set("  A.MP4 ");
        assertThat(shown()).containsExactly("No match");
        assertThat(model.allText()).isEqualTo("2026-12-01 10:00:00  WARN   No match  filename=/plex/a.mp4");
        assertThat(model.summary().get()).isEqualTo("1 of 2 lines");
    }
}
