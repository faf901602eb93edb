package dev.stash2plex.app.tray;

/** What the user can ask for from the tray. */
public enum TrayCommand {
    START, STOP, RESTART, SETTINGS, LOGS, COPY_URL, OPEN_PLEX, OPEN_LOG_FOLDER, ABOUT, QUIT
}
