package dev.stash2plex.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.library.LibraryData.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = CsvExport.of(List.of("plex_file", "title", "scene_id"), List.of(
                new Row("Clips/a, b.mp4", "say \"hi\"", null),
                new Row("=HYPERLINK(\"x\").mp4", "", "7")));
        assertThat(csv).isEqualTo("plex_file,title,scene_id\r\n"
                + "\"Clips/a, b.mp4\",\"say \"\"hi\"\"\",\r\n"
                + "\"'=HYPERLINK(\"\"x\"\").mp4\",,7\r\n");
    }
}
