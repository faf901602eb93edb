package dev.stash2plex.app.autostart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Windows: a {@code Stash2Plex} value under {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run}.
 * Per user, needs no administrator, and Windows' own "Startup apps" page lists it and can switch it off.
 */
final class WindowsRunKey implements Autostart {

    static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE = "Stash2Plex";

    private final Path launcher;
    private final RegTool reg;

    WindowsRunKey(Path launcher, RegTool reg) {
        this.launcher = launcher;
        this.reg = reg;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean enabled() throws AutostartException {
        return run(List.of("query", KEY, "/v", VALUE)) == 0;
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        if (enabled) {
            // The value is a command line: quoted, because the install folder usually has a space in it.
            // The backslashes escape the quotes for reg.exe's own argument parsing.
            check(run(List.of("add", KEY, "/v", VALUE, "/t", "REG_SZ", "/d", "\\\"" + launcher + "\\\"", "/f")), "add");
        } else if (enabled()) {
            check(run(List.of("delete", KEY, "/v", VALUE, "/f")), "delete");
        }
    }

    private int run(List<String> arguments) throws AutostartException {
        try {
            return reg.run(arguments);
        } catch (IOException e) {
            throw new AutostartException("Cannot run reg " + arguments.getFirst() + ": " + e.getMessage(), e);
        }
    }

    private static void check(int exitCode, String action) throws AutostartException {
        if (exitCode != 0) {
            throw new AutostartException("reg " + action + " " + KEY + " /v " + VALUE + " failed with exit code " + exitCode);
        }
    }
}
