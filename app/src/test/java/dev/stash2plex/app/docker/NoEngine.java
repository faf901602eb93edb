package dev.stash2plex.app.docker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** An engine that answered the locator's ping and is never used: every call fails. */
final class NoEngine implements ContainerEngine {

    @Override
    public EngineInfo info() {
        return new EngineInfo("test", "Docker", "0", "0", "test");
    }

    @Override
    public void build(Path context, String target, String tag, Map<String, String> args, Map<String, String> labels,
            Consumer<ImageProgress> progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Map<String, String>> imageLabels(String tag) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ContainerState> containers(Map<String, String> labels) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String create(ContainerSpec spec) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String createOneOff(ContainerSpec spec, List<String> entrypoint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContainerState inspect(String containerId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void start(String containerId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stop(String containerId, Duration grace) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(String containerId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRestartPolicy(String containerId, RestartPolicy policy) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> logs(String containerId, int lines) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AutoCloseable followLogs(String containerId, int tailLines, Consumer<String> line, Runnable ended) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AutoCloseable events(Map<String, String> labels, Consumer<ContainerEvent> event, Consumer<Throwable> onEnd) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
