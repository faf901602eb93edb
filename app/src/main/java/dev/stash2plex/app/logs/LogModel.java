package dev.stash2plex.app.logs;

import dev.stash2plex.app.messages.UserMessages;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log window's state: the last {@value #KEPT} lines, read into {@link LogEntry}s, the search filter
 * (over the text as shown), the follow switch, and the texts to copy. FX thread only; lines come in
 * batches from {@link LogBuffer}.
 */
public final class LogModel {

    private static final Logger LOG = LoggerFactory.getLogger(LogModel.class);
    static final int KEPT = 5000;
    private static final int TAIL = 500;

    private final LogSource source;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final ZoneId zone;
    private final ObservableList<LogEntry> lines = FXCollections.observableArrayList();
    private final FilteredList<LogEntry> visible = new FilteredList<>(lines);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final AppLines appLines;
    private AutoCloseable following;
    private AutoCloseable followingApp;
    private int session;
    private boolean showing;

    /** The app's own warnings and errors, as JSON lines like the provider's; {@link #follow} until closed. */
    @FunctionalInterface
    public interface AppLines {
        AutoCloseable follow(java.util.function.Consumer<String> line);

        static AppLines none() {
            return line -> () -> { };
        }
    }

    public LogModel(LogSource source, UserMessages messages, Executor io, Executor fx, ScheduledExecutorService timer,
                    ZoneId zone) {
        this(source, AppLines.none(), messages, io, fx, timer, zone);
    }

    /** @param appLines the app's own problems, shown among the provider's lines */
    public LogModel(LogSource source, AppLines appLines, UserMessages messages, Executor io, Executor fx,
                    ScheduledExecutorService timer, ZoneId zone) {
        this.appLines = appLines;
        this.source = source;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
        this.zone = zone;
        search.addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(needle.isEmpty() ? null : entry -> shown(entry).toLowerCase(Locale.ROOT).contains(needle));
            updateSummary();
        });
    }

    /** Starts following the log afresh (the window was opened). */
    public void open() {
        close();
        showing = true;
        lines.clear();
        updateSummary();
        int mine = ++session;
        LogBuffer buffer = new LogBuffer(KEPT, Duration.ofMillis(150), timer, fx, batch -> {
            if (mine == session) {
                append(batch);
            }
        });
        followingApp = appLines.follow(buffer::append);
        CompletableFuture.supplyAsync(() -> {
            try {
                // The end goes through the buffer too, so it is shown after the container's last lines.
                return source.follow(TAIL, buffer::append, () -> buffer.append(messages.text("logs.stopped")));
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenCompleteAsync((handle, failure) -> {
            if (failure != null) {
                LOG.info("Cannot follow the provider log: {}", failure.getCause().getMessage());
                summary.set(messages.text("logs.unavailable", failure.getCause().getMessage()));
            } else if (mine != session) {
                closeQuietly(handle);
            } else {
                following = handle;
            }
        }, fx);
    }

    /**
     * The provider container started (again, or a new one after a settings change): an open window
     * follows it from its start, since the old stream ended with the old run. FX thread.
     */
    public void providerStarted() {
        if (showing) {
            open();
        }
    }

    /** Stops following (the window was closed); the lines stay until the next open. */
    public void close() {
        showing = false;
        session++;
        closeQuietly(following);
        following = null;
        closeQuietly(followingApp);
        followingApp = null;
    }

    void append(List<String> batch) {
        lines.addAll(batch.stream().map(LogEntry::parse).toList());
        if (lines.size() > KEPT) {
            lines.remove(0, lines.size() - KEPT);
        }
        updateSummary();
    }

    /** An entry as the window shows it: what the search looks in. */
    private String shown(LogEntry entry) {
        return entry.shortText(zone);
    }

    /** The same, in pieces the view styles. */
    public List<LogEntry.Part> parts(LogEntry entry) {
        return entry.parts(zone);
    }

    public String allText() {
        return text(visible);
    }

    /** What Copy puts on the clipboard for these entries: each with its date, for a bug report. */
    public String text(List<LogEntry> entries) {
        return String.join("\n", entries.stream().map(entry -> entry.fullText(zone)).toList());
    }

    private void updateSummary() {
        summary.set(messages.text("logs.count", visible.size(), lines.size()));
    }

    private static void closeQuietly(AutoCloseable handle) {
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.debug("Closing the log stream: {}", e.getMessage());
            }
        }
    }

    public ObservableList<LogEntry> visible() {
        return visible;
    }

    public StringProperty search() {
        return search;
    }

    public BooleanProperty follow() {
        return follow;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
