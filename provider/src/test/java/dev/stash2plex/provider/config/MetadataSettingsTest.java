package dev.stash2plex.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.provider.metadata.MetadataOptions.Field;
import dev.stash2plex.provider.metadata.MetadataOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of what Plex is sent: defaults, environment, YAML lists, and every wrong value named. */
class MetadataSettingsTest {

    @TempDir
    Path dir;

    private ProviderConfig load(String... pairs) throws ConfigException {
        Map<String, String> env = new HashMap<>();
        env.put(ConfigLoader.CONFIG_FILE_ENV, dir.resolve("provider.yml").toString());
        env.put("S2P_STASH_URL", "http://stash:9999");
        env.put("S2P_STASH_API_KEY", "test-key-not-a-real-one");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return new ConfigLoader(env).load();
    }

    @Test
    void byDefaultEverythingIsSentRatedXxx() throws Exception {
        MetadataOptions options = load().metadata();
        assertThat(options).isEqualTo(MetadataOptions.defaults());
        assertThat(options.contentRating()).isEqualTo("XXX");
        assertThat(options.omitted()).isEmpty();
        assertThat(options.organizedOnly()).isFalse();
        assertThat(options.titleTemplate()).isEqualTo("{basename}");
    }

    @Test
    void organizedOnlyTakesTheSameOnAndOffWordsAsEveryOtherSwitch() throws Exception {
        assertThat(load("S2P_ORGANIZED_ONLY", "on").metadata().organizedOnly()).isTrue();
        assertThat(load("S2P_ORGANIZED_ONLY", " OFF ").metadata().organizedOnly()).isFalse();
        assertThat(load("S2P_ORGANIZED_ONLY", "1").metadata().organizedOnly()).isTrue();
    }

    @Test
    void everySwitchIsReadFromTheEnvironment() throws Exception {
        MetadataOptions options = load("S2P_CONTENT_RATING", " R ", "S2P_OMIT_FIELDS", "rating, stash-ids,PARENT_STUDIO",
                "S2P_IGNORE_TAGS", "todo, Needs Work", "S2P_ORGANIZED_ONLY", "yes",
                "S2P_TITLE_TEMPLATE", "{studio} - {date}", "S2P_COLLECTION_TAGS", "Series A").metadata();
        assertThat(options.contentRating()).isEqualTo("R");
        assertThat(options.omitted()).containsExactlyInAnyOrder(Field.RATING, Field.STASH_IDS, Field.PARENT_STUDIO);
        assertThat(options.ignoresTag("NEEDS WORK")).isTrue();
        assertThat(options.ignoresTag("keep")).isFalse();
        assertThat(options.organizedOnly()).isTrue();
        assertThat(options.titleTemplate()).isEqualTo("{studio} - {date}");
        assertThat(options.isCollectionTag("series a")).isTrue();
    }

    @Test
    void noneSendsNoContentRatingAndEmptyKeepsTheDefault() throws Exception {
        assertThat(load("S2P_CONTENT_RATING", "None").metadata().contentRating()).isEmpty();
        assertThat(load("S2P_CONTENT_RATING", "").metadata().contentRating()).isEqualTo("XXX");
    }

    @Test
    void yamlListsWorkLikeCommaSeparatedText() throws Exception {
        Files.writeString(dir.resolve("provider.yml"), "ignore_tags:\n  - todo\n  - wip\ncollection_tags: [Series A]\n");
        MetadataOptions options = load().metadata();
        assertThat(options.ignoredTags()).containsExactlyInAnyOrder("todo", "wip");
        assertThat(options.collectionTags()).containsExactly("series a");
    }

    @Test
    void wrongValuesAreEachNamedWithWhatToWrite() {
        assertThatThrownBy(() -> load("S2P_OMIT_FIELDS", "rating,colour", "S2P_ORGANIZED_ONLY", "maybe",
                "S2P_TITLE_TEMPLATE", "{studio} {nope}", "S2P_CONTENT_RATING", "x".repeat(40)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("S2P_OMIT_FIELDS names an unknown field \"colour\"; the fields are summary, tagline")
                .hasMessageContaining("S2P_ORGANIZED_ONLY must be true or false (got \"maybe\")")
                .hasMessageContaining("S2P_TITLE_TEMPLATE: {nope} is not a placeholder (use {basename}, {id}")
                .hasMessageContaining("S2P_CONTENT_RATING must be a short rating label");
    }

    @Test
    void aYamlListWhereTextIsExpectedIsRefused() throws IOException {
        Files.writeString(dir.resolve("provider.yml"), "ignore_tags:\n  a: b\n");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ignore_tags").hasMessageContaining("must be a list of names");
    }
}
