package dev.stash2plex.app.tray;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.tray.TrayMenu.Action;
import dev.stash2plex.app.tray.TrayMenu.Separator;
import dev.stash2plex.app.tray.TrayMenu.StatusLine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds what the tray shows from the provider's status: icon, tooltip, and the menu with each command
 * enabled only where it makes sense in that state. Pure: the same status gives the same view.
 */
public final class TrayMenuFactory {

    private final UserMessages messages;
    private final ZoneId zone;
    private final StatusText statusText;

    public TrayMenuFactory(UserMessages messages) {
        this(messages, ZoneId.systemDefault());
    }

    /** @param zone where the sync's "since 14:02" is told */
    public TrayMenuFactory(UserMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.statusText = new StatusText(messages);
    }

    /** @param plexUrl the address to open Plex at in a browser; empty hides "Open Plex" */
    public TrayView view(ProviderStatus status, Optional<String> plexUrl) {
        return view(status, plexUrl, SyncHealth.NOT_REPORTED);
    }

    /** The same with the Plex sync's line under the status, while the provider runs and reports one. */
    public TrayView view(ProviderStatus status, Optional<String> plexUrl, SyncHealth sync) {
        String line = statusText.status(status);
        Optional<String> syncLine = canStop(status) && !(status instanceof ProviderStatus.Starting)
                ? statusText.syncLine(sync, zone) : Optional.empty();
        String tooltip = messages.text("status.tooltip", line) + syncLine.map(text -> " \u00B7 " + text).orElse("");
        return new TrayView(TrayIcons.kindOf(status), tooltip, statusText.detail(status),
                menu(status, line, plexUrl.isPresent(), syncLine, syncLine.isPresent() && sync.running()));
    }

    private List<TrayMenu> menu(ProviderStatus status, String line, boolean plex, Optional<String> syncLine, boolean syncNow) {
        boolean configured = !(status instanceof ProviderStatus.NotConfigured);
        boolean engine = configured && !(status instanceof ProviderStatus.EngineUnavailable);
        List<TrayMenu> items = new ArrayList<>();
        items.add(new StatusLine("\u25CF " + line));
        syncLine.ifPresent(text -> items.add(new StatusLine("\u21BB " + text)));
        statusText.fixLabel(status).ifPresent(fix -> items.add(new Action(TrayCommand.FIX, fix, true)));
        if (statusText.technicalDetails(status).isPresent()) {
            items.add(action(TrayCommand.DETAILS, "status.action.details", true));
        }
        items.add(new Separator());
        items.add(action(TrayCommand.START, "tray.start", canStart(status)));
        items.add(action(TrayCommand.STOP, "tray.stop", canStop(status)));
        items.add(action(TrayCommand.RESTART, "tray.restart", canStop(status)));
        if (syncNow) {
            items.add(action(TrayCommand.SYNC_NOW, "tray.syncNow", true));
        }
        items.add(new Separator());
        items.add(action(TrayCommand.SETTINGS, "tray.settings", true));
        items.add(action(TrayCommand.LOGS, "tray.logs", engine));
        items.add(action(TrayCommand.LIBRARY, "tray.library", canStop(status)));
        items.add(action(TrayCommand.COPY_URL, "tray.copyUrl", configured));
        if (plex) {
            items.add(action(TrayCommand.OPEN_PLEX, "tray.openPlex", true));
        }
        items.add(new Separator());
        items.add(action(TrayCommand.OPEN_LOG_FOLDER, "tray.openLogFolder", true));
        items.add(action(TrayCommand.ABOUT, "tray.about", true));
        items.add(new Separator());
        items.add(action(TrayCommand.QUIT, "tray.quit", true));
        return items;
    }

    private Action action(TrayCommand command, String key, boolean enabled) {
        return new Action(command, messages.text(key), enabled);
    }

    static boolean canStart(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Stopped s -> true;
            case ProviderStatus.Failed f -> true;
            case ProviderStatus.Crashed c -> c.staysStopped();
            default -> false;
        };
    }

    static boolean canStop(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Starting s -> true;
            case ProviderStatus.Healthy h -> true;
            case ProviderStatus.Indexing i -> true;
            case ProviderStatus.Degraded d -> true;
            case ProviderStatus.Crashed c -> !c.staysStopped();
            default -> false;
        };
    }
}
