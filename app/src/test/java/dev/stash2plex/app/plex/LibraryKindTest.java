package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryKindTest {

    @Test
    void eachKindHasItsProviderAtItsOwnAddress() {
        assertThat(LibraryKind.MOVIE.providerUrl("http://192.168.1.10:9090")).isEqualTo("http://192.168.1.10:9090");
        assertThat(LibraryKind.SHOW.providerUrl("http://192.168.1.10:9090")).isEqualTo("http://192.168.1.10:9090/tv");
        assertThat(LibraryKind.SHOW.providerUrl("http://nas.local:9090/")).isEqualTo("http://nas.local:9090/tv");
        assertThat(LibraryKind.SHOW.providerUrl(" https://home.example/stash2plex// ")).isEqualTo("https://home.example/stash2plex/tv");
        assertThat(LibraryKind.MOVIE.providerIdentifier()).isEqualTo("tv.plex.agents.custom.stash2plex");
        assertThat(LibraryKind.SHOW.providerIdentifier()).isEqualTo("tv.plex.agents.custom.stash2plex.tv");
    }

    @Test
    void plexSectionTypesNameTheKind() {
        assertThat(new PlexLibrary("1", "Movies", "movie", "tv.plex.agents.movie").kind()).contains(LibraryKind.MOVIE);
        assertThat(new PlexLibrary("2", "Studios", "show", "tv.plex.agents.series").kind()).contains(LibraryKind.SHOW);
        assertThat(new PlexLibrary("3", "Music", "artist", "tv.plex.agents.music").kind()).isEqualTo(Optional.empty());
    }

    @Test
    void onlyTheLegacyStashAgentCountsAsTheOldAgent() {
        assertThat(new PlexLibrary("1", "Old", "movie", "com.plexapp.agents.stashplexagent").onLegacyAgent()).isTrue();
        assertThat(List.of("tv.plex.agents.movie", "com.plexapp.agents.theporndbscenes", "tv.plex.agents.custom.stash2plex", ""))
                .noneMatch(agent -> new PlexLibrary("1", "Other", "movie", agent).onLegacyAgent());
    }

    @Test
    void aPlanIsDoneWhenEveryKindHasItsAgentAndNothingToSwitch() {
        PlexLibrary movies = new PlexLibrary("1", "Movies", "movie", "tv.plex.agents.custom.stash2plex");
        PlexLibrary old = new PlexLibrary("2", "Old", "movie", "com.plexapp.agents.stashplexagent");
        PlexAgent agent = new PlexAgent("7", "Stash2Plex", "tv.plex.agents.custom.stash2plex");
        LibraryPlan.AgentPlan done = new LibraryPlan.AgentPlan(LibraryKind.MOVIE, Optional.of(agent), "Stash2Plex", List.of(),
                List.of(movies));
        LibraryPlan.AgentPlan noTvAgent = new LibraryPlan.AgentPlan(LibraryKind.SHOW, Optional.empty(), "Stash2Plex (TV)",
                List.of(), List.of());
        assertThat(new LibraryPlan(List.of(done)).nothingToDo()).isTrue();
        assertThat(new LibraryPlan(List.of(done, noTvAgent)).nothingToDo()).as("an agent to create is something to do").isFalse();

        LibraryPlan.AgentPlan switching = new LibraryPlan.AgentPlan(LibraryKind.MOVIE, Optional.of(agent), "Stash2Plex",
                List.of(old), List.of(movies));
        LibraryPlan plan = new LibraryPlan(List.of(switching));
        assertThat(plan.nothingToDo()).isFalse();
        assertThat(plan.toSwitch()).containsExactly(old);
        assertThat(plan.already()).containsExactly(movies);
        assertThat(switching.fromLegacyAgent()).containsExactly(old);
        assertThat(plan.part(LibraryKind.SHOW)).isEmpty();
    }
}
