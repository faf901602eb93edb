package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus.DegradedReason;
import dev.stash2plex.app.health.ProviderStatus.EngineAdvice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProbeScheduleTest {

    private final ProbeSchedule schedule = ProbeSchedule.standard();

    @Test
    void probesOftenWhileStartingAndRarelyWhileHealthy() {
        assertThat(schedule.next(new ProviderStatus.Starting(), 0)).contains(Duration.ofMillis(500));
        assertThat(schedule.next(new ProviderStatus.Starting(), 20)).contains(Duration.ofSeconds(5));
        assertThat(schedule.next(new ProviderStatus.Healthy("1", "2"), 0)).contains(Duration.ofSeconds(5));
        // Its percentage moves in the tray at the healthy pace; never left unprobed, or it would stay "indexing".
        assertThat(schedule.next(new ProviderStatus.Indexing(40, 4000, 10_000L, "1", "2"), 0)).contains(Duration.ofSeconds(5));
        assertThat(schedule.next(new ProviderStatus.Degraded(DegradedReason.STASH_UNREACHABLE, "x"), 0))
                .contains(Duration.ofSeconds(5));
    }

    @Test
    void aHealthyProviderThatMissedAnAnswerIsAskedAgainSooner() {
        assertThat(schedule.next(new ProviderStatus.Healthy("1", "2"), 1).orElseThrow()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void neverProbesWhileTheContainerDoesNotRun() {
        for (ProviderStatus status : List.of(new ProviderStatus.Stopped(), new ProviderStatus.NotConfigured(),
                new ProviderStatus.Building("x"), new ProviderStatus.Crashed(1, false, List.of(), true),
                new ProviderStatus.EngineUnavailable("x", EngineAdvice.START_ENGINE),
                new ProviderStatus.Failed(ProviderStatus.FailureKind.BUILD, "x"))) {
            assertThat(schedule.next(status, 0)).as(status.toString()).isEqualTo(Optional.empty());
        }
    }
}
