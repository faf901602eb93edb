package dev.stash2plex.provider.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.StashId;
import org.junit.jupiter.api.Test;

/** The guids other Stash agents leave on Plex items, as stored (with and without the legacy ?lang=). */
class LegacyGuidTest {

    @Test
    void theOldStashAgentsGuidNamesASceneId() {
        assertThat(LegacyGuid.parse("com.plexapp.agents.stashplexagent://4711?lang=en"))
                .hasValue(new LegacyGuid("StashPlexAgent", "4711", null));
        assertThat(LegacyGuid.parse("com.plexapp.agents.stashplexagent://4711")).get()
                .extracting(LegacyGuid::sceneId).isEqualTo("4711");
    }

    @Test
    void theThePornDbAgentsGuidNamesAStashBoxId() {
        assertThat(LegacyGuid.parse("com.plexapp.agents.theporndbscenes://7c1f6a7e-3b2d-4e5f-8a9b-0c1d2e3f4a5b?lang=en"))
                .hasValue(new LegacyGuid("ThePornDB", null,
                        new StashId("https://theporndb.net/graphql", "7c1f6a7e-3b2d-4e5f-8a9b-0c1d2e3f4a5b")));
    }

    @Test
    void theOtherStashProvidersGuidsNameSceneIds() {
        assertThat(LegacyGuid.parse("plex://movie/stash-video-12")).get().extracting(LegacyGuid::sceneId).isEqualTo("12");
        assertThat(LegacyGuid.parse("tv.plex.agents.custom.stash://stash-video-13")).get().extracting(LegacyGuid::sceneId)
                .isEqualTo("13");
        assertThat(LegacyGuid.parse("tv.plex.agents.custom.stash://movie/14")).get().extracting(LegacyGuid::sceneId)
                .isEqualTo("14");
        assertThat(LegacyGuid.parse("tv.plex.agents.custom.plex2stash.default://movie.15")).get()
                .extracting(LegacyGuid::sceneId).isEqualTo("15");
    }

    @Test
    void guidsThatNameNoStashSceneAreNotTaken() {
        for (String guid : new String[] {null, "", "plex://movie/5d776825880197001ec967c6", "imdb://tt0088763",
                "com.plexapp.agents.none://231714?lang=xn", "tv.plex.agents.none://42",
                "com.plexapp.agents.theporndbmovies://123?lang=en", "com.plexapp.agents.stashplexagent://abc",
                "com.plexapp.agents.stashplexagent://12/../13", "tv.plex.agents.custom.stash2plex://movie/42"}) {
            assertThat(LegacyGuid.parse(guid)).as(String.valueOf(guid)).isEmpty();
        }
    }
}
