package dev.stash2plex.app.logging;

import static dev.stash2plex.app.supervisor.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.logs.LogModel;
import dev.stash2plex.app.messages.UserMessages;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's own warnings and errors reach the Logs window, among the provider's lines. */
class AppProblemsTest {

    private static final Logger LOG = LoggerFactory.getLogger("dev.stash2plex.app.somewhere");

    @Test
    void warningsAndErrorsAreKeptAndPassedOnAsJsonLinesButNotInfo() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        AppProblems problems = AppProblems.attach(2);
        LOG.warn("Cannot open the folder {}", "/tmp/x");
        LOG.info("just news");
        try (AutoCloseable following = problems.follow(seen::add)) {
            LOG.error("Saving failed", new IllegalStateException("disk full"));
            assertThat(seen).hasSize(2);
            LogEntry kept = LogEntry.parse(seen.getFirst());
            assertThat(kept.level()).isEqualTo("WARN");
            assertThat(kept.message()).isEqualTo("Cannot open the folder /tmp/x");
            assertThat(kept.fields()).containsEntry("source", "app");
            assertThat(LogEntry.parse(seen.get(1)).fields()).containsEntry("error", "java.lang.IllegalStateException: disk full");
        }
        LOG.warn("after the window closed");
        assertThat(seen).as("a closed follower hears nothing more").hasSize(2);
        List<String> again = new CopyOnWriteArrayList<>();
        problems.follow(again::add);
        assertThat(again).as("the last two only").hasSize(2);
        assertThat(again.getLast()).contains("after the window closed");

        problems.close();
        LOG.warn("not heard once detached");
        assertThat(again).hasSize(2);
    }

    @Test
    void theLogWindowShowsTheAppsProblemsEvenWithoutAProviderLog() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (AppProblems problems = AppProblems.attach(50)) {
            LogModel model = new LogModel((tail, line, ended) -> {
                throw new IllegalStateException("no container");
            }, problems::follow, UserMessages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run, timer, ZoneOffset.UTC);
            LOG.error("The settings file cannot be written");
            model.open();
            await("the app's error in the window", () -> model.visible().stream()
                    .anyMatch(entry -> entry.message().equals("The settings file cannot be written")), model::visible);
            model.close();
        } finally {
            timer.shutdownNow();
        }
    }
}
