package dev.stash2plex.app;

import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.notify.SyncNotifier;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.supervisor.ProviderSupervisor;
import dev.stash2plex.app.tray.AwtTray;
import dev.stash2plex.app.tray.DetailsDialog;
import dev.stash2plex.app.tray.QuitDialog;
import dev.stash2plex.app.tray.TrayBackend;
import dev.stash2plex.app.tray.TrayController;
import dev.stash2plex.app.tray.TrayIcons;
import dev.stash2plex.app.tray.TrayMenuFactory;
import dev.stash2plex.app.tray.WindowFallback;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app puts on the desktop once the toolkit runs: the tray (or its window fallback, chosen
 * once), the notifications, and the first window. Status reaches it from the monitor's lane through
 * one hand-off to the FX thread.
 */
public final class DesktopShell {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopShell.class);
    private static final Duration DEBOUNCE = Duration.ofSeconds(10);

    /**
     * What the shell opens and drives; made in {@link Main}.
     *
     * @param providerStarted told when the container starts (again), so an open log window follows the new run
     * @param providerUrl the address Plex should use for these settings (blocking: lists interfaces)
     * @param usePort a failure's fix: the settings saved with this port, through the settings form's Save
     * @param settingsStatus the settings window's provider status line, fed each status
     */
    record Parts(ProviderSupervisor supervisor, Consumer<Stage> showSettings, Runnable showLogs,
                 Runnable providerStarted, Optional<AppSettings> saved, TrayIcons icons,
                 Function<AppSettings, String> providerUrl, IntConsumer usePort,
                 Consumer<ProviderStatus> settingsStatus, Runnable showLibrary) {
    }

    private final Parts parts;
    private final UserMessages messages;
    private final Executor io;
    private final FxThread fx;
    private final ScheduledExecutorService timer;
    private TrayController tray;
    private Stage primary;

    DesktopShell(Parts parts, UserMessages messages, Executor io, FxThread fx, ScheduledExecutorService timer) {
        this.parts = parts;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
    }

    /** FX thread, once. */
    public void start(Stage primary) {
        this.primary = primary;
        boolean hasTray = AwtTray.supported();
        TrayBackend backend = hasTray ? new AwtTray(parts.icons(), fx) : new WindowFallback(parts.icons(), messages);
        LOG.info("Status shown {}", hasTray ? "in the system tray" : "in a window (this desktop has no tray)");
        // Only with a real tray may the app outlive its windows; otherwise closing them must quit.
        Platform.setImplicitExit(!hasTray);
        tray = new TrayController(backend, new TrayMenuFactory(messages), parts.supervisor(), new QuitDialog(messages),
                new TrayController.Windows(() -> parts.showSettings().accept(primary), parts.showLogs(),
                        parts.usePort(), new DetailsDialog(messages)::show, parts.showLibrary()),
                messages, parts.providerUrl(), io, fx, this::exit);
        tray.install();
        Notifier notifier = new Notifier(messages, this::after, DEBOUNCE, tray::notify);
        SyncNotifier syncNotifier = new SyncNotifier(messages, Clock.systemUTC(), ZoneId.systemDefault(), tray::notify);
        parts.supervisor().addSyncListener(sync -> fx.execute(() -> {
            tray.sync(sync);
            syncNotifier.update(sync);
        }));
        parts.supervisor().addListener(status -> fx.execute(() -> {
            tray.show(status);
            parts.settingsStatus().accept(status);
            notifier.status(status);
            if (status instanceof ProviderStatus.Starting) {
                parts.providerStarted().run();
            }
        }));
        parts.saved().ifPresentOrElse(settings -> {
            tray.settings(settings);
            parts.supervisor().apply(settings);
        }, () -> parts.showSettings().accept(primary));
    }

    /**
     * A second launch asked for the app (FX thread): the settings window, shown or brought back to the
     * front and focused. Before {@link #start} there is nothing to reveal; the first window is coming.
     */
    void reveal() {
        if (primary != null) {
            parts.showSettings().accept(primary);
            primary.setIconified(false);
            primary.requestFocus();
        }
    }

    /** After Save in the settings window (FX thread). */
    void saved(AppSettings settings) {
        if (tray != null) {
            tray.settings(settings);
        }
        parts.supervisor().apply(settings);
    }

    /** Notifier delays: timed on the shared timer, run on the FX thread. */
    private Runnable after(Duration delay, Runnable action) {
        ScheduledFuture<?> due = timer.schedule(() -> fx.execute(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> due.cancel(false);
    }

    private void exit() {
        tray.remove();
        Platform.exit();
    }

}
