package dev.stash2plex.app.autostart;

import java.nio.file.Path;

/** macOS: {@code ~/Library/LaunchAgents/dev.stash2plex.app.plist}, which launchd runs at login. */
final class LaunchAgent implements Autostart {

    static final String LABEL = "dev.stash2plex.app";

    private final EntryFile entry;
    private final Path launcher;

    LaunchAgent(Path launchAgentsDir, Path launcher) {
        this.entry = new EntryFile(launchAgentsDir.resolve(LABEL + ".plist"));
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
            entry.write(plist());
        } else {
            entry.delete();
        }
    }

    /** RunAtLoad only, no KeepAlive: quitting from the tray must stay quit until the next login. */
    String plist() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                    <string>%s</string>
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                  <key>ProcessType</key>
                  <string>Interactive</string>
                </dict>
                </plist>
                """.formatted(LABEL, xml(launcher.toString()));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
