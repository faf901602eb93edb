package dev.stash2plex.core.guid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlexIdsTest {

    @Test
    void theReleasedIdentifiersNeverChange() {
        assertThat(PlexIds.IDENTIFIER).isEqualTo("tv.plex.agents.custom.stash2plex");
        assertThat(PlexIds.guid("42")).isEqualTo("tv.plex.agents.custom.stash2plex://movie/42");
        assertThat(PlexIds.key("42")).isEqualTo("/library/metadata/42");
        assertThat(PlexIds.TV_IDENTIFIER).isEqualTo("tv.plex.agents.custom.stash2plex.tv");
        assertThat(PlexIds.TV_ROOT).isEqualTo("/tv");
        // Not ours to change: the identifier the legacy bundle was released with.
        assertThat(LegacyAgents.STASH_PLEX_AGENT).isEqualTo("com.plexapp.agents.stashplexagent");
    }

    @Test
    void onlyOurMovieGuidsYieldASceneId() {
        assertThat(PlexIds.sceneIdOf("tv.plex.agents.custom.stash2plex://movie/42")).contains("42");
        assertThat(PlexIds.sceneIdOf("tv.plex.agents.custom.stash2plex://movie/4a")).isEmpty();
        assertThat(PlexIds.sceneIdOf("tv.plex.agents.custom.stash2plex://show/42")).isEmpty();
        assertThat(PlexIds.sceneIdOf("imdb://tt0088763")).isEmpty();
        assertThat(PlexIds.sceneIdOf(null)).isEmpty();
    }

    @Test
    void ratingKeysAreDigitsThatFitALong() {
        assertThat(PlexIds.isRatingKey("42")).isTrue();
        assertThat(PlexIds.isRatingKey("123456789012345678")).isTrue();
        assertThat(PlexIds.isRatingKey("1234567890123456789")).isFalse();
        assertThat(PlexIds.isRatingKey("m-42")).isFalse();
        assertThat(PlexIds.isRatingKey("")).isFalse();
        assertThat(PlexIds.isRatingKey("4/2")).isFalse();
    }
}
