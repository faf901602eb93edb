package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The status window a desktop without a tray gets, in a real window: it shows what the tray menu would
 * (status, what it means, the commands enabled as in the menu), follows status changes, shows a
 * notification in place, and closing it asks to quit as the tray's Quit does.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class WindowFallbackIT {

    private final UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
    private final TrayMenuFactory factory = new TrayMenuFactory(messages);
    private final List<TrayCommand> commands = new CopyOnWriteArrayList<>();
    private WindowFallback fallback;

    @Start
    void start(Stage ignored) {
        Themed.apply();
        fallback = new WindowFallback(new TrayIcons(), messages);
        fallback.install(factory.view(new ProviderStatus.Healthy("0.1.0", "v0.30.1"), Optional.of("http://localhost:32400/web")),
                commands::add);
    }

    @AfterEach
    void hide() throws Exception {
        WaitForAsyncUtils.asyncFx(fallback::remove).get(10, TimeUnit.SECONDS);
    }

    @Test
    void showsTheStatusAndRunsTheCommands(FxRobot robot) throws Exception {
        Window window = robot.window("Stash2Plex");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Running", "The provider 0.1.0 is running and connected to Stash v0.30.1.");
        assertThat(button(robot, "Start").isDisabled()).isTrue();
        Screenshots.take("tray-fallback-window", window);

        robot.clickOn(button(robot, "Stop"));
        robot.clickOn(button(robot, "Logs\u2026"));
        assertThat(commands).containsExactly(TrayCommand.STOP, TrayCommand.LOGS);
    }

    @Test
    void followsTheStatusAndShowsNotificationsInPlace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            fallback.show(factory.view(new ProviderStatus.Crashed(1, false, List.of("S2P_PROVIDER_PORT must be a number"), true),
                    Optional.empty()));
            fallback.notify(new Notifier.Notification("crash-loop", "Stash2Plex", "The provider keeps stopping.", true));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Stopped unexpectedly (exit code 1)", "The provider keeps stopping.");
        assertThat(button(robot, "Start").isDisabled()).isFalse();
        assertThat(button(robot, "Stop").isDisabled()).isTrue();
        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText).doesNotContain("Open Plex");
    }

    @Test
    void closingTheWindowAsksToQuit(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.window("Stash2Plex");
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(commands).containsExactly(TrayCommand.QUIT);
        assertThat(stage.isShowing()).as("the window stays until the quit question is answered").isTrue();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
    }
}
