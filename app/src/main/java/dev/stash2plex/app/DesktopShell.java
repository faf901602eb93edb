package dev.stash2plex.app;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncNowRequest;
import dev.stash2plex.app.look.AppTheme;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.DesktopNotifications;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.notify.SyncNotifier;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.form.StatusPageModel;
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
import java.util.concurrent.CompletableFuture;
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
     * @param syncNow the tray's "Sync now", sending the admin token the provider answers
     */
    record Parts(ProviderSupervisor supervisor, Consumer<Stage> showSettings, Runnable showLogs,
                 Runnable providerStarted, Optional<AppSettings> saved, TrayIcons icons,
                 Function<AppSettings, String> providerUrl, IntConsumer usePort,
                 Consumer<ProviderStatus> settingsStatus, Runnable showLibrary, SyncNowRequest syncNow, Look look) {
    }

    /**
     * The theme, the settings window's status page, the About box and the log folder.
     *
     * @param showStatus shows the settings window's status page
     * @param openLogFolder opens the app's log folder in the file manager (returns at once)
     */
    record Look(AppTheme theme, StatusPageModel statusPage, Consumer<Stage> showStatus, Runnable showAbout,
                Runnable openLogFolder) {
    }

    private final Parts parts;
    private final UserMessages messages;
    private final Executor io;
    private final FxThread fx;
    private final ScheduledExecutorService timer;
    private TrayController tray;
    private Stage primary;
    private AppSettings saved;

    DesktopShell(Parts parts, UserMessages messages, Executor io, FxThread fx, ScheduledExecutorService timer) {
        this.parts = parts;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
    }

    /** FX thread, once. */
    public void start(Stage primary) {
        FxHandOff.requireFxThread("The desktop shell");
        this.primary = primary;
        parts.look().theme().install();
        boolean hasTray = AwtTray.supported();
        TrayBackend backend = hasTray ? new AwtTray(parts.icons(), fx) : new WindowFallback(parts.icons(), messages);
        LOG.info("Status shown {}", hasTray ? "in the system tray" : "in a window (this desktop has no tray)");
        // Only with a real tray may the app outlive its windows; otherwise closing them must quit.
        Platform.setImplicitExit(!hasTray);
        tray = new TrayController(backend, new TrayMenuFactory(messages), parts.supervisor(), new QuitDialog(messages),
                new TrayController.Windows(() -> parts.showSettings().accept(primary), parts.showLogs(),
                        parts.usePort(), new DetailsDialog(messages)::show, parts.showLibrary(),
                        parts.look().showAbout(), parts.look().openLogFolder()),
                messages, parts.providerUrl(), parts.syncNow(), io, fx, this::exit);
        // With saved settings the provider is on its way: say so until the first real status, never "not set up".
        ProviderStatus first = firstStatus(parts.saved());
        tray.install(first);
        parts.look().statusPage().status(first);
        DesktopNotifications notifications = DesktopNotifications.forThisComputer(tray::notify, io, fx);
        Notifier notifier = new Notifier(messages, this::after, DEBOUNCE, notifications);
        SyncNotifier syncNotifier = new SyncNotifier(messages, Clock.systemUTC(), ZoneId.systemDefault(), notifications);
        parts.supervisor().addSyncListener(sync -> fx.execute(() -> {
            tray.sync(sync);
            syncNotifier.update(sync);
        }));
        parts.supervisor().addListener(status -> fx.execute(() -> {
            tray.show(status);
            parts.settingsStatus().accept(status);
            parts.look().statusPage().status(status);
            notifier.status(status);
            if (status instanceof ProviderStatus.Starting) {
                parts.providerStarted().run();
            }
        }));
        parts.saved().ifPresentOrElse(settings -> {
            tray.settings(settings);
            parts.supervisor().apply(settings);
            showProviderUrl(settings);
        }, () -> parts.showSettings().accept(primary));
    }

    /**
     * A second launch asked for the app (FX thread): the settings window, shown or brought back to the
     * front and focused. Before {@link #start} there is nothing to reveal; the first window is coming.
     */
    void reveal() {
        if (primary != null) {
            (saved == null && parts.saved().isEmpty() ? parts.showSettings() : parts.look().showStatus()).accept(primary);
            primary.setIconified(false);
            primary.requestFocus();
        }
    }

    /** After Save in the settings window (FX thread). */
    void saved(AppSettings settings) {
        saved = settings;
        if (tray != null) {
            tray.settings(settings);
        }
        parts.supervisor().apply(settings);
        showProviderUrl(settings);
    }

    /** The status page's address for Plex, worked out off the FX thread (it lists the interfaces). */
    private void showProviderUrl(AppSettings settings) {
        FxHandOff.deliver(CompletableFuture.supplyAsync(() -> parts.providerUrl().apply(settings), io), fx,
                parts.look().statusPage()::providerUrl,
                failure -> LOG.warn("Cannot work out the provider's address for Plex: {}", failure.toString()));
    }

    /**
     * What the tray and the status page show before the monitor's first word: with saved settings the
     * provider is on its way ("Starting…"), so a relaunch never says "not set up" over a running provider.
     */
    static ProviderStatus firstStatus(Optional<AppSettings> saved) {
        return saved.isPresent() ? new ProviderStatus.Starting() : new ProviderStatus.NotConfigured();
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
