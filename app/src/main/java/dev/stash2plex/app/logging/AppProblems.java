package dev.stash2plex.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The app's own warnings and errors, kept (the last {@code kept}) and passed on as they happen, so the
 * Logs window shows them among the provider's lines: a failure of the app itself is not only in a file
 * the user never opens. Each is a JSON line in the provider's own shape ({@code ts}, {@code level},
 * {@code msg}) with {@code source=app}. Log lines carry no secrets (the app's rule), so neither do these.
 */
public final class AppProblems extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int kept;
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private AppProblems(int kept) {
        this.kept = kept;
    }

    /** Listens to the root logger of the running Logback from now on, until closed. */
    public static AppProblems attach(int kept) {
        AppProblems problems = new AppProblems(kept);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            problems.setContext(context);
            problems.setName("app-problems");
            problems.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(problems);
        }
        return problems;
    }

    /**
     * Sends the kept lines, then each new one, to {@code line} (on the logging thread) until the handle
     * is closed.
     */
    public AutoCloseable follow(Consumer<String> line) {
        synchronized (recent) {
            recent.forEach(line);
            listeners.add(line);
        }
        return () -> listeners.remove(line);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String line = line(event);
        synchronized (recent) {
            recent.addLast(line);
            while (recent.size() > kept) {
                recent.removeFirst();
            }
        }
        listeners.forEach(listener -> listener.accept(line));
    }

    static String line(ILoggingEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ts", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        node.put("level", event.getLevel().toString());
        node.put("msg", event.getFormattedMessage());
        node.put("source", "app");
        if (event.getThrowableProxy() != null) {
            node.put("error", event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage());
        }
        return node.toString();
    }

    @Override
    public void close() {
        if (getContext() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.detachAppender(this);
        }
        stop();
    }
}
