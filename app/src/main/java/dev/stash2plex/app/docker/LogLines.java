package dev.stash2plex.app.docker;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A container's log frames as whole lines. The engine frames output by write, not by line, so a
 * line can span frames and a frame can hold several lines; stdout and stderr are joined separately.
 * At the end of the stream the unfinished lines are handed on, then {@code ended} runs.
 */
final class LogLines extends StreamCallback<Frame> {

    private final Consumer<String> line;
    private final Runnable ended;
    private final Map<StreamType, ByteArrayOutputStream> partial = new EnumMap<>(StreamType.class);

    LogLines(Consumer<String> line, Runnable ended) {
        this.line = line;
        this.ended = ended;
    }

    @Override
    void item(Frame frame) {
        ByteArrayOutputStream pending;
        synchronized (partial) {
            pending = partial.computeIfAbsent(frame.getStreamType(), type -> new ByteArrayOutputStream());
        }
        for (byte b : frame.getPayload()) {
            if (b == '\n') {
                emit(pending);
            } else {
                pending.write(b);
            }
        }
    }

    @Override
    void ended(Throwable failure) {
        synchronized (partial) {
            partial.values().stream().filter(pending -> pending.size() > 0).forEach(this::emit);
        }
        ended.run();
    }

    private void emit(ByteArrayOutputStream pending) {
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        line.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
