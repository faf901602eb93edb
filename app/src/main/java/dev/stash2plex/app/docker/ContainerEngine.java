package dev.stash2plex.app.docker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The app's only view of a Docker-compatible engine: what the supervisor needs and nothing more,
 * in our own records. Every call blocks (run it off the FX thread) and fails with a typed
 * {@link EngineException}. Everything this creates carries {@link Labels#MANAGED}.
 */
public interface ContainerEngine extends AutoCloseable {

    /** Which engine answered and how: for the status line and the logs. */
    EngineInfo info() throws EngineException;

    /**
     * Builds an image from a context folder (classic builder: no BuildKit-only syntax), reporting
     * its progress (steps, lines, download bytes). The image is found by its tag afterwards, not by a parsed id.
     */
    void build(Path context, String dockerfileTarget, String tag, Map<String, String> buildArgs,
            Map<String, String> labels, Consumer<ImageProgress> progress) throws EngineException;

    /** The labels of the image with this tag, or empty when there is no such image. */
    Optional<Map<String, String>> imageLabels(String tag) throws EngineException;

    /** Every container (running or not) carrying all of these labels. */
    List<ContainerState> containers(Map<String, String> labels) throws EngineException;

    /**
     * Creates (does not start) a container; returns its id. On an engine that sees the host's file
     * owners (rootful or rootless Linux), it runs as a user that can read the owner-only config folder.
     */
    String create(ContainerSpec spec) throws EngineException;

    /**
     * Creates (does not start) a one-off container of the spec's image, for {@link OneOffRun}: the same network,
     * mounts, user and hardening as {@link #create}, no published port, no restart, {@code entrypoint}
     * run instead of the image's. Returns its id.
     */
    String createOneOff(ContainerSpec spec, List<String> entrypoint) throws EngineException;

    ContainerState inspect(String containerId) throws EngineException;

    void start(String containerId) throws EngineException;

    /** Sends SIGTERM, then SIGKILL after {@code grace}. Stopping a stopped container is not an error. */
    void stop(String containerId, Duration grace) throws EngineException;

    /** Removes the container (forcefully if it runs). Removing a missing container is not an error. */
    void remove(String containerId) throws EngineException;

    /** Changes the restart policy of an existing container, e.g. to stop a crash loop restarting. */
    void setRestartPolicy(String containerId, RestartPolicy policy) throws EngineException;

    /** The last {@code lines} lines of the container's stdout and stderr. */
    List<String> logs(String containerId, int lines) throws EngineException;

    /**
     * Follows the container's log from {@code tailLines} back; lines arrive on a background thread
     * until the returned handle is closed or the container stops or goes away, when {@code ended} runs
     * (once, and not after the handle was closed).
     */
    AutoCloseable followLogs(String containerId, int tailLines, Consumer<String> line, Runnable ended) throws EngineException;

    /**
     * Streams container events for containers carrying these labels; {@code onEnd} is called once
     * when the stream ends or fails (the caller reconnects). Closing the handle ends it quietly.
     */
    AutoCloseable events(Map<String, String> labels, Consumer<ContainerEvent> event, Consumer<Throwable> onEnd)
            throws EngineException;

    @Override
    void close();
}
