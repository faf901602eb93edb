package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.health.HealthProbe;
import dev.stash2plex.app.health.ProviderHealth;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.health.SyncNowRequest;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.notify.SyncNotifier;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.sync.SyncSettings;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The tray's Plex sync line, from a real provider's {@code /health} (the provider started in this
 * JVM against the schema-validating fake Stash and the fake Plex Media Server), in a real window
 * under the display: "Plex up to date", then with Plex down "3 changes waiting — Plex unreachable
 * since …", the notification after ten minutes of that (the notifier's clock is moved on; the
 * provider's failing_since is real), "Sync now" through the provider's endpoint, and the recovery.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class TraySyncIT {

    private static final String KEY = "tray-sync-stash-key";
    private static final String TOKEN = "tray-sync-plex-token";
    private static final String ADMIN = "tray-sync-admin-token-0123456789";
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/";

    private final UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
    private final ZoneId zone = ZoneId.systemDefault();
    private final TrayMenuFactory factory = new TrayMenuFactory(messages, zone);
    private final List<TrayCommand> commands = new CopyOnWriteArrayList<>();
    private final List<Notifier.Notification> notified = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private WindowFallback window;

    @TempDir
    Path dataDir;

    @Start
    void start(Stage ignored) {
        window = new WindowFallback(new TrayIcons(), messages);
        window.install(factory.view(new ProviderStatus.Starting(), Optional.empty()), commands::add);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::remove).get(10, TimeUnit.SECONDS);
        for (AutoCloseable resource : closing.reversed()) {
            resource.close();
        }
    }

    @Test
    void theTraySaysWhatTheProvidersPlexSyncDoes(FxRobot robot) throws Exception {
        FakeStash stash = FakeStash.start(StashSchema.load(), KEY);
        closing.add(stash);
        FakePms plex = FakePms.start(TOKEN).section("1", "Stash", "/media");
        closing.add(plex);
        for (int i = 1; i <= 5; i++) {
            stash.add(FakeScene.builder(Integer.toString(i)).title("Scene " + i).file("/media/scene-" + i + ".mp4"));
            plex.item("1", Integer.toString(400 + i), GUID + i, "/media/scene-" + i + ".mp4");
        }
        Provider provider = TestProvider.start(TestProvider.withAccess(TestProvider.indexed(stash.baseUrl(), KEY, List.of(), dataDir,
                Duration.ofSeconds(5), Duration.ofMinutes(10), List.of()).withPlex(plex.baseUrl(), TOKEN, new SyncSettings(5,
                Duration.ofHours(72), false, false, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2))),
                Optional.empty(), List.of(), ADMIN, 0));
        closing.add(provider);
        HealthProbe probe = HealthProbe.withDefaultClient();

        SyncHealth upToDate = Polling.until("the provider's sync up to date", Duration.ofSeconds(60),
                () -> stateIs(probe.check(provider.port()), SyncHealth.State.UP_TO_DATE));
        show(upToDate);
        assertThat(labels(robot)).contains("Running", "\u21BB Plex up to date");
        Screenshots.take("tray-sync-up-to-date", robot.window("Stash2Plex"));

        plex.down();
        for (String id : List.of("1", "3", "5")) {
            stash.edit(id, scene -> scene.title("Edited while Plex is away"));
        }
        SyncHealth failing = Polling.until("three changes wait for an unreachable Plex", Duration.ofSeconds(30), () -> {
            SyncHealth sync = probe.check(provider.port()).sync();
            return sync.state() == SyncHealth.State.FAILING && sync.waiting() == 3 ? sync : null;
        });
        String since = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(failing.failingSince().atZone(zone));
        SyncNotifier notifier = new SyncNotifier(messages, Clock.fixed(failing.failingSince().plus(Duration.ofMinutes(11)),
                ZoneOffset.UTC), zone, notified::add);
        show(failing);
        WaitForAsyncUtils.asyncFx(() -> {
            notifier.update(failing);
            notified.forEach(window::notify);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(robot)).contains("\u21BB 3 changes waiting \u2014 Plex unreachable since " + since);
        assertThat(notified).singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("Plex is not getting your changes"));
        Screenshots.take("tray-sync-failing", robot.window("Stash2Plex"));

        robot.clickOn(button(robot, "Sync Plex now"));
        assertThat(commands).containsExactly(TrayCommand.SYNC_NOW);
        plex.up();
        SyncNowRequest.Answer answer = SyncNowRequest.withDefaultClient(() -> Optional.of(ADMIN)).send(provider.port());
        assertThat(answer.accepted()).isTrue();
        SyncHealth recovered = Polling.until("delivered after Sync now", Duration.ofSeconds(20),
                () -> stateIs(probe.check(provider.port()), SyncHealth.State.UP_TO_DATE));
        assertThat(plex.refreshed()).containsExactlyInAnyOrder("401", "403", "405");
        WaitForAsyncUtils.asyncFx(() -> notifier.update(recovered)).get(10, TimeUnit.SECONDS);
        assertThat(notified).hasSize(2).last().satisfies(n -> assertThat(n.title()).isEqualTo("Plex is getting your changes again"));
    }

    private static SyncHealth stateIs(ProviderHealth health, SyncHealth.State state) {
        return health.sync().state() == state ? health.sync() : null;
    }

    private void show(SyncHealth sync) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.show(factory.view(new ProviderStatus.Healthy("test", "v0.30.1"), Optional.empty(), sync)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
    }
}
