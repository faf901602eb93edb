package dev.stash2plex.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.stash2plex.app.platform.OwnerOnly;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The app's logging, set up in code in one place: a small rolling file in the per-user log folder
 * (for "send me your log" support; folder 0700, files 0600) and the console. It replaces any {@code logback.xml} that arrives
 * on the class path with the provider's jar (JSON lines are right for a container, not for a desktop).
 * No secret is ever passed to a logger: settings are logged through records whose secrets print masked.
 */
public final class LoggingSetup {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";

    private LoggingSetup() {
    }

    /** The app's current log file in {@code logDir}: what the About box and the Logs window name. */
    public static Path logFile(Path logDir) {
        return logDir.resolve("stash2plex-app.log");
    }

    public static void start(Path logDir) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console(context));
        try {
            OwnerOnly.folder(logDir);
            ownerOnlyLogs(logDir);
            root.addAppender(file(context, logDir));
        } catch (IOException e) {
            root.warn("Cannot create the log folder {}; logging to the console only", logDir, e);
        }
        // Jetty and the HTTP client are chatty at INFO and add nothing a user can act on.
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(encoder(context));
        console.start();
        return console;
    }

    /** Logs an earlier version left readable by others (the appender takes care of the files it opens). */
    private static void ownerOnlyLogs(Path logDir) throws IOException {
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(logDir, "stash2plex-app*.log")) {
            for (Path log : logs) {
                OwnerOnly.file(log);
            }
        }
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path logDir) {
        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyFileAppender();
        file.setContext(context);
        file.setName("file");
        file.setFile(logFile(logDir).toString());
        file.setEncoder(encoder(context));

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir.resolve("stash2plex-app.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }
}
