package dev.stash2plex.app.plex.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.LibraryKind;
import dev.stash2plex.app.plex.LibraryPlan;
import dev.stash2plex.app.plex.PlexAgent;
import dev.stash2plex.app.plex.PlexLibrary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the library step says about what it found and what Plex will do, movies and TV, with a library on the old agent. */
class LibrarySetupTextTest {

    private static final PlexLibrary MOVIES = new PlexLibrary("1", "Movies", "movie", "tv.plex.agents.movie");
    private static final PlexLibrary OLD = new PlexLibrary("2", "Old Scenes", "movie", "com.plexapp.agents.stashplexagent");
    private static final PlexLibrary STUDIOS = new PlexLibrary("3", "Studios", "show", "tv.plex.agents.series");
    private static final PlexLibrary DONE = new PlexLibrary("4", "Scenes", "movie", "tv.plex.agents.custom.stash2plex");

    private final LibrarySetupText words = new LibrarySetupText(UserMessages.forLocale(Locale.ENGLISH));

    @Test
    void countsTheLibrariesByKind() {
        assertThat(words.listed(List.of(MOVIES, OLD, STUDIOS))).isEqualTo("2 movie libraries and one TV library. "
                + "Untick those that do not hold your Stash videos, then press Review changes.");
        assertThat(words.listed(List.of(STUDIOS))).startsWith("One TV library. Untick");
        assertThat(words.listed(List.of(MOVIES))).startsWith("One movie library. Untick");
    }

    @Test
    void flagsTheLibraryOnTheOldAgentAndSaysWhatATvLibraryBecomes() {
        assertThat(words.note(OLD)).isEqualTo("Uses the old StashPlexAgent \u2014 switching keeps watch history: items are "
                + "re-matched in place.");
        assertThat(words.note(STUDIOS)).startsWith("TV library: each studio becomes a show");
        assertThat(words.note(MOVIES)).isEmpty();
    }

    @Test
    void describesEachKindsAgentTheMoveFromTheOldAgentAndWhatIsDoneAlready() {
        LibraryPlan plan = new LibraryPlan(List.of(
                new LibraryPlan.AgentPlan(LibraryKind.MOVIE, Optional.of(new PlexAgent("5", "My Stash", "tv.plex.agents.custom.stash2plex")),
                        "My Stash", List.of(MOVIES, OLD), List.of(DONE)),
                new LibraryPlan.AgentPlan(LibraryKind.SHOW, Optional.empty(), "Stash2Plex (TV: studios as shows)", List.of(STUDIOS),
                        List.of())));
        assertThat(words.describe(plan)).isEqualTo(
                "Plex will use the agent \u201cMy Stash\u201d for \u201cMovies\u201d, \u201cOld Scenes\u201d and refresh all their "
                        + "metadata (items stay where they are, watched state is kept; a large library takes a while). "
                        + "\u201cOld Scenes\u201d leaves the old StashPlexAgent: Plex matches its items again in place, so watch "
                        + "history stays. "
                        + "\u201cScenes\u201d already uses Stash2Plex: nothing to change there. "
                        + "Plex will create the agent \u201cStash2Plex (TV: studios as shows)\u201d with Stash2Plex\u2019s TV provider "
                        + "as its primary provider, use it for \u201cStudios\u201d, and refresh all their metadata (items stay where "
                        + "they are, watched state is kept; a large library takes a while). "
                        + "Press Apply to do this.");
        assertThat(words.done(plan, List.of(MOVIES, OLD, STUDIOS))).isEqualTo("Done: \u201cMovies\u201d, \u201cOld Scenes\u201d now "
                + "use the agent \u201cMy Stash\u201d; \u201cStudios\u201d now uses the agent \u201cStash2Plex (TV: studios as shows)\u201d; "
                + "Plex is refreshing their metadata.");
    }

    @Test
    void aPlanWithNothingToSwitchDoesNotAskForApply() {
        LibraryPlan plan = new LibraryPlan(List.of(new LibraryPlan.AgentPlan(LibraryKind.MOVIE,
                Optional.of(new PlexAgent("5", "Stash2Plex", "tv.plex.agents.custom.stash2plex")), "Stash2Plex", List.of(), List.of(DONE))));
        assertThat(words.describe(plan)).isEqualTo("\u201cScenes\u201d already uses Stash2Plex: nothing to change there.");
    }
}
