package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings window, first run, in a real window: messages at the fields, Save, the file on disk,
 * and the path tester running the provider's own mapping code.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class SettingsWindowIT {

    private static final String KEY = "s3cr3t-KEY#1$x";   // "#" and "$" need quoting in the env file

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private AppDirs dirs;
    private SettingsFormModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Themed.apply();
        this.stage = stage;
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        model = new SettingsFormModel(AppSettings.defaults(), true, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
        new SettingsWindow(model, messages).show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void invalidValuesShowMessagesAtTheFieldAndDisableSave(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#header-title").queryAs(Label.class).getText()).isEqualTo("Welcome to Stash2Plex");
        assertThat(error(robot, "stash-url")).startsWith("Enter the address you use to open Stash");
        assertThat(error(robot, "stash-api-key")).startsWith("Paste the API key");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();
        Screenshots.take("settings-empty-errors", stage);

        robot.clickOn("#stash-url-input").write("192.168.1.20:9999");
        assertThat(error(robot, "stash-url")).startsWith("Start the address with http:// or https://");
        replace(robot, "#stash-url-input", "http://nas.local:99999");
        assertThat(error(robot, "stash-url")).contains("from 1 to 65535");
        replace(robot, "#plex-url-input", "plex:32400");
        assertThat(error(robot, "plex-url")).startsWith("Start the address");
        replace(robot, "#provider-port-input .text-field", "70000");
        assertThat(error(robot, "provider-port")).isEqualTo("Enter a port from 1 to 65535.");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();

        for (String good : List.of("http://localhost:9999", "http://192.168.1.20:9999", "http://[fd00::5]:9999",
                "https://stash.example.com", "http://nas.local:9999")) {
            replace(robot, "#stash-url-input", good);
            assertThat(error(robot, "stash-url")).as(good).isEmpty();
        }
    }

    @Test
    void validValuesSaveOwnerOnlyAndReadBackTheSame(FxRobot robot) throws Exception {
        robot.clickOn("#stash-url-input").write("http://192.168.1.20:9999");
        robot.clickOn("#stash-api-key-input").write(KEY);
        assertThat(robot.lookup("#stash-api-key-input").queryAs(TextField.class).isVisible()).isTrue();
        robot.clickOn("#stash-api-key-reveal");
        assertThat(robot.lookup("#stash-api-key-revealed").queryAs(TextField.class).getText()).isEqualTo(KEY);
        robot.clickOn("#stash-api-key-reveal");
        replace(robot, "#plex-url-input", "http://[fd00::5]:32400");
        robot.clickOn("#plex-token-input").write("plex-t0ken");
        replace(robot, "#provider-port-input .text-field", "9191");
        robot.type(KeyCode.TAB);

        scrollToBottom(robot);
        robot.clickOn("#rule-add");
        robot.write("^/plex/media/(.*)").type(KeyCode.ENTER);
        robot.doubleClickOn(robot.lookup(".table-row-cell .table-cell").nth(2).queryAs(javafx.scene.Node.class));
        robot.write("/stash/media/\\1").type(KeyCode.ENTER);
        robot.clickOn("#path-test-input").write("/plex/media/Studio/Scène 1.mkv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#path-test-result").equals("→ /stash/media/Studio/Scène 1.mkv   (rule “rule 1”)"));

        assertThat(robot.lookup("#save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-page").tryQuery().isPresent());
        assertThat(text(robot, "#status-page-footer")).isEqualTo("Saved.");
        robot.clickOn("#edit-settings");
        assertThat(text(robot, "#status")).as("the footer names no file path").isEqualTo("Saved.");
        robot.interact(() -> {
            stage.setWidth(860);
            stage.setHeight(1010);
            stage.setY(5);
        });
        scrollToBottom(robot);
        Screenshots.take("settings-filled", stage);
        robot.clickOn("#path-test-input").eraseText(40).write("/elsewhere/x.mkv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#path-test-result").startsWith("No rule matches"));

        String env = Files.readString(dirs.envFile());
        assertThat(env).isEqualTo("""
                S2P_STASH_URL=http://192.168.1.20:9999
                S2P_STASH_API_KEY='s3cr3t-KEY#1$x'
                S2P_PLEX_URL=http://[fd00::5]:32400
                S2P_PLEX_TOKEN=plex-t0ken
                S2P_PROVIDER_PORT=9191
                S2P_LOG_LEVEL=info
                """);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dirs.envFile()))).isEqualTo("rw-------");
        AppSettings saved = new SettingsStore(dirs, Clock.systemUTC()).load().orElseThrow();
        assertThat(saved).isEqualTo(AppSettings.defaults()
                .withStash("http://192.168.1.20:9999", new Secret(KEY))
                .withPlex("http://[fd00::5]:32400", new Secret("plex-t0ken"))
                .withProvider(9191, LogLevel.INFO)
                .withPathRules(List.of(PathRuleSetting.of("rule 1", "^/plex/media/(.*)", "/stash/media/\\1"))));
        assertThat(logs.list).isNotEmpty()
                .noneMatch(event -> event.getFormattedMessage().contains(KEY) || event.getFormattedMessage().contains("plex-t0ken"));
    }

    @Test
    void ctrlSSavesAndEscapeClosesKeepingWhatWasTyped(FxRobot robot) throws Exception {
        robot.clickOn("#stash-url-input").write("http://192.168.1.20:9999");
        robot.clickOn("#stash-api-key-input").write(KEY);

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-page").tryQuery().isPresent());
        assertThat(Files.readString(dirs.envFile())).contains("S2P_STASH_URL=http://192.168.1.20:9999");
        robot.clickOn("#edit-settings");

        robot.clickOn("#stash-url-input").eraseText(4).write("7777");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        robot.interact(stage::show);
        assertThat(robot.lookup("#stash-url-input").queryAs(TextField.class).getText())
                .isEqualTo("http://192.168.1.20:7777");
    }

    @Test
    void anInvalidRuleRegexIsFlaggedAtTheRule(FxRobot robot) {
        scrollToBottom(robot);
        robot.clickOn("#rule-add");
        robot.write("^/plex/(.*").type(KeyCode.ENTER);
        assertThat(text(robot, "#rule-problems")).startsWith("Rule 1 “rule 1”: The Plex pattern is not a valid regular expression");
        assertThat(robot.lookup(".table-row-cell:invalid").tryQuery()).isPresent();
    }

    private static void scrollToBottom(FxRobot robot) {
        javafx.scene.control.ScrollPane scroll = robot.lookup(".content-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
    }

    @Test
    void anAddressOfThisComputerSaysTheContainerIsHandedHostDockerInternal(FxRobot robot) throws Exception {
        String note = "The provider runs in Docker, where localhost is the container itself: the app hands it "
                + "host.docker.internal, Docker's name for this computer.";
        assertThat(note(robot, "stash-url")).isEmpty();

        for (String loopback : List.of("http://localhost:9999", "http://127.0.0.1:9999/", "http://[::1]:9999")) {
            replace(robot, "#stash-url-input", loopback);
            assertThat(note(robot, "stash-url")).as(loopback).isEqualTo(note);
        }
        for (String elsewhere : List.of("http://192.168.1.20:9999", "http://nas.local:9999", "http://host.docker.internal:9999")) {
            replace(robot, "#stash-url-input", elsewhere);
            assertThat(note(robot, "stash-url")).as(elsewhere).isEmpty();
        }

        replace(robot, "#plex-url-input", "http://localhost:32400");
        assertThat(note(robot, "plex-url")).isEqualTo(note);
        Screenshots.take("settings-localhost-note", stage);   // last: taking it may move the keyboard focus
    }

    private static String note(FxRobot robot, String fieldId) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#" + fieldId + "-docker-note").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private static String error(FxRobot robot, String fieldId) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#" + fieldId + "-error").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void replace(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }
}
