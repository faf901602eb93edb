package dev.stash2plex.app.plex.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.CandidateUrl;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.LocalInterface;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plex window's model without any window: both executors run in place, so every command has
 * finished when it returns. Plex is FakePlex over real HTTP; no provider runs, so registering shows
 * the "cannot reach the provider" advice.
 */
class PlexModelIT {

    private static final String TOKEN = "plexTok-model-5e6f7a8b";
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private final List<String> clipboard = new ArrayList<>();
    private FakePlex plex;
    private ProviderUrlStore store;
    private PlexModel model;

    @BeforeEach
    void start() throws Exception {
        plex = FakePlex.start(TOKEN, "1.43.1.10540-abcdef123");
        store = new ProviderUrlStore(dir.resolve("plex.properties"));
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        LocalInterface eth = new LocalInterface("eth0", true, false, false, List.of(InetAddress.getByName("192.168.1.10")));
        ProviderUrlModel address = new ProviderUrlModel(() -> List.of(eth), store, clipboard::add, messages, NOW, NOW);
        model = new PlexModel(new PlexRegistration(new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10))), address, messages, NOW, NOW);
    }

    @AfterEach
    void stop() {
        plex.close();
    }

    @Test
    void showsTheTokenOnlyMaskedAndSaysWhatIsMissing() {
        model.use(settings("", Secret.NONE));
        assertThat(model.plexUrl().get()).isEqualTo("Plex address (from Settings): not set");
        assertThat(model.token().get()).isEqualTo("Plex token (from Settings): not set");
        model.connect();
        assertThat(model.connection().get().text()).startsWith("Enter your Plex address in Settings first");
        model.use(settings(plex.url().toString(), Secret.NONE));
        model.connect();
        assertThat(model.connection().get()).isEqualTo(new Outcome(UserMessages.forLocale(Locale.ENGLISH).text("plex.needToken"),
                Outcome.Tone.ERROR));
        model.use(settings(plex.url().toString(), new Secret(TOKEN)));
        assertThat(model.token().get()).isEqualTo("Plex token (from Settings): ••••••••");
        assertThat(plex.requests()).isEmpty();
    }

    @Test
    void connectsAndTellsTheRegistrationAdviceWhenNoProviderAnswers() {
        model.use(settings(plex.url().toString(), new Secret(TOKEN)));
        assertThat(model.address().url().get()).isEqualTo("http://192.168.1.10:9191");
        model.connect();
        assertThat(model.connection().get().tone()).isEqualTo(Outcome.Tone.SUCCESS);
        assertThat(model.connection().get().text()).contains("1.43.1.10540-abcdef123", "not registered yet");

        model.address().url().set("http://127.0.0.1:1");
        model.register();
        assertThat(model.registered().get().tone()).isEqualTo(Outcome.Tone.ERROR);
        assertThat(model.registered().get().text()).startsWith("Plex cannot reach the provider at http://127.0.0.1:1.");
        assertThat(model.busy().get()).isFalse();
        assertThat(store.load()).contains("http://127.0.0.1:1");
    }

    @Test
    void theUsersOwnAddressIsValidatedSavedAndOfferedFirst() {
        model.use(settings(plex.url().toString(), new Secret(TOKEN)));
        ProviderUrlModel address = model.address();
        address.url().set("nas.local:9191");
        assertThat(address.problem().get()).startsWith("Start the address with http:// or https://");
        assertThat(model.canRegister().get()).isFalse();
        address.copy();
        assertThat(clipboard).isEmpty();

        address.url().set("https://stash2plex.home.example");
        address.copy();
        assertThat(clipboard).containsExactly("https://stash2plex.home.example");
        assertThat(address.copied().get()).isTrue();
        assertThat(store.load()).contains("https://stash2plex.home.example");
        assertThat(address.candidates()).extracting(CandidateUrl::source)
                .containsExactly(CandidateUrl.Source.OWN, CandidateUrl.Source.LAN, CandidateUrl.Source.DOCKER_HOST);

        address.url().set("http://192.168.1.10:9191"); // back to a suggestion: the saved one is forgotten
        address.commit();
        assertThat(store.load()).isEmpty();
        address.url().set("http://localhost:9191");
        assertThat(address.warning().get()).startsWith("Only works when Plex runs directly on this computer");
    }

    private static AppSettings settings(String plexUrl, Secret token) {
        return AppSettings.defaults().withPlex(plexUrl, token).withProvider(9191, LogLevel.INFO);
    }
}
