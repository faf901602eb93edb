package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.core.stash.StashVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plex address's default is the field's placeholder, not a value: "Test connection" says nothing about Plex
 * until the user gave an address (or a token), a saved file with the default still loads, and Save writes it.
 */
class PlexAddressDefaultTest {

    private static final String DEFAULT = "http://host.docker.internal:32400";

    @TempDir
    Path dir;

    private final List<String> plexAskedHere = new CopyOnWriteArrayList<>();
    private final List<String> plexAskedInContainer = new CopyOnWriteArrayList<>();

    @Test
    void untouchedTheDefaultIsAPlaceholderAndTestConnectionSaysNothingAboutPlex() {
        SettingsFormModel model = model(AppSettings.defaults().withStash("http://192.168.1.20:9999", new Secret("key")));

        assertThat(model.form().plexUrl.getValue()).isEmpty();
        assertThat(model.form().plexUrl.getPlaceholder()).startsWith(DEFAULT);
        assertThat(model.current().plexUrl()).as("what Save writes").isEqualTo(DEFAULT);

        model.connectionTest().run();
        assertThat(plexAskedHere).isEmpty();
        assertThat(plexAskedInContainer).containsExactly("");
        assertThat(model.connectionTest().plexHere().get()).isEmpty();
        assertThat(new ConnectionText(UserMessages.forLocale(Locale.ENGLISH))
                .describe(model.connectionTest().connection().get(), model.connectionTest().plexHere().get(), model.connectionTest().plexAsked().get()))
                .isEqualTo("Connected: Stash v0.30.1.").doesNotContain("Plex");
    }

    @Test
    void anAddressTheUserEnteredIsAskedFromBothSidesAndKept() {
        SettingsFormModel model = model(AppSettings.defaults().withStash("http://192.168.1.20:9999", new Secret("key")));
        model.form().plexUrl.userInputProperty().set("http://192.168.1.30:32400");

        model.connectionTest().run();
        assertThat(plexAskedHere).containsExactly("http://192.168.1.30:32400");
        assertThat(plexAskedInContainer).containsExactly("http://192.168.1.30:32400");
        assertThat(model.connectionTest().plexHere().get()).contains(new PlexHere.Answered("abc", "1.43.1"));
        assertThat(model.current().plexUrl()).isEqualTo("http://192.168.1.30:32400");

        model.form().plexUrl.userInputProperty().set("http://192.168.1.31:32400");
        assertThat(model.connectionTest().connection().get()).as("a result about another Plex address is gone").isNull();
        assertThat(model.connectionTest().plexHere().get()).isEmpty();
    }

    @Test
    void withATokenAndNoAddressTheDefaultIsAsked() {
        SettingsFormModel model = model(AppSettings.defaults().withStash("http://192.168.1.20:9999", new Secret("key"))
                .withPlex(DEFAULT, new Secret("plex-t0ken")));

        model.connectionTest().run();
        assertThat(plexAskedHere).containsExactly(DEFAULT);
        assertThat(plexAskedInContainer).containsExactly(DEFAULT);
        assertThat(model.connectionTest().plexAsked().get())
                .as("the result names what this computer asked: host.docker.internal is the container's name for it")
                .isEqualTo("http://127.0.0.1:32400");
    }

    @Test
    void aSavedFileWithTheDefaultLoadsAsThePlaceholderAndSavesTheSameBytes() throws Exception {
        AppDirs dirs = new AppDirs(dir.resolve("cfg"), dir.resolve("logs"), dir.resolve("data"));
        SettingsStore store = new SettingsStore(dirs, Clock.systemUTC());
        Files.createDirectories(dirs.envFile().getParent());
        String file = """
                S2P_STASH_URL=http://192.168.1.20:9999
                S2P_STASH_API_KEY=key
                S2P_PLEX_URL=http://host.docker.internal:32400
                S2P_PLEX_TOKEN=
                S2P_PROVIDER_PORT=9090
                S2P_LOG_LEVEL=info
                """;
        Files.writeString(dirs.envFile(), file);
        AppSettings loaded = store.load().orElseThrow();
        SettingsFormModel model = model(loaded, store);

        assertThat(model.form().plexUrl.getValue()).isEmpty();
        assertThat(model.current()).isEqualTo(loaded);
        model.save();
        assertThat(Files.readString(dirs.envFile())).isEqualTo(file);

        AppSettings elsewhere = loaded.withPlex("http://192.168.1.30:32400", Secret.NONE);
        assertThat(model(elsewhere, store).form().plexUrl.getValue()).as("any other address is shown as it is")
                .isEqualTo("http://192.168.1.30:32400");
    }

    private SettingsFormModel model(AppSettings settings) {
        return model(settings, new SettingsStore(new AppDirs(dir.resolve("cfg"), dir.resolve("logs"), dir.resolve("data")),
                Clock.systemUTC()));
    }

    private SettingsFormModel model(AppSettings settings, SettingsStore store) {
        ContainerLeg container = (stashUrl, apiKey, plexUrl, plexToken) -> {
            plexAskedInContainer.add(plexUrl);
            return new ContainerLeg.NotRun(ContainerLeg.Why.NOT_ASKED, "not in this test");
        };
        PlexHere here = plexUrl -> {
            plexAskedHere.add(plexUrl);
            return new PlexHere.Answered("abc", "1.43.1");
        };
        return new SettingsFormModel(settings, false, store,
                new ConnectionCheck((url, key) -> new StashVersion("v0.30.1", "OK"), container, DockerSideProbe.none(), here),
                new ProviderPathTrial(), UserMessages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run, saved -> { });
    }
}
