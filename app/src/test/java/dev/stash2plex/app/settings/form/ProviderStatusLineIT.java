package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The provider's status under the settings form, in a real window: a taken port's sentence with its fix
 * and "Details…", the fix saving through the form's own Save, and a build's progress while it builds.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class ProviderStatusLineIT {

    private static final String ENGINE_SAID = "start container 3f2a: driver failed programming external connectivity on endpoint"
            + " stash2plex-provider (64dcef2628c5): Error starting userland proxy: listen tcp4 0.0.0.0:9090: bind: address"
            + " already in use (HTTP 500)";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final List<AppSettings> saved = new CopyOnWriteArrayList<>();
    private AppDirs dirs;
    private SettingsFormModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        AppSettings valid = AppSettings.defaults().withStash("http://192.168.1.20:9999", new Secret("key-1"));
        model = new SettingsFormModel(valid, false, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                new ProviderPathTrial(), messages, io, new FxThread(), saved::add);
        new SettingsWindow(model, messages).show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aTakenPortIsOneSentenceWithItsFixAndTheEnginesWordsBehindDetails(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".provider-row").query().isVisible()).as("nothing to say yet").isFalse();

        robot.interact(() -> model.provider().show(new ProviderStatus.Failed(ProviderStatus.FailureKind.CONTAINER, ENGINE_SAID,
                new EngineProblem.PortInUse(9090))));
        assertThat(robot.lookup("#provider-status").queryAs(Label.class).getText()).isEqualTo("Port 9090 is already in use by"
                + " another program, so the provider cannot listen on it. Choose \u201cUse port 9091\u201d to move the provider"
                + " there, or stop the program that uses port 9090 and choose Start.");
        assertThat(robot.lookup(".provider-row").query().isVisible()).isTrue();
        Button fix = robot.lookup("#provider-fix").queryButton();
        assertThat(fix.isVisible()).isTrue();
        assertThat(fix.getText()).isEqualTo("Use port 9091");
        assertThat(robot.lookup("#provider-details").queryAs(Hyperlink.class).isVisible()).isTrue();
        Screenshots.take("settings-port-in-use", stage);

        robot.clickOn("#provider-details");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot) != null);
        assertThat(detailsText(robot).getText()).as("whole, never cut").isEqualTo(ENGINE_SAID);
        Window details = detailsText(robot).getScene().getWindow();
        Screenshots.take("details-dialog", details);
        robot.interact(details::hide);

        robot.clickOn("#provider-fix");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !saved.isEmpty());
        assertThat(saved).singleElement().extracting(AppSettings::providerPort).isEqualTo(9091);
        assertThat(Files.readString(dirs.envFile())).contains("S2P_PROVIDER_PORT=9091");
    }

    @Test
    void aBuildShowsItsStepAndDownloadWhileItRunsAndNoFixOrDetails(FxRobot robot) throws Exception {
        robot.interact(() -> model.provider().show(new ProviderStatus.Building(new ImageProgress(
                "Downloading eclipse-temurin:25-jre", 5, 19, 45_200_000, 140_000_000))));

        assertThat(robot.lookup("#provider-status").queryAs(Label.class).getText()).isEqualTo("Building the provider image"
                + " (only the first time and after updates): Downloading eclipse-temurin:25-jre, 45.2 MB of 140.0 MB.");
        assertThat(robot.lookup("#provider-fix").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#provider-details").queryAs(Hyperlink.class).isVisible()).isFalse();
        Screenshots.take("settings-building", stage);
    }

    private static TextArea detailsText(FxRobot robot) {
        return robot.lookup("#details-text").tryQueryAs(TextArea.class).orElse(null);
    }
}
