package dev.stash2plex.app;

import static dev.stash2plex.app.supervisor.RunningApp.docker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.docker.EngineLocator;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.supervisor.Eventually;
import dev.stash2plex.app.supervisor.RealEngineSetup;
import dev.stash2plex.app.supervisor.RunningApp;
import dev.stash2plex.app.tray.TrayController;
import dev.stash2plex.app.tray.TrayHost;
import dev.stash2plex.app.tray.TrayIcons;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.TestPorts;
import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.Rectangle;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app as the user meets it, wired by {@link Main#wire}: real engine (found the way the app
 * finds it), real tray icon docked in trayer, real windows. Saved settings, a fake Stash on the host:
 * the tray turns healthy, its menu says so and works, the log window follows the container, Stash going
 * away shows in the tray, and a crash loop is told to the user with the exit code and the line that
 * explains it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DisplayRequired.class)
class DesktopIT {

    private static final String KEY = "desktop-it-" + UUID.randomUUID();

    @TempDir
    static Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "s2p-desktop-" + run;
    private final String version = "it-" + run;
    private final TrayIcons icons = new TrayIcons();
    private final TrayHost host = new TrayHost();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private FakeStash stash;
    private BridgeRelay bridge;
    private AppDirs dirs;
    private int port;
    private RunningApp running;

