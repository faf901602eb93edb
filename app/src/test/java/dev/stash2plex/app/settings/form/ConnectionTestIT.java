package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.provider.testing.FakeStash;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Test connection" in a real window against FakeStash over real HTTP, through the provider's own
 * Stash client: OK with the version, wrong key, unreachable with the cause. The key never reaches a log.
 * Both legs: from this computer, and to Stash's port on the docker0 gateway the provider's container
 * reaches {@code localhost} by, so a Stash listening on 127.0.0.1 only is named as such.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class ConnectionTestIT {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.right-key";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    /** As Stash with its host set to 0.0.0.0: the container reaches it too. */
    private FakeStash stash;
    /** As Stash's default on a desk: 127.0.0.1 only. */
    private FakeStash loopbackStash;

    @BeforeEach
    void startStash() throws Exception {
        // Here, not in @Start: without Stash's schema or a docker0 bridge the test must be skipped, and
        // TestFX would turn the skip into an error.
        assumeTrue(NetworkInterface.getByName("docker0") != null, "no docker0 bridge: the Docker side cannot be tried");
        stash = FakeStash.startOnAllInterfaces(KEY);
        loopbackStash = FakeStash.startWithApiKey(KEY);
    }

    @Start
    void start(Stage stage) {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        AppDirs dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        SettingsFormModel model = new SettingsFormModel(AppSettings.defaults(), true, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck(new ProviderStashProbe(), new BridgeGatewayProbe()), new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
        Themed.apply();
        new SettingsWindow(model, messages).show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
        if (stash != null) {
            stash.close();
        }
        if (loopbackStash != null) {
            loopbackStash.close();
        }
    }

    @Test
    void saysOkWrongKeyOrUnreachable(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#test-connection").queryButton().isDisabled()).isTrue();
        robot.clickOn("#stash-url-input").write("http://localhost:" + stash.port());
        robot.clickOn("#stash-api-key-input").write(KEY);

        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Connected: Stash v0.30.1.");

        replace(robot, "#stash-api-key-input", "not-the-key");
        robot.clickOn("#test-connection");
        assertThat(result(robot)).startsWith("Stash answered, but refused the API key.");

        replace(robot, "#stash-api-key-input", KEY);
        stash.down();
        robot.clickOn("#test-connection");
        assertThat(result(robot)).startsWith("Cannot reach Stash: ").contains("localhost:" + stash.port());

        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(KEY)
                || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                        && event.getThrowableProxy().getMessage().contains(KEY)));
    }

    @Test
    void aStashOnLoopbackOnlyIsNamedAsTheReasonTheProviderCannotReachIt(FxRobot robot) throws Exception {
        robot.clickOn("#stash-url-input").write("http://localhost:" + loopbackStash.port());
        robot.clickOn("#stash-api-key-input").write(KEY);

        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Stash answers on this computer but only on 127.0.0.1, so the provider in "
                + "Docker cannot reach it. In Stash: Settings \u2192 System \u2192 Network, set the host to 0.0.0.0 "
                + "(all interfaces), restart Stash.");

        // The same Stash with its host set to 0.0.0.0: both legs answer.
        replace(robot, "#stash-url-input", "http://127.0.0.1:" + stash.port());
        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Connected: Stash v0.30.1.");
    }

    private static String result(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#test-connection").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#connection-result").queryAs(Label.class).getText();
    }

    private static void replace(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }
}
