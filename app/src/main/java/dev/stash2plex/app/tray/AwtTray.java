package dev.stash2plex.app.tray;

import dev.stash2plex.app.notify.Notifier.Notification;
import java.awt.AWTException;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon through {@code java.awt.SystemTray} (XEmbed on X11, the notification area on Windows,
 * the menu bar on macOS). AWT calls back on its own event thread; every callback hops to the FX thread
 * through {@code fx} before anything else happens.
 */
public final class AwtTray implements TrayBackend {

    private static final Logger LOG = LoggerFactory.getLogger(AwtTray.class);

    private final TrayIcons icons;
    private final Executor fx;
    private final List<TrayMenu> shown = new ArrayList<>();
    private TrayIcon icon;
    private Consumer<TrayCommand> commands = command -> { };

    public AwtTray(TrayIcons icons, Executor fx) {
        this.icons = icons;
        this.fx = fx;
    }

    /** Whether this desktop has a tray AWT can use; asks the toolkit, so call it once. */
    public static boolean supported() {
        return !java.awt.GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    @Override
    public void install(TrayView first, Consumer<TrayCommand> handler) {
        this.commands = handler;
        icon = new TrayIcon(image(first), first.tooltip(), new PopupMenu());
        icon.setImageAutoSize(true);
        try {
            SystemTray.getSystemTray().add(icon);
        } catch (AWTException e) {
            throw new IllegalStateException("The system tray refused the icon", e);
        }
        show(first);
    }

    @Override
    public void show(TrayView view) {
        icon.setImage(image(view));
        icon.setToolTip(view.tooltip());
        if (!sameShape(view.menu())) {
            rebuild(view.menu());
        } else {
            update(view.menu());
        }
        shown.clear();
        shown.addAll(view.menu());
    }

    @Override
    public void notify(Notification notification) {
        icon.displayMessage(notification.title(), notification.text(),
                notification.problem() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
    }

    @Override
    public boolean keepsAppAlive() {
        return true;
    }

    @Override
    public void remove() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
        }
    }

    /** The icon at the size the tray asks for, picked from the drawn sizes. */
    private Image image(TrayView view) {
        int size = SystemTray.getSystemTray().getTrayIconSize().height;
        return icons.image(view.icon(), size);
    }

    private boolean sameShape(List<TrayMenu> menu) {
        if (menu.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < menu.size(); i++) {
            TrayMenu a = menu.get(i);
            TrayMenu b = shown.get(i);
            boolean same = a.getClass() == b.getClass()
                    && (!(a instanceof TrayMenu.Action x) || x.command() == ((TrayMenu.Action) b).command());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Changes labels in place, so an open menu is not torn down under the user's pointer. */
    private void update(List<TrayMenu> menu) {
        PopupMenu popup = icon.getPopupMenu();
        for (int i = 0; i < menu.size(); i++) {
            if (popup.getItem(i) instanceof MenuItem item) {
                switch (menu.get(i)) {
                    case TrayMenu.StatusLine line -> item.setLabel(line.text());
                    case TrayMenu.Action action -> {
                        item.setLabel(action.label());
                        item.setEnabled(action.enabled());
                    }
                    case TrayMenu.Separator separator -> { }
                }
            }
        }
    }

    private void rebuild(List<TrayMenu> menu) {
        PopupMenu popup = new PopupMenu();
        for (TrayMenu entry : menu) {
            switch (entry) {
                case TrayMenu.StatusLine line -> {
                    MenuItem item = new MenuItem(line.text());
                    item.setEnabled(false);
                    popup.add(item);
                }
                case TrayMenu.Action action -> {
                    MenuItem item = new MenuItem(action.label());
                    item.setEnabled(action.enabled());
                    item.addActionListener(e -> fx.execute(() -> commands.accept(action.command())));
                    popup.add(item);
                }
                case TrayMenu.Separator separator -> popup.addSeparator();
            }
        }
        icon.setPopupMenu(popup);
        LOG.debug("Tray menu rebuilt with {} entries", menu.size());
    }
}
