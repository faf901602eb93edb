package dev.stash2plex.provider.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.StashId;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.core.stash.Tag;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.metadata.MetadataOptions.Field;
import dev.stash2plex.provider.plex.Metadata;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each metadata switch, with the field on and off. */
class SceneToMetadataOptionsTest {

    private static final String BASE = "http://provider:9090";
    private static final ImageUrls URLS = new ImageUrls(Optional.empty(), 9090);
    private static final Studio NETWORK = new Studio("3", "Network", true, "1700000003", null);
    private static final Studio STUDIO = new Studio("7", "Studio", false, "0", NETWORK);

    private static Scene scene(String title) {
        return new Scene("42", title, "ABC-1", "Details", "Dir", List.of(), "2024-01-15", 73, "2024-01-15T10:00:00Z",
                STUDIO, List.of(new Performer("1", "Alex", "2010s", null, false, "0")),
                List.of(new Tag("1", "Keep"), new Tag("2", "todo"), new Tag("3", "Series A")),
                List.of(new SceneFile("/stash/Studio/clip.mp4", "clip.mp4", 1000, 60)), true,
                List.of(new StashId("https://stashdb.org/graphql", "0b1c2d3e-aaaa-bbbb-cccc-0123456789ab"),
                        new StashId("https://theporndb.net/graphql", "5d6e7f80-1111-2222-3333-444455556666"),
                        new StashId("https://boxes.example.org/graphql", "77")));
    }

    private static Metadata map(MetadataOptions options, Scene scene) {
        return new SceneToMetadata(URLS, options).map(scene, BASE);
    }

    @Test
    void everyFieldIsSentByDefault() {
        Metadata m = map(MetadataOptions.defaults(), scene("T"));
        assertThat(m.contentRating()).isEqualTo("XXX");
        assertThat(m.tagline()).isEqualTo("ABC-1");
        assertThat(m.studio()).isEqualTo("Studio");
        assertThat(m.studios()).extracting(Metadata.Tag::tag).containsExactly("Studio", "Network");
        assertThat(m.guids()).extracting(Metadata.GuidId::id).containsExactly(
                "stashdb://0b1c2d3e-aaaa-bbbb-cccc-0123456789ab", "theporndb://5d6e7f80-1111-2222-3333-444455556666",
                "boxes.example.org://77");
        assertThat(m.ratings()).extracting(Metadata.Rating::value).containsExactly(7.3);
        assertThat(m.roles()).containsExactly(new Metadata.Person("Alex", "2010s", null, 1));
        assertThat(m.genres()).extracting(Metadata.Tag::tag).containsExactly("Keep", "todo", "Series A");
        assertThat(m.collections()).extracting(Metadata.CollectionTag::tag).containsExactly("Studio", "Network");
        assertThat(m.collections().get(1).thumb()).isEqualTo(BASE + "/images/studio/3/1700000003");
        assertThat(m.collections().get(0).thumb()).isNull();
    }

    @Test
    void eachFieldCanBeLeftOut() {
        for (Field field : Field.values()) {
            Metadata all = map(MetadataOptions.defaults(), scene("T"));
            Metadata without = map(MetadataOptions.defaults().withOmitted(EnumSet.of(field)), scene("T"));
            if (field != Field.GROUP_COLLECTIONS && field != Field.TAG_COLLECTIONS) {
                assertThat(without).as("omitting %s changes the answer", field).isNotEqualTo(all);
            }
            switch (field) {
                case SUMMARY -> assertThat(without.summary()).isNull();
                case TAGLINE -> assertThat(without.tagline()).isNull();
                case STUDIO -> {
                    assertThat(without.studio()).isNull();
                    assertThat(without.studios()).isEmpty();
                }
                case PARENT_STUDIO -> assertThat(without.studios()).extracting(Metadata.Tag::tag).containsExactly("Studio");
                case PERFORMERS -> assertThat(without.roles()).isEmpty();
                case DISAMBIGUATION -> assertThat(without.roles()).containsExactly(new Metadata.Person("Alex", null, null, 1));
                case TAGS -> assertThat(without.genres()).isEmpty();
                case DIRECTOR -> assertThat(without.directors()).isEmpty();
                case RATING -> assertThat(without.ratings()).isEmpty();
                case STASH_IDS -> assertThat(without.guids()).isEmpty();
                case CONTENT_RATING -> assertThat(without.contentRating()).isNull();
                case STUDIO_COLLECTIONS -> assertThat(without.collections()).isEmpty();
                case GROUP_COLLECTIONS, TAG_COLLECTIONS -> {
                    // Without groups or picked tags these change nothing here; covered with them below.
                }
            }
        }
    }

    @Test
    void anEmptyContentRatingSendsNone() {
        assertThat(map(MetadataOptions.defaults().withContentRating(""), scene("T")).contentRating()).isNull();
        assertThat(map(MetadataOptions.defaults().withContentRating("de/18"), scene("T")).contentRating()).isEqualTo("de/18");
    }

    @Test
    void ignoredTagsAreNeitherGenresNorCollections() {
        MetadataOptions options = MetadataOptions.defaults().withIgnoredTags(Set.of("TODO"))
                .withCollectionTags(Set.of("series a", "todo"));
        Metadata m = map(options, scene("T"));
        assertThat(m.genres()).extracting(Metadata.Tag::tag).containsExactly("Keep", "Series A");
        assertThat(m.collections()).extracting(Metadata.CollectionTag::guid).containsExactly(
                "tv.plex.agents.custom.stash2plex://collection/studio-7",
                "tv.plex.agents.custom.stash2plex://collection/studio-3",
                "tv.plex.agents.custom.stash2plex://collection/tag-3");
        assertThat(map(options.withOmitted(EnumSet.of(Field.TAG_COLLECTIONS)), scene("T")).collections())
                .extracting(Metadata.CollectionTag::tag).containsExactly("Studio", "Network");
    }

    @Test
    void aSceneWithoutTitleTakesTheTemplate() {
        MetadataOptions options = MetadataOptions.defaults().withTitleTemplate("{studio} - {date} - {performers}");
        assertThat(map(options, scene(null)).title()).isEqualTo("Studio - 2024-01-15 - Alex");
        assertThat(map(options, scene("Own title")).title()).isEqualTo("Own title");
        assertThat(map(MetadataOptions.defaults(), scene("")).title()).isEqualTo("clip");
    }

    @Test
    void aTemplateSkipsEmptyPlaceholdersWithTheirSeparator() {
        Scene bare = new Scene("9", null, null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
                List.of(new SceneFile("/x/y.mp4", "y.mp4", 1, 1)));
        assertThat(TitleTemplate.title(bare, "{studio} - {date} - {code}")).isEqualTo("y");
        assertThat(TitleTemplate.title(bare, "Scene {id} ({studio})")).isEqualTo("Scene 9");
        assertThat(TitleTemplate.title(bare, "{basename} [{id}]")).isEqualTo("y [9]");
        assertThat(TitleTemplate.problems("{studio} {nope}")).singleElement().asString().contains("{nope}");
    }
}
