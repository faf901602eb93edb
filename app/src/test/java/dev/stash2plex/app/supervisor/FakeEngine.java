package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerEvent;
import dev.stash2plex.app.docker.ContainerSpec;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.EngineInfo;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.docker.RestartPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An engine in memory for the state-machine tests: containers are plain records, events are sent by
 * the test, and every call is recorded. The real engine is exercised by the *IT tests.
 */
public final class FakeEngine implements ContainerEngine {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Map<String, ContainerState> containers = new ConcurrentHashMap<>();
    public volatile boolean available = true;
    public volatile List<String> logLines = List.of("line 1", "line 2");
    private volatile Consumer<ContainerEvent> events;
    private volatile Consumer<Throwable> eventsEnded;

    public static ContainerState state(String id, String status, int exitCode) {
        return new ContainerState(id, "stash2plex-provider", "stash2plex/provider", status, null, exitCode, false, 0,
                Instant.EPOCH, null, Map.of());
    }

    public void emit(String id, String action, Integer exitCode) {
        events.accept(new ContainerEvent(id, action, exitCode, Instant.now()));
    }

    public void endEvents(Throwable failure) {
        eventsEnded.accept(failure);
    }

    public boolean subscribed() {
        return events != null;
    }

    private void check() throws EngineException {
        if (!available) {
            throw new EngineException.Unavailable("unix:///var/run/docker.sock: Connection refused", null);
        }
    }

    @Override
    public EngineInfo info() throws EngineException.Unavailable {
        if (!available) {
            throw new EngineException.Unavailable("unix:///var/run/docker.sock: Connection refused", null);
        }
        return new EngineInfo("unix:///var/run/docker.sock", "Docker", "29.0", "1.52", "linux");
    }

    @Override
    public void build(Path context, String target, String tag, Map<String, String> args, Map<String, String> labels,
                      Consumer<ImageProgress> progress) throws EngineException {
        check();
        calls.add("build " + tag);
    }

    @Override
    public Optional<Map<String, String>> imageLabels(String tag) throws EngineException {
        check();
        return Optional.empty();
    }

    @Override
    public List<ContainerState> containers(Map<String, String> labels) throws EngineException {
        check();
        return List.copyOf(containers.values());
    }

    @Override
    public String create(ContainerSpec spec) throws EngineException {
        check();
        throw new UnsupportedOperationException("the fake deployment creates containers");
    }

    @Override
    public String createOneOff(ContainerSpec spec, List<String> entrypoint) throws EngineException {
        check();
        throw new UnsupportedOperationException("the supervisor runs no one-off containers");
    }

    @Override
    public ContainerState inspect(String id) throws EngineException {
        check();
        ContainerState state = containers.get(id);
        if (state == null) {
            throw new EngineException.NotFound(id, null);
        }
        return state;
    }

    @Override
    public void start(String id) throws EngineException {
        check();
        calls.add("start " + id);
        containers.computeIfPresent(id, (k, s) -> state(id, "running", 0));
    }

    @Override
    public void stop(String id, Duration grace) throws EngineException {
        check();
        calls.add("stop " + id);
        containers.computeIfPresent(id, (k, s) -> state(id, "exited", 143));
    }

    @Override
    public void remove(String id) throws EngineException {
        check();
        calls.add("remove " + id);
        containers.remove(id);
    }

    @Override
    public void setRestartPolicy(String id, RestartPolicy policy) throws EngineException {
        check();
        calls.add("restart-policy " + id + " " + policy);
    }

    @Override
    public List<String> logs(String id, int lines) throws EngineException {
        check();
        return logLines;
    }

    @Override
    public AutoCloseable followLogs(String id, int tail, Consumer<String> line, Runnable ended) throws EngineException {
        check();
        logLines.forEach(line);
        return () -> { };
    }

    @Override
    public AutoCloseable events(Map<String, String> labels, Consumer<ContainerEvent> event, Consumer<Throwable> onEnd)
            throws EngineException {
        check();
        calls.add("events");
        events = event;
        eventsEnded = onEnd;
        return () -> calls.add("events closed");
    }

    @Override
    public void close() {
    }
}
