package dev.stash2plex.app.health;

import dev.stash2plex.app.health.HealthSignal.BuildProgress;
import dev.stash2plex.app.health.HealthSignal.ContainerDied;
import dev.stash2plex.app.health.HealthSignal.ContainerRunning;
import dev.stash2plex.app.health.HealthSignal.ContainerStopped;
import dev.stash2plex.app.health.HealthSignal.EngineDown;
import dev.stash2plex.app.health.HealthSignal.ProbeFailed;
import dev.stash2plex.app.health.HealthSignal.Probed;
import dev.stash2plex.app.health.HealthSignal.Unconfigured;
import dev.stash2plex.app.health.ProviderStatus.Crashed;
import dev.stash2plex.app.health.ProviderStatus.Degraded;
import dev.stash2plex.app.health.ProviderStatus.Healthy;
import dev.stash2plex.app.health.ProviderStatus.Indexing;
import dev.stash2plex.app.health.ProviderStatus.Starting;

/**
 * The provider's status as a pure function of the previous status and one signal. Engine-side facts
 * (down, building, running, stopped, died) always win; a {@code /health} answer only counts while the
 * container is known to run, so a late answer never turns a crash back into "healthy".
 */
public final class StatusMachine {

    /** Failed probes in a row before a running, healthy provider counts as not answering. */
    static final int PROBE_FAILURES_TOLERATED = 2;

    private StatusMachine() {
    }

    public static ProviderStatus next(ProviderStatus current, HealthSignal signal) {
        return switch (signal) {
            case Unconfigured u -> new ProviderStatus.NotConfigured();
            case EngineDown down -> new ProviderStatus.EngineUnavailable(down.tried(), down.advice());
            case HealthSignal.DeployFailed failed -> new ProviderStatus.Failed(failed.kind(), failed.detail(), failed.problem());
            case BuildProgress build -> new ProviderStatus.Building(build.progress());
            case ContainerRunning running -> isServing(current) ? current : new Starting();
            case ContainerStopped stopped -> new ProviderStatus.Stopped();
            // Not "stopped": that would offer Start for a moment while the replacement is on its way.
            case HealthSignal.ContainerReplacing replacing -> new Starting();
            case ContainerDied died -> new Crashed(died.exitCode(), died.oomKilled(), died.lastLogLines(),
                    died.restartsStopped(), died.killed());
            case Probed probed -> isRunning(current) ? fromHealth(probed.health()) : current;
            case ProbeFailed failed -> isServing(current) && failed.consecutive() > PROBE_FAILURES_TOLERATED
                    ? new Degraded(ProviderStatus.DegradedReason.PROVIDER_NOT_ANSWERING, failed.why())
                    : current;
        };
    }

    /** A Stash problem comes first: without Stash the index cannot move on either. */
    private static ProviderStatus fromHealth(ProviderHealth health) {
        if (!health.ok()) {
            return new Degraded(health.reason(), health.lastError());
        }
        IndexHealth index = health.index();
        return index.loading()
                ? new Indexing(index.percent(), index.loaded(), index.total(), health.providerVersion(), health.stashVersion())
                : new Healthy(health.providerVersion(), health.stashVersion());
    }

    private static boolean isServing(ProviderStatus status) {
        return status instanceof Healthy || status instanceof Indexing || status instanceof Degraded;
    }

    /** States in which the container runs, so {@code /health} is worth asking. */
    public static boolean isRunning(ProviderStatus status) {
        return status instanceof Starting || isServing(status);
    }
}
