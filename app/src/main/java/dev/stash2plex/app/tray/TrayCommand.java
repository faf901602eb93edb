package dev.stash2plex.app.tray;

/** What the user can ask for from the tray. */
public enum TrayCommand {
    START, STOP, RESTART, SETTINGS, LOGS, LIBRARY, COPY_URL, OPEN_PLEX, SYNC_NOW, OPEN_LOG_FOLDER, ABOUT, QUIT,
    /** A failure's one-click fix (e.g. "Use port 9091" when the port is taken). */
    FIX,
    /** The full technical text behind the status sentence. */
    DETAILS
}
