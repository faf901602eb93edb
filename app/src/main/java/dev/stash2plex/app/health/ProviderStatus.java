package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import java.util.List;

/**
 * How the provider is doing, as the tray shows it: one record per state, each with the detail the
 * user needs for that state. Immutable; a change of state is a new record.
 */
public sealed interface ProviderStatus {

    /** No settings saved yet: the provider cannot run. */
    record NotConfigured() implements ProviderStatus {
    }

    /**
     * No Docker engine answers; the app retries by itself.
     *
     * @param tried where the app looked and what each place said (no secrets in it)
     * @param advice what the user can do about it
     */
    record EngineUnavailable(String tried, EngineAdvice advice) implements ProviderStatus {
    }

    /** The provider image is being built; {@code progress} is the builder's latest line, step and download. */
    record Building(ImageProgress progress) implements ProviderStatus {
        public Building(String line) {
            this(ImageProgress.line(line));
        }
    }

    /** The container exists and is stopped on purpose (by the user or at a settings change). */
    record Stopped() implements ProviderStatus {
    }

    /** The container runs but the provider does not answer {@code /health} yet. */
    record Starting() implements ProviderStatus {
    }

    /** {@code /health} says ok. */
    record Healthy(String providerVersion, String stashVersion) implements ProviderStatus {
    }

    /**
     * {@code /health} says ok and the scene index is still loading from Stash (its first start, or
     * after its data was deleted). It passes by itself; a ready index makes the provider {@link Healthy}.
     *
     * @param percent 0–100, or null while the provider does not know Stash's total yet
     * @param loaded scenes read so far
     * @param total scenes Stash has, or null while unknown
     */
    record Indexing(Integer percent, long loaded, Long total, String providerVersion, String stashVersion)
            implements ProviderStatus {
    }

    /** The provider answers but cannot do its job, with the reason from {@code /health}. */
    record Degraded(DegradedReason reason, String detail) implements ProviderStatus {
    }

    /**
     * The container stopped by itself, or was killed or stopped through the engine by someone else.
     *
     * @param lastLogLines the container's last lines, for the user to see why
     * @param restartsStopped true once the crash-loop guard has switched automatic restarts off
     * @param killed stopped through the engine outside the app ({@code docker kill}, {@code docker stop}):
     *               Docker counts that as a manual stop, so its restart policy does not bring it back
     */
    record Crashed(int exitCode, boolean oomKilled, List<String> lastLogLines, boolean restartsStopped, boolean killed)
            implements ProviderStatus {
        public Crashed {
            lastLogLines = List.copyOf(lastLogLines);
        }

        /** An exit of the provider's own: the engine restarts it unless {@code restartsStopped}. */
        public Crashed(int exitCode, boolean oomKilled, List<String> lastLogLines, boolean restartsStopped) {
            this(exitCode, oomKilled, lastLogLines, restartsStopped, false);
        }

        /** Whether the engine leaves it stopped, so only the user's Start brings it back. */
        public boolean staysStopped() {
            return restartsStopped || killed;
        }
    }

    /**
     * The provider could not be put in place (image build, container creation or start);
     * nothing is retried until the user starts it again or changes the settings.
     *
     * @param detail the failure in the engine's or the file's words, whole, for "Details…"; never holds a secret
     * @param problem what the user can do about it, as the docker package classified it
     */
    record Failed(FailureKind kind, String detail, EngineProblem problem) implements ProviderStatus {
        public Failed(FailureKind kind, String detail) {
            this(kind, detail, new EngineProblem.Unclassified());
        }
    }

    enum FailureKind {
        BUILD,
        CONTAINER
    }

    /** What the user can do when no engine answers. */
    enum EngineAdvice {
        /** No engine socket or pipe exists anywhere the app looks: install Docker (or Podman), or start it. */
        INSTALL_ENGINE,
        /** An engine's socket exists but nothing answers: start the engine. */
        START_ENGINE,
        /** A socket exists but refuses us: add the user to the docker group. */
        SOCKET_PERMISSION
    }

    /** Why a running provider cannot do its job. */
    enum DegradedReason {
        STASH_UNREACHABLE,
        KEY_REFUSED,
        STASH_NOT_READY,
        /** The container runs but the provider stopped answering {@code /health}. */
        PROVIDER_NOT_ANSWERING,
        OTHER
    }
}
