package dev.stash2plex.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotifierTest {

    /** A timer the test fires by hand: "10 seconds pass" is {@link #elapse()}. */
    private final List<Runnable> armed = new ArrayList<>();
    private final List<Notifier.Notification> shown = new ArrayList<>();
    private final Notifier notifier = new Notifier(UserMessages.forLocale(Locale.ENGLISH), (delay, action) -> {
        assertThat(delay).isEqualTo(Duration.ofSeconds(10));
        armed.add(action);
        return () -> armed.remove(action);
    }, Duration.ofSeconds(10), shown::add);

    private void elapse() {
        List<Runnable> due = List.copyOf(armed);
        armed.clear();
        due.forEach(Runnable::run);
    }

    private static final ProviderStatus HEALTHY = new ProviderStatus.Healthy("0.1.0", "v0.30.1");
    private static final ProviderStatus DEGRADED = new ProviderStatus.Degraded(
            ProviderStatus.DegradedReason.STASH_UNREACHABLE, "unreachable: refused");

    @Test
    void aStateThatLastsIsAnnouncedOnce() {
        notifier.status(new ProviderStatus.Starting());
        notifier.status(HEALTHY);
        elapse();
        notifier.status(HEALTHY);
        elapse();
        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("healthy");
            assertThat(n.title()).isEqualTo("Stash2Plex: Running");
            assertThat(n.problem()).isFalse();
        });
    }

    @Test
    void aBlipShorterThanTheDebounceSaysNothing() {
        notifier.status(HEALTHY);
        elapse();
        notifier.status(new ProviderStatus.EngineUnavailable("unix:///var/run/docker.sock", ProviderStatus.EngineAdvice.START_ENGINE));
        notifier.status(new ProviderStatus.Starting());
        notifier.status(HEALTHY);
        elapse();
        assertThat(shown).extracting(Notifier.Notification::key).containsExactly("healthy");
    }

    @Test
    void aRealDropAndRecoveryAreBothAnnounced() {
        notifier.status(HEALTHY);
        elapse();
        notifier.status(DEGRADED);
        elapse();
        notifier.status(HEALTHY);
        elapse();
        assertThat(shown).extracting(Notifier.Notification::key).containsExactly("healthy", "degraded.STASH_UNREACHABLE", "healthy");
        assertThat(shown.get(1).problem()).isTrue();
        assertThat(shown.get(1).text()).contains("cannot reach Stash");
    }

    @Test
    void aCrashLoopIsAnnouncedOnlyWhenRestartsStopNotAtEachExit() {
        for (int i = 0; i < 5; i++) {
            notifier.status(new ProviderStatus.Crashed(1, false, List.of("bad port"), false));
            notifier.status(new ProviderStatus.Starting());
        }
        notifier.status(new ProviderStatus.Crashed(1, false, List.of(
                "{\"ts\":\"2026-11-22T05:33:04Z\",\"msg\":\"Stash2Plex provider starting\",\"level\":\"INFO\"}",
                "Invalid configuration: S2P_PROVIDER_PORT must be a number (got 'x')",
                "{\"ts\":\"2026-11-22T05:33:05Z\",\"msg\":\"shutting down\",\"level\":\"INFO\"}"), true));
        elapse();
        assertThat(shown).extracting(Notifier.Notification::key).containsExactly("crash-loop");
        assertThat(shown.getFirst().text()).contains("exit code 1", "switched off",
                "It said: \u201cInvalid configuration: S2P_PROVIDER_PORT must be a number (got 'x')\u201d");
    }

    @Test
    void statesTheUserCausedAreNotAnnounced() {
        notifier.status(new ProviderStatus.Stopped());
        notifier.status(new ProviderStatus.Building("Step 1/3"));
        notifier.status(new ProviderStatus.NotConfigured());
        elapse();
        assertThat(shown).isEmpty();
        assertThat(armed).isEmpty();
    }

    @Test
    void runningAgainIsToldAtTheTransitionNotAfterTheDebounce() {
        notifier.status(new ProviderStatus.Starting());
        notifier.status(HEALTHY);
        assertThat(shown).extracting(Notifier.Notification::key).containsExactly("healthy");
        notifier.status(DEGRADED);
        assertThat(shown).as("a problem that may pass waits").hasSize(1);
        elapse();
        assertThat(shown).extracting(Notifier.Notification::key).containsExactly("healthy", "degraded.STASH_UNREACHABLE");
    }
}
