package dev.stash2plex.app.tray;

import dev.stash2plex.app.notify.Notifier.Notification;
import java.util.function.Consumer;

/**
 * Where the status and the commands live on this desktop: a system tray icon, or a small window
 * when the desktop has no tray. Chosen once at start-up. All methods are called on the FX thread,
 * and commands arrive there too.
 */
public interface TrayBackend {

    /** Shows the first view and starts delivering the user's commands. */
    void install(TrayView first, Consumer<TrayCommand> commands);

    void show(TrayView view);

    void notify(Notification notification);

    /** True for a real tray icon: then closing the last window must not end the app. */
    boolean keepsAppAlive();

    void remove();
}
