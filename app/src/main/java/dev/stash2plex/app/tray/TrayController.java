package dev.stash2plex.app.tray;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.health.HealthProbe;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.health.SyncNowRequest;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.supervisor.ProviderSupervisor;
import java.awt.Desktop;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray on the FX thread: renders each status into the back end and carries out the commands.
 * Anything that may block (finding the LAN address, opening a browser, stopping the container)
 * runs on {@code io} and comes back through {@code fx}.
 */
public final class TrayController {

    private static final Logger LOG = LoggerFactory.getLogger(TrayController.class);

    /**
     * What the tray opens; implemented by the windows in Main.
     *
     * @param usePort saves the settings with this provider port (the settings form's own Save), which restarts the provider
     * @param details shows the technical text behind a status, whole and selectable
     * @param library opens the Library window
     */
    public record Windows(Runnable settings, Runnable logs, IntConsumer usePort, Consumer<String> details, Runnable library,
                          Runnable about, Runnable openLogFolder) {
    }

    private final TrayBackend backend;
    private final TrayMenuFactory factory;
    private final ProviderSupervisor supervisor;
    private final QuitDialog quitDialog;
    private final Windows windows;
    private final UserMessages messages;
    private final Function<AppSettings, String> providerUrl;
    private final Executor io;
    private final Executor fx;
    private final Runnable exit;

    private final SyncNowRequest syncNow;
    private ProviderStatus status = new ProviderStatus.NotConfigured();
    private SyncHealth sync = SyncHealth.NOT_REPORTED;
    private Optional<AppSettings> settings = Optional.empty();

    public TrayController(TrayBackend backend, TrayMenuFactory factory, ProviderSupervisor supervisor, QuitDialog quitDialog,
                          Windows windows, UserMessages messages, Function<AppSettings, String> providerUrl,
                          SyncNowRequest syncNow, Executor io, Executor fx, Runnable exit) {
        this.providerUrl = providerUrl;
        this.syncNow = syncNow;
        this.backend = backend;
        this.factory = factory;
        this.supervisor = supervisor;
        this.quitDialog = quitDialog;
        this.windows = windows;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.exit = exit;
    }

    public void install() {
        backend.install(view(), this::run);
    }

    /**
     * Installs showing {@code first} rather than "not set up": with saved settings the app knows the
     * provider is coming, and a relaunch must not claim otherwise until the first real status arrives.
     */
    public void install(ProviderStatus first) {
        status = first;
        install();
    }

    public void show(ProviderStatus next) {
        status = next;
        backend.show(view());
    }

    /** The Plex sync's state from the latest health answer: the second status line, the tooltip, "Sync now". */
    public void sync(SyncHealth next) {
        if (!next.equals(sync)) {
            sync = next;
            backend.show(view());
        }
    }

    public void settings(AppSettings saved) {
        settings = Optional.of(saved);
        backend.show(view());
    }

    /** Takes the icon out of the tray: an AWT tray icon would otherwise keep the JVM alive. */
    public void remove() {
        backend.remove();
    }

    /** Shows a notification, and logs it: what the app told the user, and when, is what support asks first. */
    public void notify(Notifier.Notification notification) {
        LOG.info("Notified the user: {}: {}", notification.title(), notification.text());
        backend.notify(notification);
    }

    private TrayView view() {
        return factory.view(status, settings.flatMap(s -> plexBrowserUrl(s.plexUrl())), sync);
    }

    /** The Plex web app for the saved Plex address; the container-only name means this machine. */
    static Optional<String> plexBrowserUrl(String plexUrl) {
        if (plexUrl == null || plexUrl.isBlank()) {
            return Optional.empty();
        }
        String base = plexUrl.strip().replaceFirst("/+$", "").replace("://host.docker.internal", "://localhost");
        return Optional.of(base + "/web");
    }

    void run(TrayCommand command) {
        switch (command) {
            case START -> supervisor.start();
            case STOP -> supervisor.stop();
            case RESTART -> supervisor.restart();
            case SETTINGS -> windows.settings().run();
            case LOGS -> windows.logs().run();
            case LIBRARY -> windows.library().run();
            case COPY_URL -> copyUrl();
            case SYNC_NOW -> syncNow();
            case OPEN_PLEX -> settings.flatMap(s -> plexBrowserUrl(s.plexUrl())).ifPresent(this::browse);
            case OPEN_LOG_FOLDER -> windows.openLogFolder().run();
            case ABOUT -> windows.about().run();
            case QUIT -> quit();
            case FIX -> fix();
            case DETAILS -> new StatusText(messages).technicalDetails(status).ifPresent(windows.details());
        }
    }

    /** The fix {@link TrayMenuFactory} offered for this status. */
    private void fix() {
        if (status instanceof ProviderStatus.Failed failed && failed.problem() instanceof EngineProblem.PortInUse taken) {
            LOG.info("Port {} is in use; moving the provider to {} as the user chose", taken.port(), taken.port() + 1);
            windows.usePort().accept(taken.port() + 1);
        }
    }

    private void syncNow() {
        supervisor.answeringPort().ifPresent(port -> CompletableFuture.supplyAsync(() -> {
            try {
                SyncNowRequest.Answer answer = syncNow.send(port);
                return messages.text(answer.accepted() ? "tray.syncNow.done" : "tray.syncNow.failed", answer.said());
            } catch (HealthProbe.ProbeException e) {
                return messages.text("tray.syncNow.failed", e.getMessage());
            }
        }, io).thenAcceptAsync(text -> notify(new Notifier.Notification("sync-now", messages.text("status.app"), text, false)), fx));
    }

    private void copyUrl() {
        settings.ifPresent(s -> CompletableFuture.supplyAsync(() -> providerUrl.apply(s), io)
                .thenAcceptAsync(url -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(url);
                    Clipboard.getSystemClipboard().setContent(content);
                    notify(new Notifier.Notification("copied", messages.text("status.app"),
                            messages.text("tray.copyUrl.done", url), false));
                }, fx));
    }

    private void browse(String url) {
        io.execute(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(url));
                } else {
                    LOG.info("No browser to open {} with", url);
                }
            } catch (Exception e) {
                LOG.warn("Cannot open {} in a browser: {}", url, e.toString());
            }
        });
    }

    private void quit() {
        switch (quitDialog.ask()) {
            case LEAVE_RUNNING -> exit.run();
            case STOP -> supervisor.stop().whenCompleteAsync((done, failure) -> exit.run(), fx);
            case CANCEL -> { }
        }
    }
}
