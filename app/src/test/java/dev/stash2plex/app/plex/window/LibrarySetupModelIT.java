package dev.stash2plex.app.plex.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.LibraryKind;
import dev.stash2plex.app.plex.LibrarySetup;
import dev.stash2plex.app.plex.PlexLibrary;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.settings.Secret;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library step's model without any window (both executors run in place): FakePlex over real HTTP
 * with a movie library, one on the legacy StashPlexAgent and a TV library, and no provider registered.
 */
class LibrarySetupModelIT {

    private static final String TOKEN = "plexTok-libmodel-3c4d5e6f";
    private static final Executor NOW = Runnable::run;

    private FakePlex plex;
    private LibrarySetupModel model;

    @BeforeEach
    void start() {
        plex = FakePlex.start(TOKEN, "1.43.0.10162-abcdef123");
        plex.libraries().add("1", "movie", "Movies");
        plex.libraries().addOnAgent("2", "movie", "Stash", "com.plexapp.agents.stashplexagent");
        plex.libraries().add("3", "show", "Studios");
        plex.libraries().add("4", "photo", "Photos");
        PlexTarget target = new PlexTarget(plex.url(), new Secret(TOKEN));
        model = new LibrarySetupModel(new LibrarySetup(new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10)), Set.of(LibraryKind.values())), () -> Optional.of(target),
                UserMessages.forLocale(Locale.ENGLISH), NOW, NOW);
    }

    @AfterEach
    void stop() {
        plex.close();
    }

    @Test
    void listsMoviesAndTvWithTheOldAgentsLibraryFlaggedAndTicked() {
        model.list();
        assertThat(model.libraries()).extracting(PlexLibrary::title).containsExactly("Movies", "Stash", "Studios");
        assertThat(model.libraries()).allMatch(model::isTicked);
        assertThat(model.outcome().get()).isEqualTo(new Outcome("2 movie libraries and one TV library. Untick those that do not "
                + "hold your Stash videos, then press Review changes.", Outcome.Tone.SUCCESS));
        assertThat(model.libraries()).extracting(model::note).containsExactly("",
                "Uses the old StashPlexAgent \u2014 switching keeps watch history: items are re-matched in place.",
                "TV library: each studio becomes a show, each year a season, each scene an episode.");
    }

    @Test
    void reviewingBeforeRegisteringSaysToRegisterAndApplyStaysOff() {
        model.list();
        model.review();
        assertThat(model.outcome().get()).isEqualTo(new Outcome("Plex does not know the provider \u201cStash2Plex\u201d yet: "
                + "press Register in Plex (step 4), then Review changes again.", Outcome.Tone.ERROR));
        assertThat(model.plan().get()).isEmpty();
        model.apply();
        assertThat(plex.requests()).noneMatch(r -> r.method().equals("PUT") || r.method().equals("POST"));
        assertThat(model.busy().get()).isFalse();
    }
}
