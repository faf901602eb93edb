package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestProvider;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Library setup from the service layer against FakePlex over real HTTP, after registering the real
 * provider: only the libraries Stash2Plex serves are offered (movies and TV, one of the movie libraries
 * still on the legacy StashPlexAgent), the plan says what will change, and applying it creates each
 * kind's agent, assigns it to each ticked library and asks for a forced refresh.
 */
class LibrarySetupIT {

    private static final String TOKEN = "plexTok-lib-7a6b5c4d";
    private static final String MOVIE_PROVIDER = "tv.plex.agents.custom.stash2plex";
    private static final String TV_PROVIDER = "tv.plex.agents.custom.stash2plex.tv";
    private static final String OLD_AGENT = "com.plexapp.agents.stashplexagent";

    private static FakeStash stash;
    private static Provider provider;

    private final PlexTimeouts timeouts = new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15));
    private final LibrarySetup setup = new LibrarySetup(timeouts, Set.of(LibraryKind.MOVIE, LibraryKind.SHOW));
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
    void startPlex() {
        logs = CapturedLogs.capture();
        plex = FakePlex.start(TOKEN, "1.43.0.10162-abcdef123");
        plex.libraries().add("1", "movie", "Movies");
        plex.libraries().add("2", "show", "TV Shows");
        plex.libraries().add("3", "movie", "Scenes");
        plex.libraries().add("4", "artist", "Music");
        plex.libraries().addOnAgent("5", "movie", "Old Scenes", OLD_AGENT);
        target = new PlexTarget(plex.url(), new Secret(TOKEN));
    }

    @AfterEach
    void stop() {
        logs.close();
        plex.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
        assertThat(plex.requests()).noneMatch(r -> r.query() != null && r.query().contains(TOKEN));
    }

    @Test
    void moviesAndTvEachGetTheirAgentAndARefresh() throws Exception {
        register(false);
        List<PlexLibrary> libraries = setup.libraries(target);
        assertThat(libraries).extracting(PlexLibrary::title).containsExactly("Movies", "TV Shows", "Scenes", "Old Scenes");
        assertThat(libraries).filteredOn(PlexLibrary::onLegacyAgent).extracting(PlexLibrary::title).containsExactly("Old Scenes");

        LibraryPlan plan = setup.plan(target, libraries);
        assertThat(plan.agents()).extracting(LibraryPlan.AgentPlan::kind).containsExactly(LibraryKind.MOVIE, LibraryKind.SHOW);
        LibraryPlan.AgentPlan movies = plan.part(LibraryKind.MOVIE).orElseThrow();
        assertThat(movies.existingAgent()).isEmpty();
        assertThat(movies.agentTitle()).isEqualTo("Stash2Plex");
        assertThat(movies.toSwitch()).extracting(PlexLibrary::title).containsExactly("Movies", "Scenes", "Old Scenes");
        assertThat(movies.fromLegacyAgent()).extracting(PlexLibrary::title).containsExactly("Old Scenes");
        LibraryPlan.AgentPlan tv = plan.part(LibraryKind.SHOW).orElseThrow();
        assertThat(tv.agentTitle()).isEqualTo("Stash2Plex (TV: studios as shows)");
        assertThat(tv.toSwitch()).extracting(PlexLibrary::title).containsExactly("TV Shows");
        assertThat(plex.registry().agents()).as("planning changes nothing").isEmpty();

        assertThat(setup.apply(target, plan)).extracting(PlexLibrary::title)
                .containsExactly("Movies", "Scenes", "Old Scenes", "TV Shows");
        assertThat(plex.registry().agents()).extracting(FakePlexRegistry.Agent::primaryIdentifier)
                .containsExactly(MOVIE_PROVIDER, TV_PROVIDER);
        String movieGroup = groupLedBy(MOVIE_PROVIDER);
        String tvGroup = groupLedBy(TV_PROVIDER);
        assertThat(plex.libraries().sections()).filteredOn(s -> s.type().equals("movie"))
                .allMatch(s -> s.agent().equals(MOVIE_PROVIDER) && s.groupId().equals(movieGroup));
        assertThat(plex.libraries().sections()).filteredOn(s -> s.key().equals("2"))
                .singleElement().matches(s -> s.agent().equals(TV_PROVIDER) && s.groupId().equals(tvGroup));
        assertThat(plex.libraries().sections()).filteredOn(s -> s.key().equals("4"))
                .allMatch(s -> s.agent().equals("tv.plex.agents.music"));
        assertThat(plex.libraries().refreshes()).containsExactly(new FakePlexLibraries.Refresh("1", true),
                new FakePlexLibraries.Refresh("3", true), new FakePlexLibraries.Refresh("5", true),
                new FakePlexLibraries.Refresh("2", true));

        LibraryPlan again = setup.plan(target, setup.libraries(target));
        assertThat(again.agents()).allMatch(part -> part.existingAgent().isPresent());
        assertThat(again.already()).hasSize(4);
        assertThat(again.nothingToDo()).isTrue();
    }

    @Test
    void theLibraryOnTheOldAgentIsSwitchedInPlace() throws Exception {
        register(true);
        List<PlexLibrary> old = setup.libraries(target).stream().filter(PlexLibrary::onLegacyAgent).toList();
        LibraryPlan plan = setup.plan(target, old);
        assertThat(plan.part(LibraryKind.MOVIE).orElseThrow().existingAgent()).isPresent();
        assertThat(plan.toSwitch()).extracting(PlexLibrary::key).containsExactly("5");

        setup.apply(target, plan);
        String group = groupLedBy(MOVIE_PROVIDER);
        // The section itself is edited, not re-created: same key, same folder, so its items (and their watch state) stay.
        assertThat(plex.requests()).filteredOn(r -> r.path().startsWith("/library/sections/"))
                .extracting(r -> r.method() + " " + r.path() + "?" + r.query())
                .containsExactly("PUT /library/sections/5?agent=" + MOVIE_PROVIDER + "&metadataAgentProviderGroupId=" + group,
                        "POST /library/sections/5/refresh?force=1");
        assertThat(plex.libraries().sections()).filteredOn(s -> s.key().equals("5")).singleElement()
                .matches(s -> s.agent().equals(MOVIE_PROVIDER) && s.location().equals("/data/old scenes"));
        assertThat(plex.libraries().sections()).filteredOn(s -> !s.key().equals("5"))
                .noneMatch(s -> s.agent().startsWith(MOVIE_PROVIDER));
    }

    @Test
    void aTvLibraryBeforeTheTvProviderIsRegisteredSaysRegisterFirst() throws Exception {
        try (PlexClient client = new PlexClient(target, timeouts)) {
            client.add("http://127.0.0.1:" + provider.port()); // an earlier version registered the movie provider only
        }
        List<PlexLibrary> libraries = setup.libraries(target);
        assertThatThrownBy(() -> setup.plan(target, libraries))
                .isInstanceOfSatisfying(PlexException.NotRegistered.class, e -> assertThat(new PlexText(
                        UserMessages.forLocale(Locale.ENGLISH)).failure(e)).isEqualTo("Plex does not know the provider "
                        + "\u201cStash2Plex (TV: studios as shows)\u201d yet: press Register in Plex (step 4), then Review changes again."));
        LibraryPlan moviesOnly = setup.plan(target, libraries.stream().filter(l -> l.type().equals("movie")).toList());
        assertThat(moviesOnly.agents()).extracting(LibraryPlan.AgentPlan::kind).containsExactly(LibraryKind.MOVIE);
        assertThat(plex.registry().agents()).isEmpty();

        register(false);
        assertThat(setup.plan(target, libraries).part(LibraryKind.SHOW)).isPresent();
    }

    private void register(boolean createAgent) throws PlexException {
        new PlexRegistration(timeouts).register(target, "http://127.0.0.1:" + provider.port(), createAgent);
    }

    private String groupLedBy(String primary) {
        return plex.registry().agents().stream().filter(a -> a.primaryIdentifier().equals(primary))
                .map(a -> String.valueOf(a.id())).findFirst().orElseThrow();
    }
}
