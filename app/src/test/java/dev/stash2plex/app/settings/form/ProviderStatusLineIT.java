package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.EngineLocator;
import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageBuild;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
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
import java.util.UUID;
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
 * The provider's status under the settings form, in a real window under the app's theme: a taken port's
 * sentence with its fix and "Details…", the fix saving through the form's own Save, a build's progress
 * while it builds, a base image the real engine cannot get (named, with the builder's words behind
 * "Details…"), and a container stopped outside the app with its last lines behind "Details…". The
 * pictures of each, in light and dark ({@code -Dstash2plex.test.scheme=dark}).
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
        Themed.apply();
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
        Screenshots.take("settings-port-in-use-details", details);
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

    /**
     * A build on the real engine from a base image that is neither on this computer nor in a reachable
     * registry: the window names the image and keeps the builder's words, whole, for "Details…".
     */
    @Test
    void aBaseImageTheEngineCannotGetIsNamedWithTheBuildersWordsBehindDetails(FxRobot robot) throws Exception {
        String bundle = System.getProperty(ProviderBundle.PROPERTY);
        assumeTrue(bundle != null && Files.isDirectory(Path.of(bundle)),
                "No provider bundle (" + ProviderBundle.PROPERTY + "): run through ./mvnw verify, which assembles it");
        String missing = "stash2plex/it-missing-" + UUID.randomUUID().toString().substring(0, 8) + ":25";
        EngineException.BuildFailed failure;
        try (ContainerEngine engine = engine()) {
            ImageBuild build = new ImageBuild(engine, ProviderBundle.open(Path.of(bundle)), "it-status-line", missing);
            failure = catchThrowableOfType(EngineException.BuildFailed.class, () -> build.ensure(step -> { }));
        }
        assertThat(failure).as("the build fails").isNotNull();
        assertThat(failure.problem()).isInstanceOfAny(EngineProblem.ImageUnavailable.class, EngineProblem.RegistryUnreachable.class);

        robot.interact(() -> model.provider().show(new ProviderStatus.Failed(ProviderStatus.FailureKind.BUILD,
                failure.getMessage(), failure.problem())));
        assertThat(robot.lookup("#provider-status").queryAs(Label.class).getText())
                .startsWith("The provider image could not be built: it starts from the image " + missing + ", which ");
        assertThat(robot.lookup("#provider-fix").queryButton().isVisible()).as("no one-click fix").isFalse();
        assertThat(robot.lookup("#provider-details").queryAs(Hyperlink.class).isVisible()).isTrue();
        Screenshots.take("settings-image-unavailable", stage);

        robot.clickOn("#provider-details");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot) != null);
        assertThat(detailsText(robot).getText()).as("the builder's words, whole").isEqualTo(failure.getMessage().strip())
                .contains(missing);
        Window details = detailsText(robot).getScene().getWindow();
        Screenshots.take("settings-image-unavailable-details", details);
        robot.interact(details::hide);
    }

    @Test
    void aContainerStoppedOutsideTheAppSaysSoWithItsLastLinesBehindDetails(FxRobot robot) throws Exception {
        List<String> lastLines = List.of(
                "{\"ts\":\"2026-01-15T09:12:03.114Z\",\"level\":\"INFO\",\"msg\":\"Plex asked for a match\",\"title\":\"Morning Light\"}",
                "{\"ts\":\"2026-01-15T09:12:03.120Z\",\"level\":\"INFO\",\"msg\":\"Matched by basename\",\"scene\":\"42\"}",
                "{\"ts\":\"2026-01-15T09:12:41.502Z\",\"level\":\"INFO\",\"msg\":\"Shutting down\"}");
        robot.interact(() -> model.provider().show(new ProviderStatus.Crashed(137, false, lastLines, false, true)));

        assertThat(robot.lookup("#provider-status").queryAs(Label.class).getText()).isEqualTo("The provider was stopped outside"
                + " Stash2Plex (exit code 137), for example with docker kill. Docker leaves it stopped; choose Start to run it again.");
        assertThat(robot.lookup("#provider-fix").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#provider-details").queryAs(Hyperlink.class).isVisible()).isTrue();
        Screenshots.take("settings-container-killed", stage);

        robot.clickOn("#provider-details");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detailsText(robot) != null);
        assertThat(detailsText(robot).getText()).as("its last lines").isEqualTo(String.join("\n", lastLines));
        Window details = detailsText(robot).getScene().getWindow();
        Screenshots.take("settings-container-killed-details", details);
        robot.interact(details::hide);
    }

    private static ContainerEngine engine() {
        try {
            return EngineLocator.forCurrentUser().locate();
        } catch (EngineException.Unavailable e) {
            return abort("No Docker engine answers (.ci/run starts one): " + e.getMessage());
        }
    }

    private static TextArea detailsText(FxRobot robot) {
        return robot.lookup("#details-text").tryQueryAs(TextArea.class).orElse(null);
    }
}
