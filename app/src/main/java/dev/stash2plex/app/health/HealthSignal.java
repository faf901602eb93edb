package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import java.util.List;

/**
 * Everything that can change the provider's status: what the supervisor is doing, what the engine's
 * events say about the container, and what {@code /health} answered. {@link StatusMachine} turns each
 * one into the next {@link ProviderStatus}.
 */
public sealed interface HealthSignal {

    record Unconfigured() implements HealthSignal {
    }

    record EngineDown(String tried, ProviderStatus.EngineAdvice advice) implements HealthSignal {
    }

    record DeployFailed(ProviderStatus.FailureKind kind, String detail, EngineProblem problem) implements HealthSignal {
        public DeployFailed(ProviderStatus.FailureKind kind, String detail) {
            this(kind, detail, new EngineProblem.Unclassified());
        }
    }

    record BuildProgress(ImageProgress progress) implements HealthSignal {
        public BuildProgress(String line) {
            this(ImageProgress.line(line));
        }
    }

    /** The container runs (a start event, or an inspect after adopting it). */
    record ContainerRunning() implements HealthSignal {
    }

    /** The container stopped because we (or the user, through us) stopped it. */
    record ContainerStopped() implements HealthSignal {
    }

    /** The app stopped the container to replace it with one for new settings, which it starts next. */
    record ContainerReplacing() implements HealthSignal {
    }

    /**
     * The container stopped without the app asking: by itself ({@code restartsStopped} once the crash-loop
     * guard tripped), or {@code killed} through the engine by someone else.
     */
    record ContainerDied(int exitCode, boolean oomKilled, List<String> lastLogLines, boolean restartsStopped,
                         boolean killed) implements HealthSignal {
        public ContainerDied {
            lastLogLines = List.copyOf(lastLogLines);
        }

        /** An exit of the provider's own. */
        public ContainerDied(int exitCode, boolean oomKilled, List<String> lastLogLines, boolean restartsStopped) {
            this(exitCode, oomKilled, lastLogLines, restartsStopped, false);
        }
    }

    record Probed(ProviderHealth health) implements HealthSignal {
    }

    /** {@code /health} did not answer, for the {@code consecutive}-th time in a row. */
    record ProbeFailed(String why, int consecutive) implements HealthSignal {
    }
}
