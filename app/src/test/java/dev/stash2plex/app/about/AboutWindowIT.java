package dev.stash2plex.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.logs.LogModel;
import dev.stash2plex.app.logs.LogWindow;
import dev.stash2plex.app.look.AppTheme;
import dev.stash2plex.app.look.Scheme;
import dev.stash2plex.app.messages.UserMessages;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The About box and the Logs window in real windows under the theme: what they name (version, image,
 * the app's log file), "Open log folder" from both, the app's own problem among the provider's lines,
 * and their pictures in light and dark.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class AboutWindowIT {

    private static final Path LOG_FILE = Path.of("/home/me/.local/state/stash2plex/logs/stash2plex-app.log");
    private static final String PROVIDER_LINE =
            "{\"ts\":\"2026-12-02T09:30:00Z\",\"level\":\"INFO\",\"msg\":\"Match request\",\"title\":\"Scene 1\"}";
    private static final String APP_LINE =
            "{\"ts\":\"2026-12-02T09:30:01Z\",\"level\":\"ERROR\",\"msg\":\"Cannot open the folder\",\"source\":\"app\"}";

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger folderOpened = new AtomicInteger();
    private final UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
    private AppTheme theme;
    private AboutWindow about;
    private LogWindow logs;

    @Start
    void start(Stage ignored) {
        theme = new AppTheme(Optional.of(Scheme.LIGHT), Optional.empty());
        theme.apply(Scheme.LIGHT);
        about = new AboutWindow(() -> new AboutInfo("0.1.0", "stash2plex/provider:0.1.0-3f2a9c1b7d4e", LOG_FILE),
                folderOpened::incrementAndGet, messages, io, new FxThread());
        LogModel model = new LogModel((tail, line, ended) -> {
            line.accept(PROVIDER_LINE);
            return () -> { };
        }, (Consumer<String> line) -> {
            line.accept(APP_LINE);
            return () -> { };
        }, messages, io, new FxThread(), timer, ZoneOffset.UTC);
        logs = new LogWindow(model, messages, LOG_FILE, folderOpened::incrementAndGet);
    }

    @AfterEach
    void stop() throws Exception {
        timer.shutdownNow();
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void theAboutBoxNamesVersionImageAndLogFileAndOpensTheLogFolder(FxRobot robot) throws Exception {
        robot.interact(about::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about").tryQuery().isPresent());
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Version 0.1.0");
        assertThat(robot.lookup("#about-image").queryAs(TextField.class).getText()).isEqualTo("stash2plex/provider:0.1.0-3f2a9c1b7d4e");
        assertThat(robot.lookup("#about-log-file").queryAs(TextField.class).getText()).isEqualTo(LOG_FILE.toString());
        assertThat(robot.lookup("#about-licences").queryAs(Label.class).getText()).contains("AtlantaFX (MIT)");
        Screenshots.take("about-light", about.stage());
        robot.interact(() -> theme.apply(Scheme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take("about-dark", about.stage());
        robot.clickOn("#about-open-log-folder");
        assertThat(folderOpened.get()).isEqualTo(1);
        robot.clickOn("#about-close");
        assertThat(about.stage().isShowing()).isFalse();
    }

    @Test
    void theLogsWindowShowsTheAppsOwnProblemAndNamesItsLogFile(FxRobot robot) throws Exception {
        robot.interact(logs::show);
        Window window = robot.window("Stash2Plex provider log");
        @SuppressWarnings("unchecked")
        ListView<dev.stash2plex.app.logs.LogEntry> lines = robot.lookup(".log-lines").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines.getItems().size() == 2);
        assertThat(lines.getItems()).anySatisfy(entry -> {
            assertThat(entry.message()).isEqualTo("Cannot open the folder");
            assertThat(entry.level()).isEqualTo("ERROR");
        });
        assertThat(robot.lookup("#app-log-file").queryAs(Label.class).getText())
                .isEqualTo("This app\u2019s own log: " + LOG_FILE).doesNotContain("''");
        robot.interact(() -> window.setHeight(360));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take("logs-window-light", window);
        robot.interact(() -> theme.apply(Scheme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take("logs-window-dark", window);
        robot.clickOn("#open-log-folder");
        assertThat(folderOpened.get()).isEqualTo(1);
    }
}
