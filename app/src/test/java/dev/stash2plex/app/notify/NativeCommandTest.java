package dev.stash2plex.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCommandTest {

    private static final String LONG = "The provider keeps stopping (exit code 1), so automatic restarts were switched off. "
            + "It said: \u201cS2P_LOG_LEVEL must be one of trace, debug, info, warn, error\u201d Fix the cause in Settings\u2026";
    private final Notifier.Notification problem = new Notifier.Notification("crash-loop", "Stash2Plex: it's 'down'", LONG, true);

    @TempDir
    Path dir;

    @Test
    void notifySendGetsTheWholeTextAfterTheEndOfOptions() {
        assertThat(NativeCommand.NOTIFY_SEND.arguments(problem)).containsExactly("notify-send", "--app-name=Stash2Plex",
                "--urgency=critical", "--icon=dialog-warning", "--expire-time=10000", "--", "Stash2Plex: it's 'down'", LONG);
    }

    @Test
    void gdbusCallsTheFreedesktopServiceWithQuotedStrings() {
        List<String> call = NativeCommand.GDBUS.arguments(new Notifier.Notification("healthy", "Stash2Plex: Running",
                "a\\b\nc", false));
        assertThat(call).startsWith("gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications",
                "--object-path", "/org/freedesktop/Notifications", "--method", "org.freedesktop.Notifications.Notify");
        assertThat(call.subList(9, call.size())).containsExactly("'Stash2Plex'", "uint32 0", "'dialog-information'",
                "'Stash2Plex: Running'", "'a\\\\b\\nc'", "@as []", "{'urgency': <byte 1>}", "int32 10000");
        assertThat(NativeCommand.gvariant("it's")).isEqualTo("'it\\'s'");
    }

    @Test
    void theToolIsThePathsFirstOfNotifySendThenGdbusAndNothingOffLinux() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        assertThat(NativeCommand.find("Linux", Map.of("PATH", bin.toString()))).isEmpty();
        executable(bin.resolve("gdbus"));
        Map<String, String> environment = Map.of("PATH", "/nonexistent:" + bin, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/bus");
        assertThat(NativeCommand.find("Linux", environment)).as("run in the environment it was found in")
                .contains(new NativeCommand.Located(NativeCommand.GDBUS, bin.resolve("gdbus"), environment));
        executable(bin.resolve("notify-send"));
        assertThat(NativeCommand.find("Linux", Map.of("PATH", bin.toString())).map(NativeCommand.Located::kind)).contains(NativeCommand.NOTIFY_SEND);
        assertThat(NativeCommand.find("Windows 11", Map.of("PATH", bin.toString()))).isEmpty();
        assertThat(NativeCommand.find("Mac OS X", Map.of("PATH", bin.toString()))).isEmpty();
    }

    @Test
    void withoutANativeToolTheTrayShowsIt() {
        List<Notifier.Notification> tray = new ArrayList<>();
        new DesktopNotifications(Optional.empty(), tray::add, Runnable::run, Runnable::run).accept(problem);
        assertThat(tray).containsExactly(problem);
    }

    @Test
    void whenTheCommandFailsTheTrayShowsItInsteadAndNotWhenItWorksInTheEnvironmentItWasFoundIn() throws Exception {
        List<Notifier.Notification> tray = new ArrayList<>();
        Path failing = executable(Files.createDirectories(dir.resolve("fail")).resolve("gdbus"),
                "#!/bin/sh\necho 'Error: Cannot autolaunch D-Bus without X11 $DISPLAY' >&2\nexit 1\n");
        new DesktopNotifications(Optional.of(new NativeCommand.Located(NativeCommand.GDBUS, failing, Map.of())), tray::add,
                Runnable::run, Runnable::run).accept(problem);
        assertThat(tray).containsExactly(problem);

        tray.clear();
        Path said = dir.resolve("arguments.txt");
        Path working = executable(Files.createDirectories(dir.resolve("ok")).resolve("notify-send"),
                "#!/bin/sh\n{ echo \"bus $DBUS_SESSION_BUS_ADDRESS\"; for a in \"$@\"; do echo \"$a\"; done; } > '" + said + "'\n");
        new DesktopNotifications(Optional.of(new NativeCommand.Located(NativeCommand.NOTIFY_SEND, working,
                Map.of("PATH", "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/bus"))), tray::add,
                Runnable::run, Runnable::run).accept(problem);
        assertThat(tray).isEmpty();
        assertThat(Files.readAllLines(said)).startsWith("bus unix:path=/run/bus").endsWith("--", "Stash2Plex: it's 'down'", LONG);
    }

    private static Path executable(Path file) throws IOException {
        return executable(file, "#!/bin/sh\nexit 0\n");
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
