package dev.stash2plex.app.plex.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.FakePlexLibraries;
import dev.stash2plex.app.plex.LocalInterface;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.plex.account.CapturedOutput;
import dev.stash2plex.app.plex.account.FakePlexTv;
import dev.stash2plex.app.plex.discovery.FakeGdmResponder;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
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
 * The Plex window's signed-in flow in a real window: sign in with Plex (FakePlexTv; the browser is
 * replaced by capturing the page's address, whose PIN the test approves as the user would), the
 * server found on the one of its two addresses that answers (FakePlex; the local one is dead),
 * register, then two movie libraries and a TV library set up in one go. Sign-in expired, cancelled, signed out. The
 * tokens appear in no text of the window, no log line, no console output.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class PlexSignInWindowIT {

    private static final String ACCOUNT_TOKEN = "acctTok-window-9a8b7c6d";
    private static final String SERVER_TOKEN = "srvTok-window-2b3c4d5e";
    private static final String VERSION = "1.43.0.10162-abcdef123";

    private static FakeStash stash;
    private static Provider provider;

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private FakePlex plex;
    private FakePlexTv plexTv;
    private FakeGdmResponder lan;
    private CapturedLogs logs;
    private CapturedOutput output;
    private int deadPort;
    private AppDirs dirs;

    @BeforeAll
    static void startProvider() {
        stash = FakeStash.start();
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), "stash-key", List.of()));
    }

    @AfterAll
    static void stopProvider() {
        if (stash != null) {
            provider.close();
            stash.close();
        }
    }

    @Start
    void start(Stage ignored) throws Exception {
        output = CapturedOutput.capture();
        logs = CapturedLogs.capture();
        plex = FakePlex.start(SERVER_TOKEN, VERSION);
        plex.libraries().add("1", "movie", "Movies");
        plex.libraries().add("2", "show", "TV Shows");
        plex.libraries().add("3", "movie", "Scenes");
        deadPort = TestPorts.free();
        plexTv = FakePlexTv.start(ACCOUNT_TOKEN);
        plexTv.addServer(new FakePlexTv.Server("Living Room", "pms-1", VERSION, true, SERVER_TOKEN, List.of(
                new FakePlexTv.Connection("http", "127.0.0.1", deadPort, true, false),
                new FakePlexTv.Connection("http", "127.0.0.1", plex.url().getPort(), false, false))));

        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        // No Plex address in the settings: signing in finds the server, and so does looking on the network
        // (with the pasted token, which the signed-in flow does not use).
        AppSettings settings = AppSettings.defaults().withStash("http://127.0.0.1:" + stash.port(), new Secret("stash-key"))
                .withPlex("", new Secret(SERVER_TOKEN)).withProvider(provider.port(), LogLevel.INFO);
        lan = new FakeGdmResponder(List.of(new FakeGdmResponder.Announced("Living Room", "pms-1", VERSION, plex.url().getPort())));
        ProviderUrlModel address = new ProviderUrlModel(() -> List.of(nic()),
                new ProviderUrlStore(dirs.configDir().resolve("plex.properties")), PlexWindow::copyToClipboard,
                messages, io, new FxThread());
        PlexModel model = new PlexModel(new PlexRegistration(new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(15))), address, messages, io, new FxThread());
        PlexWindow window = new PlexWindow(model, TestPlexSteps.build(plexTv, dirs.configDir(), opened::add, lan.address(), model,
                messages, io, new FxThread()), messages, () -> settings);
        window.show();
    }

    @AfterEach
    void theTokensAreNowhereToBeSeen(FxRobot robot) throws Exception {
        assertThat(texts(robot)).isNotEmpty().noneMatch(t -> t.contains(ACCOUNT_TOKEN) || t.contains(SERVER_TOKEN));
        logs.close();
        output.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(ACCOUNT_TOKEN) || line.contains(SERVER_TOKEN));
        assertThat(output.text()).doesNotContain(ACCOUNT_TOKEN).doesNotContain(SERVER_TOKEN);
        assertThat(opened).noneMatch(uri -> uri.toString().contains(ACCOUNT_TOKEN));
        assertThat(plex.requests()).noneMatch(r -> r.query() != null && r.query().contains(SERVER_TOKEN));
        assertThat(plexTv.requests()).noneMatch(r -> r.query() != null && r.query().contains(ACCOUNT_TOKEN));
        plex.close();
        plexTv.close();
        lan.close();
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void signInPickTheServerRegisterAndSetUpTwoLibraries(FxRobot robot) throws Exception {
        screenshot(robot, "plex-setup-1-sign-in");
        robot.clickOn("#sign-in");
        URI page = signInPage();
        waitForResult(robot, "#signin-result", "Waiting for you to approve Stash2Plex");
        assertThat(robot.lookup("#cancel-sign-in").query().isVisible()).isTrue();
        assertThat(plexTv.approve(code(page))).isTrue();
        waitForResult(robot, "#signin-result", "Signed in.");
        assertThat(Files.readString(dirs.configDir().resolve("plex-token"), StandardCharsets.UTF_8).strip()).isEqualTo(ACCOUNT_TOKEN);

        // One server on the account: picked by itself, reached on its remote address after the dead local one.
        waitForResult(robot, "#servers-result", "“Living Room”, Plex Media Server " + VERSION + ", at " + plex.url()
                + ": custom metadata providers are supported.");
        assertThat(text(robot, "#plex-server-url")).isEqualTo("Plex address (signed in): " + plex.url());
        assertThat(text(robot, "#plex-server-token")).isEqualTo("Plex token: from Sign in with Plex (never shown)");
        assertThat(robot.lookup("#lan-picker").query().isVisible()).isFalse();
        screenshot(robot, "plex-setup-2-server");

        String providerUrl = "http://127.0.0.1:" + provider.port();
        replace(robot, "#provider-url", providerUrl);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#create-agent"); // library setup creates it, and says so first
        robot.clickOn("#register");
        waitForResult(robot, "#register-result", "Registered: Plex reads Stash2Plex from " + providerUrl + ".");

        robot.clickOn("#list-libraries");
        waitForResult(robot, "#library-result", "2 movie libraries and one TV library.");
        assertThat(text(robot, "#library-note-2")).startsWith("TV library: each studio becomes a show");
        robot.clickOn("#review-libraries");
        waitForResult(robot, "#library-result", "Plex will create the agent “Stash2Plex” with Stash2Plex as its primary provider, "
                + "use it for “Movies”, “Scenes”, and refresh all their metadata");
        assertThat(text(robot, "#library-result")).contains("Plex will create the agent “Stash2Plex (TV: studios as shows)” with "
                + "Stash2Plex’s TV provider as its primary provider, use it for “TV Shows”");
        assertThat(plex.registry().agents()).as("reviewing changes nothing").isEmpty();
        for (String box : List.of("#library-1", "#library-2", "#library-3")) {
            assertThat(robot.lookup(box).queryAs(javafx.scene.control.CheckBox.class).isSelected()).as(box).isTrue();
        }
        scrollToEnd(robot);
        screenshot(robot, "plex-setup-3-libraries");

        robot.clickOn("#apply-libraries");
        waitForResult(robot, "#library-result", "Done: “Movies”, “Scenes” now use the agent “Stash2Plex”; “TV Shows” now uses "
                + "the agent “Stash2Plex (TV: studios as shows)”");
        scrollToEnd(robot);
        screenshot(robot, "plex-setup-4-done");
        String movieGroup = groupLedBy("tv.plex.agents.custom.stash2plex");
        String tvGroup = groupLedBy("tv.plex.agents.custom.stash2plex.tv");
        assertThat(plex.libraries().sections()).extracting(FakePlexLibraries.Section::groupId)
                .containsExactly(movieGroup, tvGroup, movieGroup);
        assertThat(plex.libraries().refreshes()).extracting(FakePlexLibraries.Refresh::key).containsExactly("1", "3", "2");
        assertThat(plex.requests()).filteredOn(r -> !r.path().equals("/identity")).allMatch(r -> SERVER_TOKEN.equals(r.tokenHeader()));
    }

    @Test
    void aSignInNobodyApprovesExpiresWithWhatToDo(FxRobot robot) throws Exception {
        plexTv.pinLifetime(Duration.ofSeconds(1));
        robot.clickOn("#sign-in");
        waitForResult(robot, "#signin-result", "The sign-in was not approved in time and Plex has forgotten it. Press Sign in "
                + "with Plex to try again");
        screenshot(robot, "plex-setup-expired");
        assertThat(dirs.configDir().resolve("plex-token")).doesNotExist();
    }

    @Test
    void cancelStopsTheSignInAndSignOutForgetsIt(FxRobot robot) throws Exception {
        robot.clickOn("#sign-in");
        signInPage();
        robot.clickOn("#cancel-sign-in");
        waitForResult(robot, "#signin-result", "Sign-in cancelled.");
        assertThat(plexTv.approve(code(opened.getFirst()))).isTrue(); // approving later changes nothing
        assertThat(dirs.configDir().resolve("plex-token")).doesNotExist();

        robot.clickOn("#sign-in");
        URI second = secondSignInPage();
        plexTv.approve(code(second));
        waitForResult(robot, "#servers-result", "“Living Room”");
        robot.clickOn("#sign-out");
        waitForResult(robot, "#signin-result", "Signed out: the sign-in is deleted from this computer.");
        assertThat(dirs.configDir().resolve("plex-token")).doesNotExist();
        assertThat(robot.lookup("#server-picker").query().isVisible()).isFalse();
        assertThat(text(robot, "#plex-server-url")).isEqualTo("Plex address (from Settings): not set");
        assertThat(robot.lookup("#lan-picker").query().isVisible()).isTrue();
    }

    @Test
    void withAPastedTokenTheServerIsFoundOnTheLocalNetwork(FxRobot robot) throws Exception {
        robot.clickOn("#look-on-network");
        waitForResult(robot, "#lan-result", "One Plex server answered on your network");
        robot.clickOn("#lan-0");
        assertThat(text(robot, "#plex-server-url")).isEqualTo("Plex address (found on your network): " + plex.url());
        robot.clickOn("#connect");
        waitForResult(robot, "#connect-result", "“Living Room”, Plex Media Server " + VERSION
                + ": custom metadata providers are supported. Stash2Plex is not registered yet.");
        assertThat(lan.received()).containsExactly("M-SEARCH * HTTP/1.1\r\n\r\n");
        screenshot(robot, "plex-setup-lan");
    }

    private String groupLedBy(String primary) {
        return plex.registry().agents().stream().filter(a -> a.primaryIdentifier().equals(primary))
                .map(a -> String.valueOf(a.id())).findFirst().orElseThrow();
    }

    private URI secondSignInPage() {
        return dev.stash2plex.provider.testing.Polling.until("a second sign-in page", Duration.ofSeconds(10),
                () -> opened.size() < 2 ? null : opened.get(1));
    }

    private URI signInPage() {
        return dev.stash2plex.provider.testing.Polling.until("the sign-in page opened", Duration.ofSeconds(10),
                () -> opened.isEmpty() ? null : opened.getFirst());
    }

    private static String code(URI page) {
        for (String pair : page.getRawFragment().substring(1).split("&")) {
            if (pair.startsWith("code=")) {
                return java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no code in the sign-in page's address");
    }

    private static void scrollToEnd(FxRobot robot) {
        robot.interact(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.ScrollPane).queryAll()
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
    }

    /** Screenshots.take waits, when screenshots are on, for the window to be painted and settled. */
    private static void screenshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(name, plexStage(robot));
    }

    private static Stage plexStage(FxRobot robot) {
        return (Stage) robot.lookup("#plex-header").query().getScene().getWindow();
    }

    private static void replace(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
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

    /** Every text node of the Plex window, hidden ones too: labels, fields, and the Text inside any control. */
    private static List<String> texts(FxRobot robot) {
        List<String> all = new ArrayList<>();
        robot.interact(() -> collect(plexStage(robot).getScene().getRoot(), all));
        return all;
    }

    private static void collect(Node node, List<String> into) {
        switch (node) {
            case Labeled labeled when labeled.getText() != null -> into.add(labeled.getText());
            case TextInputControl input when input.getText() != null -> into.add(input.getText());
            case Text text when text.getText() != null -> into.add(text.getText());
            default -> { }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static LocalInterface nic() {
        try {
            return new LocalInterface("eth0", true, false, false, List.of(InetAddress.getByName("192.168.1.10")));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
