package dev.stash2plex.provider.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchRequestParserTest {

    private final MatchRequestParser parser = new MatchRequestParser(Provider.json());

    @Test
    void readsTheDocumentedBody() {
        MatchRequest request = parser.parse("""
                {"type":1,"title":"Some Film","year":2021,"guid":"imdb://tt1","filename":"Films/a.mkv","manual":1}
                """, Map.of());
        assertThat(request).isEqualTo(new MatchRequest(1, "Some Film", 2021, "imdb://tt1", "Films/a.mkv", true));
    }

    @Test
    void acceptsNumbersAsStringsAndBooleans() {
        MatchRequest request = parser.parse("{\"type\":\"1\",\"year\":\" 2020 \",\"manual\":true}", Map.of());
        assertThat(request.type()).isEqualTo(1);
        assertThat(request.year()).isEqualTo(2020);
        assertThat(request.manual()).isTrue();
    }

    @Test
    void fallsBackToQueryParameters() {
        MatchRequest request = parser.parse("", Map.of("title", List.of("T"), "manual", List.of("1"), "filename", List.of("x.mp4")));
        assertThat(request).isEqualTo(new MatchRequest(null, "T", null, null, "x.mp4", true));
    }

    @Test
    void garbageAndNonObjectsCountAsEmpty() {
        MatchRequest empty = new MatchRequest(null, null, null, null, null, false);
        assertThat(parser.parse("{not json", Map.of())).isEqualTo(empty);
        assertThat(parser.parse("[1,2,3]", Map.of())).isEqualTo(empty);
        assertThat(parser.parse("\"text\"", Map.of())).isEqualTo(empty);
        assertThat(parser.parse("{\"year\":\"soon\",\"type\":{\"a\":1},\"title\":[]}", Map.of())).isEqualTo(empty);
        assertThat(parser.parse("{\"year\":99999999999}", Map.of()).year()).isNull();
    }

    @Test
    void readsTheFileFromAMediaPartWhenFilenameIsAbsent() {
        MatchRequest request = parser.parse("{\"Media\":[{\"Part\":[{\"file\":\"/m/a.mp4\"}]}]}", Map.of());
        assertThat(request.filename()).isEqualTo("/m/a.mp4");
    }

    @Test
    void blankValuesAreAbsent() {
        MatchRequest request = parser.parse("{\"title\":\"  \",\"filename\":\"\",\"manual\":0}", Map.of());
        assertThat(request.title()).isNull();
        assertThat(request.filename()).isNull();
        assertThat(request.manual()).isFalse();
    }
}