    @BeforeAll
    void start() throws Exception {
        RealEngineSetup.assumeReady();
        FxToolkit.registerPrimaryStage();
        assumeTrue(onAwt(SystemTray::isSupported), "No system tray on this display: start a tray host (trayer, see .ci/run)");
        assumeTrue(TrayHost.present(), "No trayer panel or X tools (xwininfo, xprop, xdotool, import) to look at the tray with");

        logs.start();
        ((Logger) LoggerFactory.getLogger(TrayController.class)).addAppender(logs);
        stash = FakeStash.startWithApiKey(KEY);
        stash.add(FakeScene.builder("42").title("Morning Light").date("2024-01-15").file("/stash/films/Morning Light.mp4"));
        bridge = BridgeRelay.onDocker0(stash.port());
        dirs = new AppDirs(dir.resolve("config"), dir.resolve("logs"), dir.resolve("data"));
        new SettingsStore(dirs, Clock.systemUTC()).save(AppSettings.defaults()
                .withStash("http://host.docker.internal:" + bridge.port(), new Secret(KEY))
                .withProvider(port = TestPorts.free(), LogLevel.INFO));
        running = new RunningApp(EngineLocator.forCurrentUser()::locate, dirs, version, name);
        WaitForAsyncUtils.asyncFx(() -> running.app.shell().start(new Stage())).get(30, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(TrayController.class)).detachAppender(logs);
        if (running != null) {
            running.close();
            onAwt(() -> {
                for (TrayIcon icon : SystemTray.getSystemTray().getTrayIcons()) {
                    SystemTray.getSystemTray().remove(icon);
                }
                return null;
            });
            WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().toList().forEach(Window::hide)).get(10, TimeUnit.SECONDS);
            docker("rm", "-f", name);
            docker("rmi", "-f", ProviderBundle.fromSystemProperty().tag(version));
        }
        if (bridge != null) {
            bridge.close();
        }
        if (stash != null) {
            stash.close();
        }
    }

    @Test
    @Order(1)
    void fromAnEmptyEngineTheTrayTurnsHealthyAndItsMenuSaysSo() throws Exception {
        running.await("healthy", Duration.ofMinutes(5), ProviderStatus.Healthy.class::isInstance);
        // The status, then the Plex sync's line: off, since this app has no Plex token to hand the container.
        eventually("the tray to show it", Duration.ofSeconds(10),
                () -> tooltip().equals("Stash2Plex: Running \u00B7 Plex sync off"));

        assertThat(running.seen).anyMatch(seen -> seen.status() instanceof ProviderStatus.Building);
        assertThat(menu()).startsWith("\u25CF Running", "(\u21BB Plex sync off)", "-", "(Start)", "Stop", "Restart", "-",
                "Settings\u2026", "Logs\u2026", "Library\u2026", "Copy provider URL")
                .endsWith("-", "Open log folder", "About Stash2Plex", "-", "Quit Stash2Plex");
        assertThat(samePixels(onAwt(() -> toBuffered(ourIcon().getImage())), icons.image(TrayIcons.Kind.HEALTHY,
                onAwt(() -> SystemTray.getSystemTray().getTrayIconSize().height)))).isTrue();

        assertShown(TrayIcons.Kind.HEALTHY);
        Rectangle docked = dockedIcon();
        Rectangle menuArea = new Rectangle(Math.max(0, docked.x + docked.width - 520), 0, 520, 260);
        java.awt.image.BufferedImage beforeMenu = Screenshots.capture(menuArea);

        host.click(docked, 3);
        Rectangle away = new Rectangle(200, 600, 1, 1);
        host.moveTo(away);   // the tooltip would cover the menu's status line
        // AWT draws the popup on its own thread: the picture waits until the area shows it.
        Screenshots.takeOnceChanged("tray-menu", menuArea, beforeMenu);
        host.click(away, 1);   // closes the menu, as a click elsewhere does
    }

    @Test
    @Order(2)
    void theLogWindowFollowsTheContainerSearchesAndCopiesReadableLines() throws Exception {
        TrayHost.chooseFromMenu("Logs\u2026");
        Stage window = shownStage("Stash2Plex provider log");
        @SuppressWarnings("unchecked")
        ListView<Object> lines = (ListView<Object>) onFx(() -> window.getScene().lookup(".log-lines"));
        eventually("the provider's start-up lines", Duration.ofSeconds(15), () -> onFxQuietly(() -> lines.getItems().size()) >= 2);
        // Plex asks while the window is open: the new lines arrive as they are written.
        ProviderClient plex = new ProviderClient(port);
        assertThat(plex.match("{\"type\":1,\"title\":\"Morning Light\",\"filename\":\"/plex/Films/Morning Light.mp4\"}")
                .body()).contains("Morning Light");
        assertThat(plex.get("/library/metadata/42").status()).isEqualTo(200);
        assertThat(plex.get("/library/metadata/4711").status()).isEqualTo(404);
        eventually("Plex's requests in the log", Duration.ofSeconds(10), () -> onFxQuietly(() -> lines.getItems().stream()
                .map(Object::toString).filter(line -> line.contains("/library/metadata/4711")).count()) > 0);
        Screenshots.take("logs-window", window);   // once the cells are painted

        TextField search = (TextField) onFx(() -> window.getScene().lookup(".text-field"));
        onFx(() -> {
            search.setText("stash is reachable");
            return null;
        });
        assertThat(onFx(() -> lines.getItems().size())).isEqualTo(1);
        Button copyAll = (Button) onFx(() -> window.getScene().getRoot().lookupAll(".button").stream()
                .filter(node -> node instanceof Button button && "copy-all".equals(button.getId())).findFirst().orElseThrow());
        String copied = onFx(() -> {
            copyAll.fire();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  INFO   Stash is reachable \\(version v[\\d.]+\\)")
                .doesNotContain("{\"ts\"").doesNotContain(KEY);
        onFx(() -> {
            search.setText("");
            window.hide();
            return null;
        });
    }

    @Test
    @Order(3)
    void stashGoingAwayShowsInTheTrayAndComingBackToo() throws Exception {
        stash.down();
        running.await("degraded", Duration.ofSeconds(30), ProviderStatus.Degraded.class::isInstance);
        eventually("the tray to say Stash is the problem", Duration.ofSeconds(5),
                () -> statusInTooltip().equals("Stash2Plex: Running, but cannot use Stash"));
        assertShown(TrayIcons.Kind.DEGRADED);
        stash.up();
        running.await("healthy again", Duration.ofSeconds(30), ProviderStatus.Healthy.class::isInstance);
        eventually("the tray to show it", Duration.ofSeconds(5), () -> statusInTooltip().equals("Stash2Plex: Running"));
    }

    @Test
    @Order(4)
    void aCrashLoopIsToldWithTheExitCodeAndTheLineThatExplainsIt() throws Exception {
        // A value the provider refuses (one the form does not edit, kept by Save), saved as Save saves it: the file,
        // then the record handed to the supervisor. The provider exits at once, again and again.
        SettingsStore store = new SettingsStore(dirs, Clock.systemUTC());
        AppSettings saved = store.load().orElseThrow();
        AppSettings refused = new AppSettings(saved.stashUrl(), saved.stashApiKey(), saved.plexUrl(), saved.plexToken(),
                saved.providerPort(), saved.logLevel(), saved.pathRules(), java.util.Map.of("S2P_STASH_TIMEOUT_SECONDS", "soon"));
        store.save(refused);
        TrayHost.chooseFromMenu("Logs\u2026");   // open while the container is recreated and restarted
        Stage window = shownStage("Stash2Plex provider log");
        running.supervisor.apply(refused);
        running.await("crash loop stopped", Duration.ofSeconds(90),
                status -> status instanceof ProviderStatus.Crashed crashed && crashed.restartsStopped());
        @SuppressWarnings("unchecked")
        ListView<LogEntry> lines = (ListView<LogEntry>) onFx(() -> window.getScene().lookup(".log-lines"));
        Callable<List<String>> shown = () -> onFxQuietly(() -> lines.getItems().stream().map(LogEntry::message).toList());
        Eventually.get("the new container's refusal, then its end, in the open log window", Duration.ofSeconds(10), () -> {
            List<String> messages = shown.call();
            // The app's own warning about the exit ("exited with code 1") may come before or after the end of the
            // stream: both are true, so only the order of the container's refusal and the end is asserted.
            int refusal = lastIndexWhere(messages, line -> line.contains("S2P_STASH_TIMEOUT_SECONDS must be"));
            int end = lastIndexWhere(messages, line -> line.startsWith("\u2014 The provider stopped."));
            return refusal >= 0 && end > refusal ? Boolean.TRUE : null;
        }, () -> {
            try {
                return "lines in the window: " + shown.call();
            } catch (Exception e) {
                return e;
            }
        });
        onFx(() -> {
            window.hide();
            return null;
        });
        eventually("the tray to say so", Duration.ofSeconds(5), () -> tooltip().equals("Stash2Plex: Stopped unexpectedly (exit code 1)"));
        assertThat(menu()).startsWith("\u25CF Stopped unexpectedly (exit code 1)", "Details\u2026", "-", "Start", "(Stop)",
                "(Restart)");
        assertShown(TrayIcons.Kind.CRASHED);

        TrayHost.chooseFromMenu("Details\u2026");
        Stage details = shownStage("Stash2Plex: details");
        String lastLines = onFx(() -> ((TextArea) details.getScene().lookup("#details-text")).getText());
        assertThat(lastLines).as("the dead container's last lines").contains("S2P_STASH_TIMEOUT_SECONDS").doesNotContain(KEY);
        Screenshots.take("crash-loop-details", details);   // once painted
        onFx(() -> {
            details.hide();
            return null;
        });

        String told = eventuallyGet("the notification (debounced 10 s)", Duration.ofSeconds(20), () -> logs.list.stream()
                .map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains("keeps stopping")).findFirst().orElse(null));
        assertThat(told).contains("exit code 1", "automatic restarts were switched off", "S2P_STASH_TIMEOUT_SECONDS")
                .doesNotContain(KEY);
        String state = docker("inspect", "-f", "{{.State.Status}} {{.HostConfig.RestartPolicy.Name}}", name);
        assertThat(state).isEqualTo("exited no");
    }

    @Test
    @Order(5)
    void quitAsksWhetherToLeaveTheProviderRunningAndCancelKeepsTheAppAsItWas() throws Exception {
        TrayHost.chooseFromMenu("Quit Stash2Plex");
        Stage question = shownStage("Quit Stash2Plex");
        DialogPane pane = (DialogPane) onFx(() -> question.getScene().getRoot());
        assertThat(onFx(pane::getHeaderText)).isEqualTo("Leave the provider running?");
        List<Button> buttons = onFx(() -> pane.lookupAll(".button").stream().filter(Button.class::isInstance)
                .map(Button.class::cast).toList());
        assertThat(buttons).extracting(Button::getText).contains("Leave running", "Stop and quit", "Cancel");
        Screenshots.take("quit-dialog", question);   // once painted

        onFx(() -> {
            buttons.stream().filter(button -> button.getText().equals("Cancel")).findFirst().orElseThrow().fire();
            return null;
        });
        eventually("the question to close", Duration.ofSeconds(5), () -> !onFxQuietly(question::isShowing));
        assertThat(onAwt(() -> SystemTray.getSystemTray().getTrayIcons().length)).as("still in the tray").isEqualTo(1);
        assertThat(docker("inspect", "-f", "{{.State.Status}}", name)).isEqualTo("exited");
    }

    // --- the tray, read the way AWT shows it ------------------------------------------------------

    private TrayIcon ourIcon() {
        TrayIcon[] installed = SystemTray.getSystemTray().getTrayIcons();
        assertThat(installed).as("tray icons of this app").hasSize(1);
        return installed[0];
    }

    private String tooltip() {
        return onAwt(() -> ourIcon().getToolTip());
    }

    /** The tooltip's status, without the Plex sync's line after it. */
    private String statusInTooltip() {
        return tooltip().split(" \u00B7 ", 2)[0];
    }

    /** The menu's entries as labels: "-" for a separator, "(label)" for a disabled one. */
    private List<String> menu() {
        return onAwt(() -> {
            PopupMenu popup = ourIcon().getPopupMenu();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < popup.getItemCount(); i++) {
                MenuItem item = popup.getItem(i);
                labels.add(item.getLabel().equals("-") ? "-" : item.isEnabled() || i == 0 ? item.getLabel() : "(" + item.getLabel() + ")");
            }
            return labels;
        });
    }

    /** The icon docked in trayer, as the screen shows it, is this state's artwork (AWT repaints it soon after a change). */
    private void assertShown(TrayIcons.Kind kind) throws Exception {
        BufferedImage[] last = new BufferedImage[1];
        try {
            eventually("the icon on screen to show " + kind, Duration.ofSeconds(5), () -> {
                last[0] = host.capture(dockedIcon());
                return TrayHost.shownKind(icons, last[0]) == kind;
            });
        } catch (AssertionError e) {
            Path picture = Path.of("target", "DesktopIT-icon-" + kind + ".png");
            javax.imageio.ImageIO.write(last[0], "png", picture.toFile());
            throw new AssertionError(e.getMessage() + "; the screen showed " + TrayHost.shownKind(icons, last[0])
                    + " (picture: " + picture.toAbsolutePath() + ")", e);
        }
    }

    /** The window with this title, once the app has shown it. */
    private Stage shownStage(String title) {
        return eventuallyGet("the window \"" + title + "\"", Duration.ofSeconds(10), () -> onFx(() -> Window.getWindows()
                .stream().filter(w -> w instanceof Stage stage && title.equals(stage.getTitle()) && stage.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null)));
    }

    private Rectangle dockedIcon() {
        return eventuallyGet("our icon docked in trayer", Duration.ofSeconds(10), () -> host.ourIcon().orElse(null));
    }

    private static BufferedImage toBuffered(java.awt.Image image) {
        return (BufferedImage) image;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int lastIndexWhere(List<String> lines, java.util.function.Predicate<String> wanted) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // --- waiting and threads ---------------------------------------------------------------------

    private void eventually(String what, Duration limit, BooleanSupplier condition) {
        eventuallyGet(what, limit, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    private <T> T eventuallyGet(String what, Duration limit, Callable<T> probe) {
        return Eventually.get(what, limit, probe, running::history);
    }

    private static <T> T onAwt(Callable<T> task) {
        try {
            List<T> result = new ArrayList<>(1);
            EventQueue.invokeAndWait(() -> {
                try {
                    result.add(task.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return result.getFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFxQuietly(Callable<T> task) {
        try {
            return onFx(task);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
