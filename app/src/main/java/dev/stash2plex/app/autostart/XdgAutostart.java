package dev.stash2plex.app.autostart;

import java.nio.file.Path;

/**
 * Linux and other freedesktop systems: {@code $XDG_CONFIG_HOME/autostart/stash2plex.desktop}, which
 * GNOME, KDE, XFCE, Cinnamon and friends start at login (XDG Autostart specification).
 */
final class XdgAutostart {

    static final String FILE_NAME = "stash2plex.desktop";

    private XdgAutostart() {
    }

    static Autostart in(Path autostartDir, Path launcher) {
        return new EntryFile(autostartDir.resolve(FILE_NAME), desktopEntry(launcher));
    }

    static String desktopEntry(Path launcher) {
        return """
                [Desktop Entry]
                Type=Application
                Name=Stash2Plex
                Comment=Runs the Stash2Plex provider and shows its health in the tray
                Exec=%s
                Icon=%s
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(quoteExec(launcher.toString()), icon(launcher));
    }

    /** jpackage's Linux layout: bin/Stash2Plex beside lib/Stash2Plex.png. */
    private static Path icon(Path launcher) {
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
