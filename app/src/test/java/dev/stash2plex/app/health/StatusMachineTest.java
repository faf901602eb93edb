package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.HealthSignal.ContainerDied;
import dev.stash2plex.app.health.HealthSignal.ContainerRunning;
import dev.stash2plex.app.health.HealthSignal.ContainerStopped;
import dev.stash2plex.app.health.HealthSignal.ProbeFailed;
import dev.stash2plex.app.health.HealthSignal.Probed;
import dev.stash2plex.app.health.ProviderStatus.Crashed;
import dev.stash2plex.app.health.ProviderStatus.Degraded;
import dev.stash2plex.app.health.ProviderStatus.DegradedReason;
import dev.stash2plex.app.health.ProviderStatus.EngineAdvice;
import dev.stash2plex.app.health.ProviderStatus.Healthy;
import dev.stash2plex.app.health.ProviderStatus.Indexing;
import dev.stash2plex.app.health.ProviderStatus.Starting;
import dev.stash2plex.app.health.ProviderStatus.Stopped;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusMachineTest {

    private static final ProviderHealth OK = new ProviderHealth(true, "0.1.0", "v0.30.1", null, IndexHealth.NOT_REPORTED);
    private static final ProviderHealth STASH_DOWN = new ProviderHealth(false, "0.1.0", "v0.30.1",
            "unreachable: Connection refused", IndexHealth.NOT_REPORTED);

    private static ProviderStatus run(ProviderStatus start, HealthSignal... signals) {
        ProviderStatus status = start;
        for (HealthSignal signal : signals) {
            status = StatusMachine.next(status, signal);
        }
        return status;
    }

    @Test
    void aStartedContainerIsStartingUntilHealthAnswersOk() {
        ProviderStatus starting = run(new Stopped(), new ContainerRunning());
        assertThat(starting).isEqualTo(new Starting());
        assertThat(run(starting, new Probed(OK))).isEqualTo(new Healthy("0.1.0", "v0.30.1"));
    }

    @Test
    void aDegradedAnswerCarriesTheReasonAndRecovers() {
        ProviderStatus degraded = run(new Healthy("0.1.0", "v0.30.1"), new Probed(STASH_DOWN));
        assertThat(degraded).isEqualTo(new Degraded(DegradedReason.STASH_UNREACHABLE, "unreachable: Connection refused"));
        assertThat(run(degraded, new Probed(OK))).isInstanceOf(Healthy.class);
        assertThat(run(new Starting(), new Probed(new ProviderHealth(false, "0.1.0", null, "unauthorized: 401",
                IndexHealth.NOT_REPORTED))))
                .isEqualTo(new Degraded(DegradedReason.KEY_REFUSED, "unauthorized: 401"));
    }

    @Test
    void aLoadingIndexIsIndexingUntilItIsReadyThenHealthy() {
        ProviderHealth loading = withIndex(new IndexHealth(IndexHealth.State.LOADING, 4000, 10_000L, 40));
        ProviderStatus indexing = run(new Starting(), new Probed(loading));
        assertThat(indexing).isEqualTo(new Indexing(40, 4000, 10_000L, "0.1.0", "v0.30.1"));
        // Still running while it indexes: a container event does not send it back to Starting.
        assertThat(run(indexing, new ContainerRunning())).isEqualTo(indexing);

        ProviderHealth ready = withIndex(new IndexHealth(IndexHealth.State.READY, 10_000, 10_000L, 100));
        assertThat(run(indexing, new Probed(ready))).isEqualTo(new Healthy("0.1.0", "v0.30.1"));
        for (IndexHealth.State other : List.of(IndexHealth.State.OFF, IndexHealth.State.FAILED, IndexHealth.State.UNKNOWN)) {
            assertThat(run(new Starting(), new Probed(withIndex(new IndexHealth(other, 0, null, null)))))
                    .as(other.name()).isEqualTo(new Healthy("0.1.0", "v0.30.1"));
        }
    }

    @Test
    void stashBeingAwayOutweighsALoadingIndex() {
        ProviderHealth both = new ProviderHealth(false, "0.1.0", "v0.30.1", "unreachable: Connection refused",
                new IndexHealth(IndexHealth.State.LOADING, 10, null, null));
        assertThat(run(new Starting(), new Probed(both))).isInstanceOf(Degraded.class);
    }

    @Test
    void anIndexingProviderThatStopsAnsweringIsDegraded() {
        ProviderStatus indexing = new Indexing(null, 0, null, "0.1.0", "v0.30.1");
        assertThat(run(indexing, new ProbeFailed("timeout", StatusMachine.PROBE_FAILURES_TOLERATED + 1)))
                .isEqualTo(new Degraded(DegradedReason.PROVIDER_NOT_ANSWERING, "timeout"));
    }

    private static ProviderHealth withIndex(IndexHealth index) {
        return new ProviderHealth(true, "0.1.0", "v0.30.1", null, index);
    }

    @Test
    void aLateHealthAnswerNeverUndoesACrashOrAStop() {
        Crashed crashed = new Crashed(1, false, List.of("boom"), false);
        assertThat(run(crashed, new Probed(OK))).isEqualTo(crashed);
        assertThat(run(new Stopped(), new Probed(OK))).isEqualTo(new Stopped());
        assertThat(run(new ProviderStatus.EngineUnavailable("unix:///x", EngineAdvice.START_ENGINE), new Probed(OK)))
                .isInstanceOf(ProviderStatus.EngineUnavailable.class);
    }

    @Test
    void engineFactsWinFromAnyState() {
        ProviderStatus healthy = new Healthy("0.1.0", "v0.30.1");
        assertThat(run(healthy, new ContainerDied(137, true, List.of("killed"), false)))
                .isEqualTo(new Crashed(137, true, List.of("killed"), false));
        assertThat(run(healthy, new ContainerDied(137, false, List.of(), false, true)))
                .isEqualTo(new Crashed(137, false, List.of(), false, true));
        assertThat(run(healthy, new ContainerStopped())).isEqualTo(new Stopped());
        assertThat(run(healthy, new HealthSignal.ContainerReplacing())).as("the replacement starts next")
                .isEqualTo(new ProviderStatus.Starting());
        assertThat(run(healthy, new HealthSignal.EngineDown("tcp://x", EngineAdvice.START_ENGINE)))
                .isEqualTo(new ProviderStatus.EngineUnavailable("tcp://x", EngineAdvice.START_ENGINE));
        assertThat(run(healthy, new HealthSignal.BuildProgress("Step 1/4"))).isEqualTo(new ProviderStatus.Building("Step 1/4"));
        assertThat(run(healthy, new HealthSignal.Unconfigured())).isEqualTo(new ProviderStatus.NotConfigured());
    }

    @Test
    void aRunningEventKeepsAKnownHealthButRestartsACrashedProvider() {
        ProviderStatus healthy = new Healthy("0.1.0", "v0.30.1");
        assertThat(run(healthy, new ContainerRunning())).isEqualTo(healthy);
        assertThat(run(new Crashed(1, false, List.of(), false), new ContainerRunning())).isEqualTo(new Starting());
    }

    @Test
    void aHealthyProviderThatStopsAnsweringIsDegradedOnlyAfterRepeatedFailures() {
        ProviderStatus healthy = new Healthy("0.1.0", "v0.30.1");
        assertThat(run(healthy, new ProbeFailed("timeout", 1), new ProbeFailed("timeout", 2))).isEqualTo(healthy);
        assertThat(run(healthy, new ProbeFailed("timeout", 3)))
                .isEqualTo(new Degraded(DegradedReason.PROVIDER_NOT_ANSWERING, "timeout"));
        assertThat(run(new Starting(), new ProbeFailed("refused", 10))).isEqualTo(new Starting());
    }
}
