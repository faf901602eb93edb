package dev.stash2plex.app.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link ContainerEngine} over docker-java (core + Apache HttpClient 5 transport): the one class
 * that talks to the engine. Ordinary calls are bounded ({@link DockerConnection#RESPONSE_TIMEOUT});
 * builds, stops, event and log streams are not. Failures become {@link EngineException}s.
 */
public final class DockerJavaEngine implements ContainerEngine {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(5);
    /** The container actions the app cares about; the health check's exec_* events are left out at the source. */
    private static final String[] EVENT_ACTIONS = {"create", "start", "restart", "die", "oom", "kill", "stop", "destroy",
        "pause", "unpause", "health_status"};

    private final DockerConnection connection;
    private final EngineCalls calls = new EngineCalls(DockerConnection.RESPONSE_TIMEOUT);

    private DockerJavaEngine(DockerConnection connection) {
        this.connection = connection;
    }

    /** Connects to the candidate and pings it; the connection is closed again if the engine does not answer. */
    public static DockerJavaEngine connect(EngineCandidate candidate) throws EngineException {
        DockerConnection connection;
        try {
            connection = DockerConnection.open(candidate);
        } catch (RuntimeException e) {
            throw new EngineException.Unavailable("cannot use " + candidate.location() + ": " + e.getMessage(), e);
        }
        DockerJavaEngine engine = new DockerJavaEngine(connection);
        try {
            engine.calls.bounded("ping " + candidate.location(), List.of(), PING_TIMEOUT, () -> engine.quick().pingCmd().exec());
            return engine;
        } catch (EngineException e) {
            engine.close();
            throw e;
        }
    }

    @Override
    public EngineInfo info() throws EngineException {
        return calls.bounded("ask the engine what it is", () -> {
            Version version = quick().versionCmd().exec();
            Info info = quick().infoCmd().exec();
            return new EngineInfo(connection.candidate().location(), EngineKind.of(connection, info), version.getVersion(),
                    version.getApiVersion(), info.getOperatingSystem());
        });
    }

    @Override
    public void build(Path context, String dockerfileTarget, String tag, Map<String, String> buildArgs,
            Map<String, String> labels, Consumer<ImageProgress> progress) throws EngineException {
        new ClassicBuild(connection.streaming(), quick()).run(context, dockerfileTarget, tag, buildArgs, labels, progress);
    }

    @Override
    public Optional<Map<String, String>> imageLabels(String tag) throws EngineException {
        return calls.bounded("inspect image " + tag, () -> {
            try {
                var config = quick().inspectImageCmd(tag).exec().getConfig();
                return Optional.of(config == null || config.getLabels() == null ? Map.<String, String>of() : Map.copyOf(config.getLabels()));
            } catch (NotFoundException e) {
                return Optional.<Map<String, String>>empty();
            }
        });
    }

    @Override
    public List<ContainerState> containers(Map<String, String> labels) throws EngineException {
        return calls.bounded("list containers", () -> {
            List<ContainerState> states = new ArrayList<>();
            for (Container container : quick().listContainersCmd().withShowAll(true).withLabelFilter(labels).exec()) {
                try {
                    states.add(ContainerStates.of(quick().inspectContainerCmd(container.getId()).exec()));
                } catch (NotFoundException e) {
                    // removed between listing and inspecting: not there any more
                }
            }
            return List.copyOf(states);
        });
    }

    @Override
    public String create(ContainerSpec spec) throws EngineException {
        return create(spec, user -> ContainerCreation.command(quick(), spec, user));
    }

    @Override
    public String createOneOff(ContainerSpec spec, List<String> entrypoint) throws EngineException {
        return create(spec, user -> ContainerCreation.oneOff(quick(), spec, user, entrypoint));
    }

    private String create(ContainerSpec spec, Function<Optional<String>, CreateContainerCmd> command) throws EngineException {
        Info engine = calls.bounded("ask the engine what it is", () -> quick().infoCmd().exec());
        ContainerUser runAs = ContainerUser.forConfigDir(spec.configDir(), System.getProperty("os.name"),
                connection.candidate().endpoint().getScheme(), engine.getOperatingSystem(), engine.getSecurityOptions());
        if (runAs.takesOverFolders()) {
            try {
                FolderHandover.giveTo(ContainerUser.PROVIDER_UID, ContainerUser.PROVIDER_GID, spec.configDir(), spec.dataDir(),
                        ProviderSecrets.folder(spec));
            } catch (IOException | RuntimeException e) {
                throw new EngineException.ContainerFailed("Cannot give " + spec.configDir() + ", " + spec.dataDir()
                        + " and " + ProviderSecrets.folder(spec)
                        + " to the provider's user " + ContainerUser.PROVIDER_UID + ": " + e, e);
            }
        }
        return calls.bounded("create container " + spec.name(), spec.environment(), calls.limit(),
                () -> command.apply(runAs.user()).exec().getId());
    }

    @Override
    public ContainerState inspect(String containerId) throws EngineException {
        return calls.bounded("inspect container " + containerId,
                () -> ContainerStates.of(quick().inspectContainerCmd(containerId).exec()));
    }

    @Override
    public void start(String containerId) throws EngineException {
        calls.bounded("start container " + containerId, () -> {
            try {
                quick().startContainerCmd(containerId).exec();
            } catch (NotModifiedException e) {
                // already running
            }
            return null;
        });
    }

    @Override
    public void stop(String containerId, Duration grace) throws EngineException {
        // The engine answers only after the grace period: the streaming client has no response timeout.
        calls.unbounded("stop container " + containerId, () -> {
            try {
                connection.streaming().stopContainerCmd(containerId).withTimeout((int) Math.max(0, grace.toSeconds())).exec();
            } catch (NotModifiedException e) {
                // already stopped
            }
            return null;
        });
    }

    @Override
    public void remove(String containerId) throws EngineException {
        calls.bounded("remove container " + containerId, () -> {
            try {
                quick().removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException e) {
                // already gone
            }
            return null;
        });
    }

    @Override
    public void setRestartPolicy(String containerId, RestartPolicy policy) throws EngineException {
        calls.bounded("change the restart policy of " + containerId, () -> quick().updateContainerCmd(containerId)
                .withRestartPolicy(ContainerCreation.explicitRestartPolicy(policy)).exec());
    }

    @Override
    public List<String> logs(String containerId, int lines) throws EngineException {
        List<String> collected = new ArrayList<>();
        LogLines callback = new LogLines(collected::add, () -> { });   // awaitEnd below is the end
        try {
            calls.bounded("read the log of " + containerId, () -> {
                quick().logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(lines).exec(callback);
                callback.awaitEnd();
                return null;
            });
        } finally {
            callback.close();
        }
        synchronized (collected) {
            return List.copyOf(collected);
        }
    }

    @Override
    public AutoCloseable followLogs(String containerId, int tailLines, Consumer<String> line, Runnable ended)
            throws EngineException {
        inspect(containerId);   // a missing container fails here, not silently on the stream's thread
        LogLines callback = new LogLines(line, ended);
        connection.streaming().logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(tailLines)
                .withFollowStream(true).exec(callback);
        awaitAnswer("follow the log of " + containerId, callback);
        return callback;
    }

    @Override
    public AutoCloseable events(Map<String, String> labels, Consumer<ContainerEvent> event, Consumer<Throwable> onEnd)
            throws EngineException {
        EventStream callback = new EventStream(event, onEnd);
        connection.streaming().eventsCmd().withEventTypeFilter(EventType.CONTAINER).withLabelFilter(labels)
                .withEventFilter(EVENT_ACTIONS).exec(callback);
        awaitAnswer("follow engine events", callback);
        return callback;
    }

    @Override
    public void close() {
        calls.close();
        connection.close();
    }

    /** Waits briefly for the engine to accept a stream, so a refusal is thrown here rather than lost. */
    private void awaitAnswer(String action, StreamCallback<?> callback) throws EngineException {
        try {
            callback.awaitStart(calls.limit());
        } catch (Exception e) {
            callback.close();
            throw EngineFailures.map(action, e, EngineFailures.Kind.CONTAINER);
        }
    }

    /** docker-java itself, for tests that check what the engine really holds. */
    DockerClient client() {
        return connection.quick();
    }

    private DockerClient quick() {
        return connection.quick();
    }
}
