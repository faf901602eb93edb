package dev.stash2plex.provider.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.core.stash.Tag;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.plex.Image;
import dev.stash2plex.provider.plex.Metadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SceneToMetadataTest {

    private static final String BASE = "http://provider:9090";
    private final SceneToMetadata mapping = new SceneToMetadata(new ImageUrls(Optional.empty(), 9090));

    private static Scene scene(String title, String date, Studio studio, List<Performer> performers) {
        return new Scene("42", title, "ABC-1", "D", "Jane Director", List.of("https://example.org/s/42"), date, 80,
                "2024-01-15T10:00:00Z", studio, performers, List.of(new Tag("1", "x"), new Tag("2", "y")),
                List.of(new SceneFile("/stash/media/Studio/a.mp4", "a.mp4", 1000, 1234.5678)));
    }

    @Test
    void mapsEveryField() {
        Studio studio = new Studio("7", "S", true, "1700000000", null);
        List<Performer> performers = List.of(
                new Performer("1", "A", null, "FEMALE", true, "1700000001"),
                new Performer("2", "B", "the other one", null, false, "0"));
        Metadata m = mapping.map(scene("T", "2024-01-15", studio, performers), BASE);

        assertThat(m.ratingKey()).isEqualTo("42");
        assertThat(m.key()).isEqualTo("/library/metadata/42");
        assertThat(m.guid()).isEqualTo("tv.plex.agents.custom.stash2plex://movie/42");
        assertThat(m.type()).isEqualTo("movie");
        assertThat(m.title()).isEqualTo("T");
        assertThat(m.summary()).isEqualTo("D");
        assertThat(m.originallyAvailableAt()).isEqualTo("2024-01-15");
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.studio()).isEqualTo("S");
        assertThat(m.duration()).isEqualTo(1234568L);
        assertThat(m.isAdult()).isTrue();
        assertThat(m.thumb()).isEqualTo(BASE + "/images/scene/42/1705312800");
        assertThat(m.art()).isEqualTo(m.thumb());
        assertThat(m.genres()).extracting(Metadata.Tag::tag).containsExactly("x", "y");
        assertThat(m.roles()).containsExactly(
                new Metadata.Person("A", null, BASE + "/images/performer/1/1700000001", 1),
                new Metadata.Person("B", "the other one", null, 2));
        assertThat(m.directors()).containsExactly(new Metadata.Person("Jane Director", "Director", null, null));
        assertThat(m.studios()).extracting(Metadata.Tag::tag).containsExactly("S");
        assertThat(m.images()).extracting(Image::type).containsExactly("coverPoster", "background", "clearLogo");
        assertThat(m.images().get(2).url()).isEqualTo(BASE + "/images/studio/7/1700000000");
        assertThat(m.tagline()).isEqualTo("ABC-1");
        assertThat(m.contentRating()).isEqualTo("XXX");
        assertThat(m.ratings()).containsExactly(new Metadata.Rating("stash://image.rating", "audience", 8.0));
        assertThat(m.collections()).containsExactly(new Metadata.CollectionTag(
                "tv.plex.agents.custom.stash2plex://collection/studio-7", "/library/collections/studio-7/children", "S",
                null, BASE + "/images/studio/7/1700000000", null));
    }

    @Test
    void partialDatesGiveOnlyTheYear() {
        assertThat(mapping.map(scene("T", "2024", null, List.of()), BASE))
                .satisfies(m -> {
                    assertThat(m.year()).isEqualTo(2024);
                    assertThat(m.originallyAvailableAt()).isNull();
                });
        assertThat(mapping.map(scene("T", "2024-03", null, List.of()), BASE).originallyAvailableAt()).isNull();
        assertThat(mapping.map(scene("T", null, null, List.of()), BASE).year()).isNull();
    }

    @Test
    void anEmptyTitleFallsBackToTheFileName() {
        assertThat(mapping.map(scene(null, null, null, List.of()), BASE).title()).isEqualTo("a");
    }

    @Test
    void aStudioWithoutImageGivesNoLogo() {
        Metadata m = mapping.map(scene("T", null, new Studio("7", "S", false, "0", null), List.of()), BASE);
        assertThat(m.images()).extracting(Image::type).containsExactly("coverPoster", "background");
    }

    @Test
    void theConfiguredPublicUrlWinsOverTheRequestHost() {
        ImageUrls urls = new ImageUrls(Optional.of(java.net.URI.create("https://plex-side.lan/s2p/")), 9090);
        assertThat(urls.baseFor("evil.example:1")).isEqualTo("https://plex-side.lan/s2p");
        ImageUrls fromHost = new ImageUrls(Optional.empty(), 9090);
        assertThat(fromHost.baseFor("192.168.1.5:9090")).isEqualTo("http://192.168.1.5:9090");
        assertThat(fromHost.baseFor("[fd00::5]:9090")).isEqualTo("http://[fd00::5]:9090");
        assertThat(fromHost.baseFor("bad host/<script>")).isEqualTo("http://localhost:9090");
        assertThat(fromHost.baseFor(null)).isEqualTo("http://localhost:9090");
    }
}
