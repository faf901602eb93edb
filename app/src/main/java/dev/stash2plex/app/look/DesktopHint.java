package dev.stash2plex.app.look;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a Linux desktop says about light and dark where JavaFX cannot see it: GNOME 42+ and its
 * relatives keep the choice in {@code gsettings}' {@code color-scheme} ({@code 'prefer-dark'}), while
 * JavaFX reads only the GTK theme's colours, which stay light under libadwaita. Older desktops name a
 * dark GTK theme ({@code Adwaita-dark}, {@code Yaru-dark}). Blocking (runs {@code gsettings}): asked
 * once, before the toolkit starts, never on the FX thread.
 */
public final class DesktopHint {

    private static final String SCHEMA = "org.gnome.desktop.interface";

    private DesktopHint() {
    }

    /** The desktop's wish on this computer, empty when it has none or this is not Linux. */
    public static Optional<Scheme> ofThisComputer() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return read(gsettings("color-scheme"), gsettings("gtk-theme"));
    }

    /** From {@code gsettings get} answers (quoted, as it prints them); either may be empty. */
    static Optional<Scheme> read(String colorScheme, String gtkTheme) {
        String scheme = unquote(colorScheme);
        if (scheme.equals("prefer-dark")) {
            return Optional.of(Scheme.DARK);
        }
        if (scheme.equals("prefer-light")) {
            return Optional.of(Scheme.LIGHT);
        }
        String theme = unquote(gtkTheme).toLowerCase(Locale.ROOT);
        return theme.endsWith("-dark") || theme.endsWith(":dark") || theme.contains("-dark-")
                ? Optional.of(Scheme.DARK) : Optional.empty();
    }

    private static String unquote(String answer) {
        return answer == null ? "" : answer.strip().replaceAll("^'|'$", "");
    }

    /** One key's value, or "" when gsettings is missing, slow or knows no such key. */
    private static String gsettings(String key) {
        try {
            Process process = new ProcessBuilder(List.of("gsettings", "get", SCHEMA, key))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return process.exitValue() == 0 ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
