package dev.stash2plex.app.docker;

import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic builder's output, line by line, to a progress callback as {@link ImageProgress}: the
 * step it is on ({@code Step 3/12 : …}), the image a {@code FROM} step fetches, and while a base image
 * downloads, the bytes per layer. Keeps the last lines and the builder's error so a failed build can
 * say why. The image id in the output is not trusted (a tool's own output can look like "Successfully
 * built …", docker-java#2184): the caller looks the image up by its tag afterwards.
 */
final class BuildOutput extends StreamCallback<BuildResponseItem> {

    private static final int KEPT_LINES = 40;
    /** The builder colours a step's stderr (ESC[91m … ESC[0m); a log view shows plain text. */
    private static final Pattern ANSI = Pattern.compile("\\e\\[[0-9;]*[A-Za-z]");
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
    private static final Pattern FROM = Pattern.compile("^FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE);
    /** {@code ${NAME}} or {@code ${NAME:-default}}: the builder prints a FROM line unexpanded. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::-([^}]*))?}");

    private final Consumer<ImageProgress> progress;
    private final Map<String, String> buildArgs;
    private final Deque<String> lastLines = new ArrayDeque<>();
    /** Per layer id: {downloaded, size}; only the stream's thread touches it. */
    private final Map<String, long[]> layers = new LinkedHashMap<>();
    private volatile String error;
    private volatile String fetching = "";
    private int step;
    private int steps;

    BuildOutput(Consumer<ImageProgress> progress, Map<String, String> buildArgs) {
        this.progress = progress;
        this.buildArgs = Map.copyOf(buildArgs);
    }

    @Override
    void item(BuildResponseItem item) {
        if (item.isErrorIndicated()) {
            error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : "the builder reported an error";
            line(error);
            return;
        }
        if (item.getId() != null && item.getProgressDetail() != null) {
            layer(item.getId(), item.getProgressDetail(), item.getStatus());
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

    /** The image the latest {@code FROM} step names: what a pull failure was fetching; empty before one. */
    String fetching() {
        return fetching;
    }

    List<String> lastLines() {
        synchronized (lastLines) {
            return List.copyOf(lastLines);
        }
    }

    /** A layer's download: reported as bytes, not kept as a line each (there are hundreds). */
    private void layer(String id, ResponseItem.ProgressDetail detail, String status) {
        Long current = detail.getCurrent();
        Long total = detail.getTotal();
        long[] sizes = layers.computeIfAbsent(id, key -> new long[2]);
        if ("Download complete".equals(status) || "Pull complete".equals(status)) {
            sizes[0] = sizes[1];
        } else if (total != null && total > 0 && "Downloading".equals(status)) {
            sizes[0] = current == null ? sizes[0] : current;
            sizes[1] = total;
        } else {
            return;
        }
        long done = layers.values().stream().mapToLong(size -> size[0]).sum();
        long all = layers.values().stream().mapToLong(size -> size[1]).sum();
        progress.accept(new ImageProgress(fetching.isEmpty() ? status : "Downloading " + fetching, step, steps, done, all));
    }

    private String expand(String image) {
        return VARIABLE.matcher(image).replaceAll(variable -> {
            String value = buildArgs.getOrDefault(variable.group(1), "");
            return Matcher.quoteReplacement(value.isEmpty() && variable.group(2) != null ? variable.group(2) : value);
        });
    }

    private void line(String line) {
        Matcher stepLine = STEP.matcher(line);
        if (stepLine.matches()) {
            step = Integer.parseInt(stepLine.group(1));
            steps = Integer.parseInt(stepLine.group(2));
            Matcher from = FROM.matcher(stepLine.group(3));
            if (from.find()) {
                fetching = expand(from.group(1));
            }
        }
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        }
        progress.accept(new ImageProgress(line, step, steps, 0, 0));
    }
}
