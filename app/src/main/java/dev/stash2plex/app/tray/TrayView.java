package dev.stash2plex.app.tray;

import java.util.List;

/** Everything a tray back end shows at one moment; a new one replaces the last. */
public record TrayView(TrayIcons.Kind icon, String tooltip, String detail, List<TrayMenu> menu) {

    public TrayView {
        menu = List.copyOf(menu);
    }
}
