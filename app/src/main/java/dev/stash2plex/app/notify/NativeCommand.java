package dev.stash2plex.app.notify;

import dev.stash2plex.app.notify.Notifier.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command that shows a notification through the desktop's own service, where there is one: on
 * Linux the freedesktop {@code org.freedesktop.Notifications} D-Bus service, through {@code notify-send}
 * or, where libnotify's tool is missing, {@code gdbus} (part of GLib, so on nearly every desktop). The
 * whole text goes over, so the desktop wraps it instead of AWT cutting it short. Pure: building the
 * command runs nothing.
 */
public enum NativeCommand {
    NOTIFY_SEND, GDBUS;

    static final String APP_NAME = "Stash2Plex";
    /** How long a notification stays, in milliseconds: long enough to read a problem. */
    static final int SHOWN_FOR_MS = 10_000;

    /**
     * A command found on this system: which one, the file that runs it, and the environment it runs in,
     * the one it was found with (the desktop session's: {@code DBUS_SESSION_BUS_ADDRESS} says which bus
     * the service is on).
     */
    public record Located(NativeCommand kind, Path executable, Map<String, String> environment) {

        public Located {
            environment = Map.copyOf(environment);
        }

        /** The process to run: the located file with the command's arguments. */
        public List<String> command(Notification notification) {
            List<String> arguments = new java.util.ArrayList<>(kind.arguments(notification));
            arguments.set(0, executable.toString());
            return arguments;
        }
    }

    /**
     * The tool to use on this system: Linux only, the first of notify-send and gdbus on the environment's
     * PATH, to be run in that environment.
     */
    public static Optional<Located> find(String osName, Map<String, String> environment) {
        String path = environment.get("PATH");
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || path == null) {
            return Optional.empty();
        }
        List<Path> dirs = Arrays.stream(path.split(java.io.File.pathSeparator)).filter(d -> !d.isBlank()).map(Path::of).toList();
        for (NativeCommand command : values()) {
            Optional<Path> file = dirs.stream().map(dir -> dir.resolve(command.tool())).filter(Files::isExecutable).findFirst();
            if (file.isPresent()) {
                return Optional.of(new Located(command, file.get(), environment));
            }
        }
        return Optional.empty();
    }

    String tool() {
        return this == NOTIFY_SEND ? "notify-send" : "gdbus";
    }

    /** The argument list (no shell involved, so nothing in the text is interpreted). */
    public List<String> arguments(Notification notification) {
        String icon = notification.problem() ? "dialog-warning" : "dialog-information";
        String urgency = notification.problem() ? "critical" : "normal";
        return switch (this) {
            case NOTIFY_SEND -> List.of("notify-send", "--app-name=" + APP_NAME, "--urgency=" + urgency,
                    "--icon=" + icon, "--expire-time=" + SHOWN_FOR_MS, "--", notification.title(), notification.text());
            case GDBUS -> List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                    "--object-path", "/org/freedesktop/Notifications", "--method", "org.freedesktop.Notifications.Notify",
                    gvariant(APP_NAME), "uint32 0", gvariant(icon), gvariant(notification.title()),
                    gvariant(notification.text()), "@as []",
                    "{'urgency': <byte " + (notification.problem() ? 2 : 1) + ">}", "int32 " + SHOWN_FOR_MS);
        };
    }

    /** A GVariant string literal: gdbus parses each argument in that text format. */
    static String gvariant(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
