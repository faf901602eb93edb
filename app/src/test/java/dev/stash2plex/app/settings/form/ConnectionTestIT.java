package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.OneOffRun;
import dev.stash2plex.app.docker.ProviderImageForTests;
import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.PlexIdentity;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.LanAddress;
import dev.stash2plex.provider.testing.TestPorts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * Both legs: from this computer, and from the provider's container: this run's provider image run once
 * on the real engine ({@link ProviderImageLeg}), asking Stash and a Plex stand-in through the same network
 * settings as the provider, so a Stash listening on 127.0.0.1 only is named as such, whether the address is
 * {@code localhost}, {@code host.docker.internal} or this computer's LAN address.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class ConnectionTestIT {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.right-key";
    private static final String CONTAINER_REACHES = "The provider\u2019s container reaches it too.";
    private static final String LOOPBACK_ONLY = "Stash answers this computer but not the provider\u2019s container: it listens "
            + "on 127.0.0.1 only. In Stash, Settings \u2192 System \u2192 Network, set Host to 0.0.0.0 (all interfaces), then "
            + "restart Stash.";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    /** As Stash with its host set to 0.0.0.0: the container reaches it too. */
    private FakeStash stash;
    /** As Stash's default on a desk: 127.0.0.1 only. */
    private FakeStash loopbackStash;

    /** The real engine and this run's provider image, built once for the class. */
    private static ProviderImageForTests provider;
    /** Plex's {@code /identity} on every interface, as a Plex Media Server answers it. */
    private static HttpServer plex;

    @BeforeAll
    static void buildTheProviderImage() throws Exception {
        provider = ProviderImageForTests.assumeReady();
        provider.ensureImage();
        plex = HttpServer.create(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 0);
        plex.createContext("/identity", exchange -> {
            byte[] body = "{\"MediaContainer\":{\"size\":0,\"claimed\":true,\"machineIdentifier\":\"fake\",\"version\":\"1.41.3\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        plex.start();
    }

    @AfterAll
    static void removeTheProviderImage() {
        if (plex != null) {
            plex.stop(0);
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void startStash() throws Exception {
        // Here, not in @Start: without Stash's schema or a docker0 bridge the test must be skipped, and
        // TestFX would turn the skip into an error.
        // Without docker0 (Docker Desktop) host.docker.internal reaches this computer's loopback: nothing to tell apart.
        assumeTrue(NetworkInterface.getByName("docker0") != null, "no docker0 bridge: a loopback-only Stash answers the container too");
        stash = FakeStash.startOnAllInterfaces(KEY);
        loopbackStash = FakeStash.startWithApiKey(KEY);
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        AppDirs dirs = new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
        SettingsFormModel model = new SettingsFormModel(AppSettings.defaults(), true, new SettingsStore(dirs, Clock.systemUTC()),
                new ConnectionCheck(new ProviderStashProbe(), new ProviderImageLeg(provider::engine, engine -> provider.imageBuild(),
                        dir.resolve("probes")), new BridgeGatewayProbe(), new PlexIdentityLeg(new PlexIdentity(Duration.ofSeconds(3)))),
                new ProviderPathTrial(), messages, io, new FxThread(), saved -> { });
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
        replace(robot, "#plex-url-input", "http://localhost:" + plex.getAddress().getPort());

        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Connected: Stash v0.30.1. " + CONTAINER_REACHES + " " + plexAnswers());

        replace(robot, "#stash-api-key-input", "not-the-key");
        robot.clickOn("#test-connection");
        assertThat(result(robot)).startsWith("Stash answered, but refused the API key.");

        replace(robot, "#stash-api-key-input", KEY);
        stash.down();
        robot.clickOn("#test-connection");
        assertThat(result(robot)).startsWith("Cannot reach Stash from this computer: ").contains("localhost:" + stash.port());

        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(KEY)
                || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                        && event.getThrowableProxy().getMessage().contains(KEY)));
        assertThat(probeContainers()).isEmpty();
    }

    @Test
    void aStashOnLoopbackOnlyIsNamedAsTheReasonTheProviderCannotReachIt(FxRobot robot) throws Exception {
        replace(robot, "#plex-url-input", "http://localhost:" + plex.getAddress().getPort());
        robot.clickOn("#stash-api-key-input").write(KEY);
        for (String host : List.of("localhost", "127.0.0.1", "host.docker.internal")) {
            replace(robot, "#stash-url-input", "http://" + host + ":" + loopbackStash.port());
            robot.clickOn("#test-connection");
            assertThat(result(robot)).as(host).isEqualTo(LOOPBACK_ONLY + " " + plexAnswers());

            // The same Stash with its host set to 0.0.0.0: both legs answer.
            replace(robot, "#stash-url-input", "http://" + host + ":" + stash.port());
            robot.clickOn("#test-connection");
            assertThat(result(robot)).as(host).isEqualTo("Connected: Stash v0.30.1. " + CONTAINER_REACHES + " " + plexAnswers());
        }
        assertThat(probeContainers()).isEmpty();
    }

    @Test
    void atThisComputersLanAddressALoopbackOnlyStashIsNamedAndAnAllInterfacesOneAnswersBothLegs(FxRobot robot) throws Exception {
        Optional<InetAddress> lan = LanAddress.ofThisMachine();
        assumeTrue(lan.isPresent(), "this computer has no LAN address");
        String host = lan.get().getHostAddress();
        replace(robot, "#plex-url-input", "http://" + host + ":" + plex.getAddress().getPort());
        robot.clickOn("#stash-api-key-input").write(KEY);

        replace(robot, "#stash-url-input", "http://" + host + ":" + loopbackStash.port());
        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Stash answers this computer on 127.0.0.1 but not at " + host + ": it listens on "
                + "127.0.0.1 only, so the provider\u2019s container cannot reach it either. In Stash, Settings \u2192 System "
                + "\u2192 Network, set Host to 0.0.0.0 (all interfaces), then restart Stash. Plex 1.41.3 answers this computer at "
                + "http://" + host + ":" + plex.getAddress().getPort() + ".");

        replace(robot, "#stash-url-input", "http://" + host + ":" + stash.port());
        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Connected: Stash v0.30.1. " + CONTAINER_REACHES + " Plex 1.41.3 answers at http://"
                + host + ":" + plex.getAddress().getPort() + ", from this computer and from the provider\u2019s container.");
        assertThat(probeContainers()).isEmpty();
    }

    @Test
    void nothingAtThePlexAddressIsNamedFromTheContainersSide(FxRobot robot) throws Exception {
        int closed = TestPorts.free();
        robot.clickOn("#stash-url-input").write("http://localhost:" + stash.port());
        robot.clickOn("#stash-api-key-input").write(KEY);
        replace(robot, "#plex-url-input", "http://localhost:" + closed);

        robot.clickOn("#test-connection");
        assertThat(result(robot)).startsWith("Connected: Stash v0.30.1. " + CONTAINER_REACHES + " This computer cannot reach Plex "
                + "at http://localhost:" + closed + ": nothing listens there (connection refused). Check that Plex Media Server is "
                + "running, and the port (Plex\u2019s is 32400). The provider\u2019s container cannot reach Plex at "
                + "http://host.docker.internal:" + closed + ": nothing answers at http://host.docker.internal:" + closed + "/identity");
    }

    @Test
    void aPlexOnThisComputersLoopbackOnlyAnswersThisComputerAndTheContainerLegIsNamed(FxRobot robot) throws Exception {
        try (FakePlex loopbackPlex = FakePlex.start("plex-test-token", "1.43.1.10000-abcdef012")) {
            int port = loopbackPlex.url().getPort();
            robot.clickOn("#stash-url-input").write("http://localhost:" + stash.port());
            robot.clickOn("#stash-api-key-input").write(KEY);
            replace(robot, "#plex-url-input", "http://localhost:" + port);

            robot.clickOn("#test-connection");
            assertThat(result(robot)).startsWith("Connected: Stash v0.30.1. " + CONTAINER_REACHES + " Plex 1.43.1.10000-abcdef012 "
                    + "answers this computer at http://localhost:" + port + ", but not the provider\u2019s container, which asked "
                    + "http://host.docker.internal:" + port + ": nothing answers at http://host.docker.internal:" + port + "/identity")
                    .endsWith("Check that no firewall on this computer blocks Plex\u2019s port to Docker\u2019s network.");
            assertThat(robot.lookup("#connection-result").queryAs(Label.class).getPseudoClassStates())
                    .contains(javafx.css.PseudoClass.getPseudoClass("error"));
            Screenshots.take("settings-plex-this-computer-only", stage);
        }
    }

    @Test
    void theDefaultPlexAddressLeftAloneIsNotReportedOn(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#plex-url-input").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#plex-url-input").queryAs(TextField.class).getPromptText()).startsWith("http://host.docker.internal:32400");
        robot.clickOn("#stash-url-input").write("http://localhost:" + stash.port());
        robot.clickOn("#stash-api-key-input").write(KEY);

        robot.clickOn("#test-connection");
        assertThat(result(robot)).isEqualTo("Connected: Stash v0.30.1. " + CONTAINER_REACHES);
    }

    private static String plexAnswers() {
        return "Plex 1.41.3 answers at http://localhost:" + plex.getAddress().getPort()
                + ", from this computer and from the provider\u2019s container.";
    }

    /** The one-off containers of "Test connection" still in the engine: none, each run removes its own. */
    private static List<ContainerState> probeContainers() throws Exception {
        return provider.engine().containers(Map.of(OneOffRun.PURPOSE_LABEL, "connection-probe"));
    }

    private static String result(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
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
