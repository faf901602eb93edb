package dev.stash2plex.app.autostart;

import java.nio.file.Path;

/** macOS: {@code ~/Library/LaunchAgents/dev.stash2plex.app.plist}, which launchd runs at login. */
final class LaunchAgent {

    static final String LABEL = "dev.stash2plex.app";

    private LaunchAgent() {
    }

    static Autostart in(Path launchAgentsDir, Path launcher) {
        return new EntryFile(launchAgentsDir.resolve(LABEL + ".plist"), plist(launcher));
    }

    /** RunAtLoad only, no KeepAlive: quitting from the tray must stay quit until the next login. */
    static String plist(Path launcher) {
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
