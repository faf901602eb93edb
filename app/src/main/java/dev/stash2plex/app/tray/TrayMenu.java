package dev.stash2plex.app.tray;

/** One entry of the tray menu (and of the status window, which shows the same entries as buttons). */
public sealed interface TrayMenu {

    /** Disabled text at the top: the only status some trays show (AppIndicator has no tooltip). */
    record StatusLine(String text) implements TrayMenu {
    }

    record Action(TrayCommand command, String label, boolean enabled) implements TrayMenu {
    }

    record Separator() implements TrayMenu {
    }
}
