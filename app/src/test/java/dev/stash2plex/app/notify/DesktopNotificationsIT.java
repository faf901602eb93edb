package dev.stash2plex.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.provider.testing.Polling;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Notifications as a Linux desktop gets them: a private session bus ({@code dbus-daemon}) with a real
 * {@code org.freedesktop.Notifications} server on it (dunst, on the test's X display). A notification the
 * {@link Notifier} announces goes through {@link DesktopNotifications} and each {@link NativeCommand}
 * (notify-send, gdbus), and the server's own history holds exactly its title and text; with the bus gone,
 * the tray shows it instead and the log says why.
 */
@ExtendWith(DisplayRequired.class)
class DesktopNotificationsIT {

    private static final String REFUSAL = "S2P_LOG_LEVEL must be one of trace, debug, info, warn, error";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<Notifier.Notification> announced = new CopyOnWriteArrayList<>();
    private final List<Notifier.Notification> tray = new CopyOnWriteArrayList<>();
    private Map<String, String> session;
    private Process bus;
    private Process server;

    @BeforeEach
    void startABusAndANotificationServer() throws Exception {
        Path daemon = onPath("dbus-daemon", "dbus-daemon");
        Path dunst = onPath("dunst", "dunst");
        onPath("dunstctl", "dunst");
        onPath("dbus-send", "dbus-bin");   // what dunstctl speaks to dunst with

        // A session bus of its own, listening in the test's folder and starting no services: only the dunst
        // started here can answer org.freedesktop.Notifications on it.
        Path config = Files.writeString(dir.resolve("bus.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:dir=%s</listen>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(dir));
        bus = new ProcessBuilder(daemon.toString(), "--config-file=" + config, "--nofork", "--print-address")
                .redirectError(dir.resolve("dbus-daemon.log").toFile()).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).as("the bus's address (dbus-daemon.log: %s)", dir.resolve("dbus-daemon.log")).startsWith("unix:");
        session = new HashMap<>(System.getenv());
        session.put("DBUS_SESSION_BUS_ADDRESS", address);

        // An empty configuration: dunst's defaults, whatever this machine's user has set up.
        ProcessBuilder dunstProcess = new ProcessBuilder(dunst.toString(), "-config", "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dunst.log").toFile());
        dunstProcess.environment().putAll(session);
        server = dunstProcess.start();
        Polling.until("dunst serving org.freedesktop.Notifications on the bus", Duration.ofSeconds(15), Duration.ofMillis(100),
                () -> dunstctl("is-paused").equals("false") ? Boolean.TRUE : null, () -> log("dunst.log"));

        logs.start();
        logger().addAppender(logs);
    }

    @AfterEach
    void stopThem() throws Exception {
        logger().detachAppender(logs);
        for (Process process : new Process[] {server, bus}) {
            if (process != null) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NativeCommand.class)
    void theServerGetsExactlyTheNotifiersTitleAndTextAndWithoutTheBusTheTrayShowsItAndTheLogSaysWhy(NativeCommand kind)
            throws Exception {
        NativeCommand.Located command = new NativeCommand.Located(kind, onPath(kind.tool(), kind == NativeCommand.NOTIFY_SEND
                ? "libnotify-bin" : "libglib2.0-bin"), session);
        // The command runs on the calling thread here: when accept returns, the server has answered (or not).
        DesktopNotifications desktop = new DesktopNotifications(Optional.of(command), tray::add, Runnable::run, Runnable::run);
        Notifier notifier = new Notifier(UserMessages.forLocale(Locale.ENGLISH), (delay, action) -> {
            throw new AssertionError("news that stays is told at once, without the debounce");
        }, Duration.ofSeconds(10), notification -> {
            announced.add(notification);
            desktop.accept(notification);
        });

        notifier.status(new ProviderStatus.Crashed(1, false, List.of(REFUSAL), true));

        Notifier.Notification crashLoop = announced.getFirst();
        assertThat(crashLoop.text()).as("the provider's own words, whole").contains(REFUSAL);
        assertThat(tray).as("shown by the desktop, not the tray").isEmpty();
        dunstctl("close-all");   // into the history, which is what dunstctl can read back
        JsonNode history = Polling.until("the notification in dunst's history", Duration.ofSeconds(10), Duration.ofMillis(100), () -> {
            JsonNode shown = json.readTree(dunstctl("history")).path("data").path(0);
            return shown.isEmpty() ? null : shown;
        }, () -> log("dunst.log"));
        assertThat(history).as("exactly one notification").hasSize(1);
        assertThat(history.get(0).path("summary").path("data").asText()).isEqualTo(crashLoop.title());
        assertThat(history.get(0).path("body").path("data").asText()).isEqualTo(crashLoop.text());
        assertThat(history.get(0).path("appname").path("data").asText()).isEqualTo("Stash2Plex");
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Notified the user: " + crashLoop.title() + ": " + crashLoop.text());

        server.destroy();
        bus.destroy();
        assertThat(server.waitFor(10, TimeUnit.SECONDS) && bus.waitFor(10, TimeUnit.SECONDS)).as("dunst and the bus ended").isTrue();
        notifier.status(new ProviderStatus.Healthy("0.1.0", "v0.30.1"));

        assertThat(announced).hasSize(2);
        assertThat(tray).as("the tray stands in").containsExactly(announced.get(1));
        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString()
                .startsWith(kind.tool() + " could not show a notification (exit 1): ")
                .contains("Could not connect")
                .endsWith("; showing it in the tray");
    }

    /** dunstctl's answer on the test's bus; fails on a non-zero exit. */
    private String dunstctl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dunstctl"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(session);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("dunstctl %s ended", command).isTrue();
        assertThat(process.exitValue()).as("dunstctl %s: %s", command, said).isZero();
        return said;
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The program on this PATH, or a skip (a failure under CI=true) naming the package that has it. */
    private static Path onPath(String program, String debianPackage) {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), program + " is not installed (apt-get install " + debianPackage + ", see .ci/run)");
        return found.get();
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(DesktopNotifications.class);
    }
}
