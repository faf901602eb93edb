package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestProvider;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Library setup from the service layer against FakePlex over real HTTP, after registering the real
 * provider: only the libraries Stash2Plex serves are offered, the plan says what will change, and
 * applying it creates the agent, assigns it to each ticked library and asks for a forced refresh.
 */
class LibrarySetupIT {

    private static final String TOKEN = "plexTok-lib-7a6b5c4d";
    private static final String OUR_PROVIDER = "tv.plex.agents.custom.stash2plex";

    private static FakeStash stash;
    private static Provider provider;

    private final PlexTimeouts timeouts = new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15));
    private final LibrarySetup setup = new LibrarySetup(timeouts, Set.of(LibraryKind.MOVIE));
    private FakePlex plex;
    private PlexTarget target;
    private CapturedLogs logs;

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

    @BeforeEach
    void startPlex() throws Exception {
        logs = CapturedLogs.capture();
        plex = FakePlex.start(TOKEN, "1.43.0.10162-abcdef123");
        plex.libraries().add("1", "movie", "Movies");
        plex.libraries().add("2", "show", "TV Shows");
        plex.libraries().add("3", "movie", "Scenes");
        plex.libraries().add("4", "artist", "Music");
        target = new PlexTarget(plex.url(), new Secret(TOKEN));
        new PlexRegistration(timeouts).register(target, "http://127.0.0.1:" + provider.port(), false);
    }

    @AfterEach
    void stop() {
        logs.close();
        plex.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
        assertThat(plex.requests()).noneMatch(r -> r.query() != null && r.query().contains(TOKEN));
    }

    @Test
    void twoMovieLibrariesGetTheAgentAndARefresh() throws Exception {
        List<PlexLibrary> libraries = setup.libraries(target);
        assertThat(libraries).extracting(PlexLibrary::title).containsExactly("Movies", "Scenes");

        LibraryPlan plan = setup.plan(target, libraries);
        assertThat(plan.existingAgent()).isEmpty();
        assertThat(plan.agentTitle()).isEqualTo("Stash2Plex");
        assertThat(plan.toSwitch()).extracting(PlexLibrary::title).containsExactly("Movies", "Scenes");
        assertThat(plex.registry().agents()).as("planning changes nothing").isEmpty();

        assertThat(setup.apply(target, plan)).extracting(PlexLibrary::title).containsExactly("Movies", "Scenes");
        assertThat(plex.registry().agents()).hasSize(1);
        String group = String.valueOf(plex.registry().agents().getFirst().id());
        assertThat(plex.libraries().sections()).filteredOn(s -> s.type().equals("movie"))
                .allMatch(s -> s.agent().equals(OUR_PROVIDER) && s.groupId().equals(group));
        assertThat(plex.libraries().sections()).filteredOn(s -> s.key().equals("2"))
                .allMatch(s -> s.agent().equals("tv.plex.agents.series"));
        assertThat(plex.libraries().refreshes()).containsExactly(new FakePlexLibraries.Refresh("1", true),
                new FakePlexLibraries.Refresh("3", true));

        LibraryPlan again = setup.plan(target, setup.libraries(target));
        assertThat(again.existingAgent()).isPresent();
        assertThat(again.already()).hasSize(2);
        assertThat(again.nothingToDo()).isTrue();
    }

    @Test
    void anAgentPlexHasAlreadyIsReused() throws Exception {
        new PlexRegistration(timeouts).register(target, "http://127.0.0.1:" + provider.port(), true);
        List<PlexLibrary> movies = setup.libraries(target).subList(0, 1);
        LibraryPlan plan = setup.plan(target, movies);
        assertThat(plan.existingAgent()).isPresent();
        setup.apply(target, plan);
        assertThat(plex.registry().agents()).hasSize(1);
        assertThat(plex.libraries().sections().getFirst().agent()).isEqualTo(OUR_PROVIDER);
        assertThat(plex.libraries().sections().get(2).agent()).isEqualTo("tv.plex.agents.movie");
    }
}
