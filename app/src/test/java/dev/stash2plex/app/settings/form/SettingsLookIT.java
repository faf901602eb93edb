package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.look.AppTheme;
import dev.stash2plex.app.look.Scheme;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.core.stash.StashVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings window's look and keyboard use, in a real window under the real theme: no red before
 * anything was typed, Tab through every control, the Show buttons named for screen readers, Tab
 * committing a rule cell, an old connection result cleared, the status page after Save with its dot
 * in each state's colour, and the pictures of both pages in light and dark.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class SettingsLookIT {

    private static final String KEY = "k3y-for-look";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger checks = new AtomicInteger();
    private final StatusPageModel statusPage = new StatusPageModel();
    private AppTheme theme;
    private SettingsWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new AppTheme(Optional.of(Scheme.LIGHT), Optional.empty());
        theme.apply(Scheme.LIGHT);
        AppDirs dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        SettingsFormModel model = new SettingsFormModel(AppSettings.defaults(), true, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck((url, key) -> {
                    checks.incrementAndGet();
                    return new StashVersion("v0.30.1", "OK");
                }), new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
        window = new SettingsWindow(model, statusPage, messages, owner -> { });
        window.show(stage);
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void stop() throws Exception {
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void nothingIsRedBeforeTheUserTypedAndAFieldTurnsRedOnceEdited(FxRobot robot) throws Exception {
        Label message = robot.lookup("#stash-url-error").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Enter the address you use to open Stash");
        Color danger = danger(robot);
        assertThat(fill(robot, message)).as("an untouched field's message is a hint").isNotEqualTo(danger);

        robot.clickOn("#stash-url-input").write("nas:9999");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(robot, message)).as("once typed, a problem is red").isEqualTo(danger);
        assertThat(robot.lookup("#stash-api-key-error").queryAs(Label.class).getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("untouched"));
    }

    @Test
    void tabReachesTheShowButtonWhichSaysWhatItShows(FxRobot robot) {
        robot.clickOn("#stash-api-key-input");
        robot.type(KeyCode.TAB);
        Node focused = robot.interact(() -> stage.getScene().getFocusOwner()) == null ? null : stage.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("stash-api-key-reveal");
        assertThat(((ToggleButton) focused).getAccessibleText()).isEqualTo("Show the Stash API key as text");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#stash-api-key-revealed").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(((ToggleButton) focused).getAccessibleText()).isEqualTo("Hide the Stash API key");
    }

    @Test
    void testConnectionKeepsItsWholeLabelAtTheNarrowestWindowAndItsResultGoesWhenTheInputsChange(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        Text shown = (Text) robot.lookup("#test-connection").queryButton().lookup(".text");
        assertThat(shown.getText()).isEqualTo("Test connection");

        robot.clickOn("#stash-url-input").write("http://nas.local:9999");
        robot.clickOn("#stash-api-key-input").write(KEY);
        robot.press(KeyCode.ALT).press(KeyCode.T).release(KeyCode.T).release(KeyCode.ALT);   // the button's mnemonic
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !result(robot).isEmpty() && !window.model().connectionTest().checking().get());
        assertThat(result(robot)).contains("v0.30.1");
        assertThat(checks.get()).isEqualTo(1);

        robot.clickOn("#stash-url-input").type(KeyCode.BACK_SPACE);
        assertThat(result(robot)).as("a result about another address is gone").isEmpty();
        robot.clickOn("#stash-url-input").write("9");
        robot.clickOn("#test-connection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !result(robot).isEmpty() && !window.model().connectionTest().checking().get());
        robot.clickOn("#stash-api-key-input").write("x");
        assertThat(result(robot)).as("a result about another key is gone").isEmpty();
    }

    @Test
    void tabCommitsARuleCellAndMovesToTheNextColumn(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".content-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.clickOn("#rule-add");
        robot.write("^/plex/(.*)").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("/stash/\\1").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().rules().rules()).singleElement().satisfies(rule -> {
            assertThat(rule.plexPattern()).isEqualTo("^/plex/(.*)");
            assertThat(rule.stashPattern()).isEqualTo("/stash/\\1");
        });
    }

    @Test
    void afterSaveTheWindowIsAStatusPageWithTheDotInEachStatesColourInLightAndDark(FxRobot robot) throws Exception {
        robot.clickOn("#stash-url-input").write("http://192.168.1.20:9999");
        robot.clickOn("#stash-api-key-input").write(KEY);
        robot.press(KeyCode.ALT).press(KeyCode.S).release(KeyCode.S).release(KeyCode.ALT);   // Save's mnemonic
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-page").tryQuery().isPresent());
        assertThat(window.showingStatus()).isTrue();
        assertThat(text(robot, "#status-page-footer")).isEqualTo("Saved.").doesNotContain("/");

        robot.interact(() -> {
            statusPage.status(new ProviderStatus.Starting());
            statusPage.providerUrl("http://192.168.1.20:9090");
        });
        Circle dot = robot.lookup(".status-dot").queryAs(Circle.class);
        Color busy = (Color) dot.getFill();
        assertThat(text(robot, "#status-headline")).isEqualTo("Starting\u2026");

        // The first Save builds the image: the page says which step, in the busy colour, in both themes.
        robot.interact(() -> statusPage.status(new ProviderStatus.Building(new ImageProgress(
                "COPY --chown=10001:10001 provider/ /app/", 14, 22, 0, 0))));
        assertThat(text(robot, "#status-headline")).isEqualTo("Preparing the provider\u2026 step 14 of 22");
        assertThat(text(robot, "#status-detail")).isEqualTo("Building the provider image (only the first time and after"
                + " updates), step 14 of 22: COPY --chown=10001:10001 provider/ /app/");
        assertThat(dot.getFill()).isEqualTo(busy);
        Screenshots.take("status-page-building-light", stage);
        robot.interact(() -> theme.apply(Scheme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take("status-page-building-dark", stage);
        robot.interact(() -> theme.apply(Scheme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> statusPage.status(new ProviderStatus.Healthy("0.1.0", "v0.30.1")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-headline")).isEqualTo("Provider running at http://192.168.1.20:9090");
        assertThat(text(robot, "#plex-step")).startsWith("Register the provider in Plex");
        Color good = (Color) dot.getFill();
        assertThat(dot.getAccessibleText()).isEqualTo("Running");
        Screenshots.take("status-page-light", stage);

        robot.interact(() -> statusPage.status(new ProviderStatus.Crashed(1, false, List.of(), true)));
        WaitForAsyncUtils.waitForFxEvents();
        Color problem = (Color) dot.getFill();
        assertThat(List.of(busy, good, problem)).as("one colour per kind of state").doesNotHaveDuplicates();
        assertThat(good.getGreen()).isGreaterThan(good.getRed());
        assertThat(problem.getRed()).isGreaterThan(problem.getGreen());

        robot.interact(() -> {
            statusPage.status(new ProviderStatus.Healthy("0.1.0", "v0.30.1"));
            theme.apply(Scheme.DARK);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(luminance(background(robot))).as("the dark theme's background").isLessThan(0.2);
        Screenshots.take("status-page-dark", stage);

        robot.clickOn("#edit-settings");
        assertThat(robot.lookup("#stash-url-input").queryAs(TextField.class).getText()).isEqualTo("http://192.168.1.20:9999");
        Screenshots.take("settings-dark", stage);
        robot.interact(() -> theme.apply(Scheme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(luminance(background(robot))).as("the light theme's background").isGreaterThan(0.8);
        Screenshots.take("settings-light", stage);
    }

    @Test
    void everyFieldFollowsTheDarkThemeWhenTheWindowOpensInIt(FxRobot robot) throws Exception {
        assertThat(onFx(() -> InputContrast.unreadable(stage.getScene().getRoot()))).as("light").isEmpty();
        // Dark before the window is built, as at a start on a dark desktop: the fields' first CSS pass is in dark.
        Stage dark = onFx(() -> {
            theme.apply(Scheme.DARK);
            UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
            AppDirs dirs = new AppDirs(dir.resolve("dark"), dir.resolve("dark-logs"), dir.resolve("dark-data"));
            SettingsFormModel model = new SettingsFormModel(AppSettings.defaults()
                    .withPlex("http://192.168.1.30:32400", dev.stash2plex.app.settings.Secret.NONE), true,
                    new SettingsStore(dirs, Clock.systemUTC()), new ConnectionCheck((url, key) -> new StashVersion("v0.30.1", "OK")),
                    new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
            Stage opened = new Stage();
            new SettingsWindow(model, messages).show(opened);
            return opened;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(luminance(onFx(() -> background(dark)))).as("the dark theme's background").isLessThan(0.2);
        assertThat(onFx(() -> InputContrast.unreadable(dark.getScene().getRoot())))
                .as("every input's text and prompt readable on its background").isEmpty();
        robot.interact(() -> {
            dark.close();
            theme.apply(Scheme.LIGHT);
        });
    }

    private Color danger(FxRobot robot) {
        // The theme's danger colour, as a label marked :error in the shared stylesheet shows it.
        Label probe = new Label("x");
        probe.getStyleClass().add("field-error");
        robot.interact(() -> {
            ((javafx.scene.layout.Pane) stage.getScene().getRoot().lookup(".header")).getChildren().add(probe);
            probe.applyCss();
        });
        Color color = (Color) probe.getTextFill();
        robot.interact(() -> ((javafx.scene.layout.Pane) probe.getParent()).getChildren().remove(probe));
        return color;
    }

    private static Color fill(FxRobot robot, Label label) {
        robot.interact(label::applyCss);
        return (Color) label.getTextFill();
    }

    private Color background(FxRobot robot) {
        return onFx(() -> background(stage));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    /** FX thread. */
    private static Color background(Stage stage) {
        Scene scene = stage.getScene();
        Region root = (Region) scene.getRoot();
        root.applyCss();
        return (Color) root.getBackground().getFills().getFirst().getFill();
    }

    private static double luminance(Color color) {
        return 0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue();
    }

    private static String result(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#connection-result").queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
