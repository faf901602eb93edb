package dev.stash2plex.app.plex.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.FakePlexLibraries;
import dev.stash2plex.app.plex.FakePlexRegistry;
import dev.stash2plex.app.plex.LocalInterface;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.plex.account.FakePlexTv;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.settings.form.ConnectionCheck;
import dev.stash2plex.app.settings.form.ProviderPathTrial;
import dev.stash2plex.app.settings.form.SettingsFormModel;
import dev.stash2plex.app.settings.form.SettingsWindow;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Connect to Plex" window in a real window, opened from the settings window's "Plex…" button,
 * against FakePlex over real HTTP, with the real provider as what Plex fetches. The token is never in
 * a visible text nor in a log line. A library still on the legacy StashPlexAgent is flagged and switched in place.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class PlexWindowIT {

    private static final String TOKEN = "plexTok-window-1a2b3c4d";
    private static final List<LocalInterface> THIS_MACHINE = List.of(
            nic("lo", true, "127.0.0.1"), nic("docker0", false, "172.17.0.1"), nic("eth0", false, "192.168.1.10"));

    private static FakeStash stash;
    private static Provider provider;

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private FakePlex plex;
    private FakePlexTv plexTv;
    private CapturedLogs logs;
    private Stage settingsStage;

    @BeforeAll
    static void startProvider() {
        stash = FakeStash.start();
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), "stash-key", List.of()));
    }

    @AfterAll
    static void stopProvider() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @Start
    void start(Stage stage) {
        Themed.apply();
        settingsStage = stage;
        logs = CapturedLogs.capture();
        plex = FakePlex.start(TOKEN, "1.43.0.10162-abcdef123");
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        AppDirs dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        AppSettings saved = AppSettings.defaults().withStash("http://127.0.0.1:" + stash.port(), new Secret("stash-key"))
                .withPlex(plex.url().toString(), new Secret(TOKEN)).withProvider(provider.port(), LogLevel.INFO);
        SettingsFormModel settings = new SettingsFormModel(saved, false, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                new ProviderPathTrial(), messages, io, new FxThread(), changed -> { });
        ProviderUrlModel address = new ProviderUrlModel(() -> THIS_MACHINE,
                new ProviderUrlStore(dirs.configDir().resolve("plex.properties")), PlexWindow::copyToClipboard,
                messages, io, new FxThread());
        PlexModel model = new PlexModel(new PlexRegistration(new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(15))), address, messages, io, new FxThread());
        plexTv = FakePlexTv.start("acctTok-window-unused");
        PlexWindow plexWindow = new PlexWindow(model, TestPlexSteps.build(plexTv, dirs.configDir(), uri -> { }, model, messages, io,
                new FxThread()), messages, settings::current);
        new SettingsWindow(settings, messages, plexWindow::show).show(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        assertThat(visibleTexts(robot)).noneMatch(text -> text.contains(TOKEN.substring(4)));
        logs.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN.substring(4)));
        assertThat(plex.requests()).noneMatch(request -> request.query() != null && request.query().contains(TOKEN.substring(4)));
        plex.close();
        plexTv.close();
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void showsTheAddressesOfThisMachineAndCopiesTheChosenOne(FxRobot robot) throws Exception {
        open(robot);
        String lan = "http://192.168.1.10:" + provider.port();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lan.equals(text(robot, "#provider-url")));
        assertThat(text(robot, "#candidate-0")).isEqualTo(lan);
        assertThat(text(robot, "#candidate-1")).isEqualTo("http://host.docker.internal:" + provider.port());
        assertThat(robot.lookup("#candidate-2").tryQuery()).isEmpty();
        assertThat(text(robot, "#plex-server-token")).isEqualTo("Plex token (from Settings): ••••••••");
        robot.clickOn("#copy-url");
        assertThat(clipboard(robot)).isEqualTo(lan);
        assertThat(text(robot, "#copy-url")).isEqualTo("✓ Copied");
        screenshot(robot, "plex-address");

        robot.clickOn("#candidate-1");
        assertThat(text(robot, "#provider-url")).isEqualTo("http://host.docker.internal:" + provider.port());
        replace(robot, "#provider-url", "192.168.1.10:9090");
        assertThat(text(robot, "#provider-url-problem")).startsWith("Start the address with http://");
        assertThat(robot.lookup("#register").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aWrongTokenSaysSo(FxRobot robot) throws Exception {
        // Typed into the settings form a moment ago, not saved: the Plex window uses it all the same.
        replace(robot, "#plex-token-input", "not-" + TOKEN.substring(4));
        open(robot);
        robot.clickOn("#connect");
        waitForResult(robot, "#connect-result", "Plex refused the token.");
    }

    @Test
    void anOldServerSaysUpdatePlex(FxRobot robot) throws Exception {
        plex.version("1.42.2.10156-f737b826c");
        open(robot);
        robot.clickOn("#connect");
        waitForResult(robot, "#connect-result", "“Living Room”, Plex Media Server 1.42.2.10156-f737b826c, is too old");
        useOwnAddress(robot, "http://127.0.0.1:" + provider.port());
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "This Plex Media Server (1.42.2.10156-f737b826c) has no custom metadata providers.");
        screenshot(robot, "plex-too-old");
    }

    @Test
    void registersCreatesTheAgentAndRegistersAgainAsAnUpdate(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#connect");
        waitForResult(robot, "#connect-result", "“Living Room”, Plex Media Server 1.43.0.10162-abcdef123: custom metadata "
                + "providers are supported. Stash2Plex is not registered yet.");
        String url = "http://127.0.0.1:" + provider.port();
        useOwnAddress(robot, url);
        assertThat(text(robot, "#provider-url-warning")).startsWith("Only works when Plex runs directly on this computer");
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Registered: Plex reads Stash2Plex from " + url + ". Its TV provider is registered "
                + "too, at " + url + "/tv. Created the agent “Stash2Plex”.");
        screenshot(robot, "plex-registered");
        assertThat(Files.readString(dir.resolve("stash2plex/plex.properties"))).contains("provider.url=" + url.replace(":", "\\:"));

        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Already registered at " + url + "; Plex has read it again. So is its TV "
                + "provider, at " + url + "/tv. The agent");

        String moved = "http://localhost:" + provider.port();
        useOwnAddress(robot, moved);
        robot.clickOn("#create-agent");
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Registered: Plex now reads Stash2Plex from " + moved + " instead of " + url
                + ". Its TV provider moved too, to " + moved + "/tv. Restart Plex Media Server");
        assertThat(plex.registry().providers()).extracting(FakePlexRegistry.Entry::uri).containsExactly(moved, moved + "/tv");
        assertThat(plex.registry().agents()).hasSize(1);
        robot.clickOn("#connect");
        waitForResult(robot, "#connect-result", "“Living Room”, Plex Media Server 1.43.0.10162-abcdef123: custom metadata "
                + "providers are supported. Stash2Plex is registered there at " + moved + ".");
    }

    @Test
    void aLibraryOnTheOldAgentIsFlaggedAndSwitchedInPlace(FxRobot robot) throws Exception {
        plex.libraries().add("1", "movie", "Movies");
        plex.libraries().addOnAgent("2", "movie", "Stash", "com.plexapp.agents.stashplexagent");
        plex.libraries().add("3", "show", "Studios");
        plex.libraries().add("4", "artist", "Music");
        open(robot);
        String url = "http://127.0.0.1:" + provider.port();
        useOwnAddress(robot, url);
        robot.clickOn("#create-agent"); // the library step creates it, and says so first
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Registered: Plex reads Stash2Plex from " + url + ". Its TV provider is registered "
                + "too, at " + url + "/tv.");

        robot.clickOn("#list-libraries");
        waitForResult(robot, "#library-result", "2 movie libraries and one TV library.");
        assertThat(text(robot, "#library-note-2")).isEqualTo("Uses the old StashPlexAgent — switching keeps watch history: "
                + "items are re-matched in place.");
        assertThat(text(robot, "#library-note-3")).startsWith("TV library: each studio becomes a show");
        assertThat(robot.lookup("#library-note-1").tryQuery()).as("a movie library on Plex's own agent needs no note").isEmpty();
        assertThat(robot.lookup("#library-4").tryQuery()).as("music is not Stash2Plex's").isEmpty();
        assertThat(checkBox(robot, "#library-2").isSelected()).as("the old agent's library is ticked like the others").isTrue();
        assertThat(checkBox(robot, "#library-2").getAccessibleHelp()).startsWith("Uses the old StashPlexAgent");

        scrollToEnd(robot); // the list pushed the buttons below the window's fold
        robot.clickOn("#review-libraries");
        waitForResult(robot, "#library-result", "Plex will create the agent “Stash2Plex” with Stash2Plex as its primary provider, "
                + "use it for “Movies”, “Stash”, and refresh all their metadata");
        assertThat(text(robot, "#library-result")).contains("“Stash” leaves the old StashPlexAgent: Plex matches its "
                + "items again in place, so watch history stays.", "use it for “Studios”");
        scrollToEnd(robot);
        screenshot(robot, "plex-setup-legacy");

        // This time only the old agent's library: unticking the others drops the plan, so Apply waits for a new review.
        robot.clickOn("#library-1");
        robot.clickOn("#library-3");
        assertThat(robot.lookup("#apply-libraries").queryButton().isDisabled()).isTrue();
        robot.clickOn("#review-libraries");
        waitForResult(robot, "#library-result", "Plex will create the agent “Stash2Plex” with Stash2Plex as its primary provider, "
                + "use it for “Stash”, and refresh");
        assertThat(text(robot, "#library-result")).doesNotContain("Studios");
        scrollToEnd(robot);
        robot.clickOn("#apply-libraries");
        waitForResult(robot, "#library-result", "Done: “Stash” now uses the agent “Stash2Plex”; Plex is refreshing "
                + "their metadata.");

        String group = plex.registry().agents().stream().filter(a -> a.primaryIdentifier().equals("tv.plex.agents.custom.stash2plex"))
                .map(a -> String.valueOf(a.id())).findFirst().orElseThrow();
        assertThat(plex.requests()).filteredOn(r -> r.path().startsWith("/library/sections/"))
                .extracting(r -> r.method() + " " + r.path() + "?" + r.query())
                .containsExactly("PUT /library/sections/2?agent=tv.plex.agents.custom.stash2plex&metadataAgentProviderGroupId=" + group,
                        "POST /library/sections/2/refresh?force=1");
        assertThat(plex.libraries().sections()).extracting(s -> s.key() + " " + s.agent()).containsExactly(
                "1 tv.plex.agents.movie", "2 tv.plex.agents.custom.stash2plex", "3 tv.plex.agents.series", "4 tv.plex.agents.music");
        assertThat(plex.libraries().refreshes()).containsExactly(new FakePlexLibraries.Refresh("2", true));
    }

    @Test
    void anAddressPlexCannotReachGetsTheRightAdvice(FxRobot robot) throws Exception {
        open(robot);
        int dead = TestPorts.free();
        useOwnAddress(robot, "http://127.0.0.1:" + dead);
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Plex cannot reach the provider at http://127.0.0.1:" + dead + ". Check that "
                + "Stash2Plex is running, use this computer's network address (not localhost), allow incoming connections to port "
                + dead);
        screenshot(robot, "plex-provider-unreachable");
        assertThat(plex.registry().providers()).isEmpty();
    }

    private void open(FxRobot robot) {
        robot.clickOn("#open-plex");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plexStage(robot).isShowing()).isTrue();
    }

    /** After the result is in a label, the next pulse still has to paint it. */
    private static void screenshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(name, plexStage(robot));   // waits for the paint, only when pictures are taken
    }

    private static Stage plexStage(FxRobot robot) {
        return (Stage) robot.lookup("#plex-header").query().getScene().getWindow();
    }

    private static javafx.scene.control.CheckBox checkBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.CheckBox.class);
    }

    private static void scrollToEnd(FxRobot robot) {
        robot.interact(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.ScrollPane).queryAll()
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
    }

    private static void useOwnAddress(FxRobot robot, String url) {
        replace(robot, "#provider-url", url);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    private static void replace(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        // Without a window manager a second window is not always focused after a click; make sure.
        robot.interact(() -> {
            field.getScene().getWindow().requestFocus();
            field.setText("");
        });
        robot.clickOn(field).write(text);
    }

    private static void waitForResult(FxRobot robot, String query, String start) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, query).startsWith(start));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Expected " + query + " to start with \"" + start + "\" but it is \"" + text(robot, query) + "\"");
        }
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextInputControl input ? input.getText() : ((Labeled) node).getText();
    }

    private static String clipboard(FxRobot robot) {
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        return copied[0];
    }

    /** Every text in the Plex window (the settings form's masked token field is that form's business). */
    private static List<String> visibleTexts(FxRobot robot) {
        if (robot.lookup("#plex-header").tryQuery().isEmpty()) {
            return List.of();
        }
        return robot.from(plexStage(robot).getScene().getRoot())
                .lookup((Node node) -> node instanceof Labeled || node instanceof TextInputControl).queryAll().stream()
                .map(node -> node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText())
                .filter(text -> text != null)
                .toList();
    }

    private static LocalInterface nic(String name, boolean loopback, String address) {
        try {
            return new LocalInterface(name, true, loopback, false, List.of(InetAddress.getByName(address)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
