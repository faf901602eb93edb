package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.stash2plex.core.stash.StashVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
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
 * A Stash key or Plex token pasted with something no key holds (a zero-width space, a byte-order mark,
 * curly quotes, a no-break space) is refused at the field, in a real window: the message says what and
 * where, Save and "Test connection" stay off, nothing asks Stash, and the key is in no text on screen
 * (but its own, masked, field) and in no log line. Line breaks and DEL the text field drops itself.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class SecretFieldsIT {

    /** Test data only, shaped like Stash's keys (a JWT). */
    private static final String GOOD = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.test-only-signature";
    private static final String MIDDLE = "eyJzdWIiOiJ0ZXN0In0";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final AtomicInteger stashAsked = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Themed.apply();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        AppDirs dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            stashAsked.incrementAndGet();
            return new StashVersion("v0.30.1", "OK");
        });
        SettingsFormModel model = new SettingsFormModel(AppSettings.defaults(), true, new SettingsStore(dirs, Clock.systemUTC()),
                check, new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
        new SettingsWindow(model, messages).show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aStashKeyInEveryBadShapeIsRefusedSayingWhatAndWhereNeverShowingIt(FxRobot robot) {
        robot.clickOn("#stash-url-input").write("http://192.168.1.20:9999");
        List<String[]> shapes = List.of(
                new String[] {GOOD.substring(0, 16) + "\u200B" + GOOD.substring(16), "an invisible character (U+200B) at position 17"},
                new String[] {"\uFEFF" + GOOD, "an invisible character (U+FEFF) at position 1"},
                new String[] {"\u201C" + GOOD + "\u201D", "a typographic quote (U+201C) at position 1"},
                new String[] {GOOD.substring(0, 24) + "\u00A0" + GOOD.substring(24), "a space (U+00A0) at position 25"});

        for (String[] shape : shapes) {
            paste(robot, "#stash-api-key-input", shape[0]);

            assertThat(error(robot, "stash-api-key")).as(shape[1])
                    .isEqualTo("The key contains " + shape[1] + "; paste it again from Stash \u2192 Settings \u2192 Security.");
            assertThat(robot.lookup("#test-connection").queryButton().isDisabled()).as("Test connection").isTrue();
            assertThat(robot.lookup("#save").queryButton().isDisabled()).as("Save").isTrue();
            robot.interact(() -> robot.lookup("#test-connection").queryButton().fire());
            assertThat(shownTexts(robot)).as("texts on screen").noneMatch(text -> text.contains(MIDDLE));
        }

        // Line breaks and DEL never reach the key: JavaFX's text field drops them from what is pasted
        // (SettingsValidationTest refuses them too, and EnvFileParser refuses them in a saved file).
        for (String dropped : List.of(GOOD.substring(0, 20) + "\r\n" + GOOD.substring(20),
                GOOD.substring(0, 30) + "\u007F" + GOOD.substring(30))) {
            paste(robot, "#stash-api-key-input", dropped);
            assertThat(robot.lookup("#stash-api-key-input").queryAs(TextInputControl.class).getText()).isEqualTo(GOOD);
            assertThat(error(robot, "stash-api-key")).isEmpty();
        }

        paste(robot, "#stash-api-key-input", "  " + GOOD + " ");
        assertThat(error(robot, "stash-api-key")).isEmpty();
        assertThat(robot.lookup("#test-connection").queryButton().isDisabled()).isFalse();
        assertThat(stashAsked).as("Stash asked with a refused key").hasValue(0);
        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(MIDDLE));
    }

    @Test
    void aPlexTokenWithAnInvisibleCharacterIsRefusedToo(FxRobot robot) {
        paste(robot, "#plex-token-input", "test-only-plex\u200Btoken");

        assertThat(error(robot, "plex-token"))
                .isEqualTo("The token contains an invisible character (U+200B) at position 15; copy it again from Plex.");
        assertThat(shownTexts(robot)).noneMatch(text -> text.contains("test-only-plex"));
    }

    /** Sets the field's text as a paste does (the robot's keyboard cannot type U+200B). */
    private static void paste(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String error(FxRobot robot, String fieldId) {
        WaitForAsyncUtils.waitForFxEvents();
        Labeled label = robot.lookup("#" + fieldId + "-error").queryAs(Labeled.class);
        return label.isVisible() ? label.getText() : "";
    }

    /** Every label, button and tooltip text of the window; the key fields themselves are not text shown to anyone. */
    private static List<String> shownTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        for (Node node : robot.lookup((Node candidate) -> candidate instanceof Labeled).queryAll()) {
            Labeled labeled = (Labeled) node;
            texts.add(String.valueOf(labeled.getText()));
            if (labeled.getTooltip() != null) {
                texts.add(labeled.getTooltip().getText());
            }
        }
        return texts;
    }
}
