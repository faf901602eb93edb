package dev.stash2plex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvFileParserTest {

    private static final Path FILE = Path.of("provider.env");

    @Test
    void readsWhatPeopleWriteByHand() throws Exception {
        String text = "\uFEFF# my settings\r\n\r\nexport S2P_STASH_URL=http://nas:9999 # the NAS\r\n"
                + "S2P_STASH_API_KEY = 'abc'\nS2P_LOG_LEVEL=\"debug\"  # louder\nS2P_PLEX_TOKEN=\n";
        // "NAME = value" is not accepted: Compose v2 reads it, python-dotenv does not agree on the name.
        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class,
                () -> EnvFileParser.parse(FILE, text));
        assertThat(e.line()).isEqualTo(4);

        List<EnvEntry> entries = EnvFileParser.parse(FILE, text.replace(" = ", "="));
        assertThat(entries).containsExactly(
                new EnvEntry("S2P_STASH_URL", "http://nas:9999", 3),
                new EnvEntry("S2P_STASH_API_KEY", "abc", 4),
                new EnvEntry("S2P_LOG_LEVEL", "debug", 5),
                new EnvEntry("S2P_PLEX_TOKEN", "", 6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "A=1~just words|2|NOT_AN_ASSIGNMENT",
            "1A=x|1|BAD_NAME",
            "A=1~B=2~A=3|3|DUPLICATE",
            "A='open|1|UNTERMINATED_QUOTE",
            "A='a' b|1|TEXT_AFTER_QUOTE",
            "A=$HOME|1|DOLLAR",
            "A='${HOME}'|1|DOLLAR",
            "A=\"$x\"|1|DOLLAR",
            "A='a\\\\b'|1|BACKSLASH",
            "A='a\\'b'|1|BACKSLASH",
            "A=\"a\\nb\"|1|BACKSLASH",
            "A=a→#b|1|AMBIGUOUS_COMMENT"})
    void namesTheLineAndTheProblem(String text, int line, EnvProblem problem) {
        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class,
                () -> EnvFileParser.parse(FILE, text.replace("~", "\n").replace("→", "\t")));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.problem()).isEqualTo(problem);
    }

    @Test
    void aFileCutShortByACrashIsRefusedAtItsLineNotReadSilently() {
        // Delayed allocation: after a crash the end of the file is NUL bytes where the text was.
        String truncated = "S2P_STASH_URL=http://nas:9999\nS2P_STASH_API_KEY=abc\0\0\0\0\nS2P_LOG_LEVEL=info\n";

        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class,
                () -> EnvFileParser.parse(FILE, truncated));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo(EnvProblem.CONTROL_CHARACTER);
        assertThat(e.getMessage()).doesNotContain("abc");
    }

    @Test
    void oldMacLineEndsWouldGlueTheLinesTogetherAndAreRefused() {
        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class,
                () -> EnvFileParser.parse(FILE, "# mine\nS2P_STASH_URL=http://nas:9999\rS2P_STASH_API_KEY=abc\r"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo(EnvProblem.CONTROL_CHARACTER);
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsFirstBadLine() throws Exception {
        byte[] latin1 = "S2P_STASH_URL=http://nas:9999\n# Caf\u00e9 settings\nS2P_STASH_API_KEY=abc\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class,
                () -> EnvFileParser.decode(FILE, latin1));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo(EnvProblem.NOT_UTF8);
        assertThat(EnvFileParser.decode(FILE, "\uFEFFA=caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("\uFEFFA=caf\u00e9\n");
    }

    @Test
    void aTabInsideAValueIsNoControlCharacterToRefuse() throws Exception {
        assertThat(EnvFileParser.parse(FILE, "A='a\tb'\n")).containsExactly(new EnvEntry("A", "a\tb", 1));
    }
}
