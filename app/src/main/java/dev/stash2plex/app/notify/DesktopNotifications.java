package dev.stash2plex.app.notify;

import dev.stash2plex.app.notify.Notifier.Notification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows notifications through the desktop's own service ({@link NativeCommand}) where there is one,
 * and through {@code fallback} (the tray's balloon) where there is none or the command fails. The
 * command runs on {@code io}; the fallback is handed to {@code ui}, the thread the tray wants.
 */
public final class DesktopNotifications implements Consumer<Notification> {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifications.class);
    private static final long WAIT_SECONDS = 5;

    private final Optional<NativeCommand.Located> command;
    private final Consumer<Notification> fallback;
    private final Executor io;
    private final Executor ui;

    public DesktopNotifications(Optional<NativeCommand.Located> command, Consumer<Notification> fallback, Executor io, Executor ui) {
        this.command = command;
        this.fallback = fallback;
        this.io = io;
        this.ui = ui;
        LOG.info("Notifications shown {}", command.map(c -> "through " + c.executable() + " (org.freedesktop.Notifications)")
                .orElse("by the tray icon"));
    }

    /** The way this computer offers, run in the app's own environment (the desktop session's). */
    public static DesktopNotifications forThisComputer(Consumer<Notification> fallback, Executor io, Executor ui) {
        return new DesktopNotifications(NativeCommand.find(System.getProperty("os.name", ""), System.getenv()),
                fallback, io, ui);
    }

    @Override
    public void accept(Notification notification) {
        if (command.isEmpty()) {
            fallback.accept(notification);
            return;
        }
        io.execute(() -> {
            if (shown(command.get(), notification)) {
                LOG.info("Notified the user: {}: {}", notification.title(), notification.text());
            } else {
                ui.execute(() -> fallback.accept(notification));
            }
        });
    }

    /** Runs the command; false when it could not show the notification (no service, no bus, too slow). */
    static boolean shown(NativeCommand.Located command, Notification notification) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command.command(notification)).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(command.environment());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("{} did not answer within {} s; showing the notification in the tray", command.kind().tool(), WAIT_SECONDS);
                return false;
            }
            if (process.exitValue() != 0) {
                String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                LOG.warn("{} could not show a notification (exit {}): {}; showing it in the tray", command.kind().tool(),
                        process.exitValue(), said);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot run {}: {}; showing the notification in the tray", command.kind().tool(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
