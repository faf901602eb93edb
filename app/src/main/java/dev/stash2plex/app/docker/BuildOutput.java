package dev.stash2plex.app.docker;

import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The classic builder's output, line by line, to a progress callback; keeps the last lines and
 * the builder's error so a failed build can say why. The image id in the output is not trusted
 * (a tool's own output can look like "Successfully built …", docker-java#2184): the caller looks
 * the image up by its tag afterwards.
 */
final class BuildOutput extends StreamCallback<BuildResponseItem> {

    private static final int KEPT_LINES = 15;
    /** The builder colours a step's stderr (ESC[91m … ESC[0m); a log view shows plain text. */
    private static final Pattern ANSI = Pattern.compile("\\e\\[[0-9;]*[A-Za-z]");

    private final Consumer<String> progress;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private volatile String error;

    BuildOutput(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    void item(BuildResponseItem item) {
        if (item.isErrorIndicated()) {
            error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : "the builder reported an error";
            line(error);
            return;
        }
        String text = item.getStream() != null ? item.getStream() : item.getStatus();
        if (text != null) {
            ANSI.matcher(text).replaceAll("").lines().map(String::stripTrailing).filter(line -> !line.isEmpty())
                    .forEach(this::line);
        }
    }

    /** The builder's own error message, or null when it reported none. */
    String error() {
        return error;
    }

    List<String> lastLines() {
        synchronized (lastLines) {
            return List.copyOf(lastLines);
        }
    }

    private void line(String line) {
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        }
        progress.accept(line);
    }
}
