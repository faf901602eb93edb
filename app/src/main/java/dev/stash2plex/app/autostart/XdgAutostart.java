package dev.stash2plex.app.autostart;

import java.nio.file.Path;

/**
 * Linux and other freedesktop systems: {@code $XDG_CONFIG_HOME/autostart/stash2plex.desktop}, which
 * GNOME, KDE, XFCE, Cinnamon and friends start at login (XDG Autostart specification).
 */
final class XdgAutostart implements Autostart {

    static final String FILE_NAME = "stash2plex.desktop";

    private final EntryFile entry;
    private final Path launcher;

    XdgAutostart(Path autostartDir, Path launcher) {
        this.entry = new EntryFile(autostartDir.resolve(FILE_NAME));
        this.launcher = launcher;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean enabled() {
        return entry.exists();
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        if (enabled) {
            entry.write(desktopEntry());
        } else {
            entry.delete();
        }
    }

    String desktopEntry() {
        return """
                [Desktop Entry]
                Type=Application
                Name=Stash2Plex
                Comment=Runs the Stash2Plex provider and shows its health in the tray
                Exec=%s
                Icon=%s
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(quoteExec(launcher.toString()), icon());
    }

    /** jpackage's Linux layout: bin/Stash2Plex beside lib/Stash2Plex.png. */
    private Path icon() {
        Path bin = launcher.toAbsolutePath().getParent();
        return bin.resolveSibling("lib").resolve(launcher.getFileName() + ".png");
    }

    /**
     * Quotes a path for the Exec key: inside double quotes, {@code " ` $ \} are escaped with a
     * backslash, and the key's own escaping doubles every backslash again; {@code %} is doubled
     * because it introduces field codes (Desktop Entry Specification, "The Exec key").
     */
    static String quoteExec(String path) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : path.toCharArray()) {
            switch (c) {
                case '"', '`', '$' -> quoted.append("\\\\").append(c);
                case '\\' -> quoted.append("\\\\\\\\");
                case '%' -> quoted.append("%%");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
