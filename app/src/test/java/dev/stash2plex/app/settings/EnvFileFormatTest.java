package dev.stash2plex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvFileFormatTest {

    private static final Path FILE = Path.of("provider.env");

    /** Values that must survive a round trip; the same list is checked against docker-compose in EnvFileComposeIT. */
    static final List<String> TRICKY = List.of(
            "plain", "", "http://[fd00::5]:9999", "has space", "hash#inside", "space # then hash", "#leading",
            "it's", "say \"hi\"", "dollar $HOME and $$ and $", "a=b=c", "Café Scène ファイル ünï", "C:\\path\\n",
            "  padded  ", "tab\there", "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiJhZG1pbiJ9.x-_y");

    @Test
    void trickyValuesRoundTrip() throws Exception {
        SequencedMap<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            variables.put("S2P_V" + i, TRICKY.get(i));
        }
        String text = EnvFileFormat.render(FILE, variables);
        List<EnvEntry> back = EnvFileParser.parse(FILE, text);
        assertThat(back).extracting(EnvEntry::name).containsExactlyElementsOf(variables.keySet());
        assertThat(back).extracting(EnvEntry::value).containsExactlyElementsOf(variables.values());
    }

    @Test
    void quotesOnlyWhatNeedsIt() throws Exception {
        SequencedMap<String, String> variables = new LinkedHashMap<>();
        variables.put("URL", "http://nas.local:9999");
        variables.put("KEY", "a b$c");
        variables.put("QUOTE", "it's");
        variables.put("EMPTY", "");
        assertThat(EnvFileFormat.render(FILE, variables))
                .isEqualTo("URL=http://nas.local:9999\nKEY='a b$c'\nQUOTE=\"it's\"\nEMPTY=\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "nul\u0000", "${HOME}", "double\\\\backslash",
            "ends with\\", "both ' and \"", "quote ' and $", "quote ' and \\"})
    void refusesWhatComposeCannotReadBackTheSame(String value) {
        assertThat(EnvFileFormat.problemWith(value)).isPresent();
        SequencedMap<String, String> variables = new LinkedHashMap<>();
        variables.put("S2P_STASH_API_KEY", value);
        assertThatThrownBy(() -> EnvFileFormat.render(FILE, variables))
                .isInstanceOf(SettingsFileException.Unrepresentable.class)
                .hasMessageNotContaining(value);
    }
}
