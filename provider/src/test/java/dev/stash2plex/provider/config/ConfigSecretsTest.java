package dev.stash2plex.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.core.testing.KeyShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key and the token are checked where they come in — environment, YAML file, secret file — and
 * every message about them names the setting and the problem, never the value: the message is what
 * the provider prints when it exits.
 */
class ConfigSecretsTest {

    private static final String URL = "http://127.0.0.1:9999";
    private static final String TOKEN = "fake-plex-token-0000";

    @TempDir
    Path dir;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put(ConfigLoader.CONFIG_FILE_ENV, dir.resolve("provider.yml").toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private String failure(Map<String, String> env) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new ConfigLoader(env).load());
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return thrown.getMessage();
    }

    /** YAML's double-quoted form, in which every invisible character can be written as an escape. */
    private static String yamlQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> quoted.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                ? Character.toString(c) : String.format("\\u%04X", c)));
        return quoted.append('"').toString();
    }

    @Test
    void aKeyInEachBadShapeFromTheEnvironmentIsRefusedByPositionNeverShown() {
        KeyShapes.BAD.forEach((shape, key) -> {
            String message = failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY", key));
            assertThat(message).as(shape)
                    .startsWith("S2P_STASH_API_KEY contains ")
                    .contains(" at position ")
                    .endsWith("; paste the key again from Stash > Settings > Security > API Key");
            KeyShapes.assertHidden(shape, message);
        });
        assertThat(failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY", KeyShapes.BAD.get("zero-width space"))))
                .isEqualTo("S2P_STASH_API_KEY contains an invisible or non-ASCII character at position 14"
                        + " (U+200B ZERO WIDTH SPACE); paste the key again from Stash > Settings > Security > API Key");
    }

    @Test
    void aKeyInEachBadShapeFromTheYamlFileIsRefusedNamingTheFileKey() throws IOException {
        for (Map.Entry<String, String> shape : KeyShapes.BAD.entrySet()) {
            Files.writeString(dir.resolve("provider.yml"), "stash_url: " + URL + "\nstash_api_key: "
                    + yamlQuoted(shape.getValue()) + "\n");
            String message = failure(env());
            assertThat(message).as(shape.getKey())
                    .startsWith("stash_api_key in " + dir.resolve("provider.yml") + " contains ");
            KeyShapes.assertHidden(shape.getKey(), message);
        }
    }

    @Test
    void aPlexTokenInABadShapeIsRefusedToo() {
        String message = failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY", KeyShapes.KEY,
                "S2P_PLEX_TOKEN", "\u201C" + TOKEN + "\u201D"));
        assertThat(message).isEqualTo("S2P_PLEX_TOKEN contains an invisible or non-ASCII character at position 1"
                + " (U+201C LEFT DOUBLE QUOTATION MARK); copy the token again (Plex Web: an item's Get Info > View XML,"
                + " X-Plex-Token in the address)");
    }

    @Test
    void aStrayLineEndAroundTheKeyIsTrimmedAway() throws Exception {
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY", " " + KeyShapes.KEY + "\r\n",
                "S2P_PLEX_TOKEN", TOKEN + "\n")).load();
        assertThat(config.stashApiKey()).isEqualTo(KeyShapes.KEY);
        assertThat(config.plexToken()).isEqualTo(TOKEN);
    }

    @Test
    void aKeyInTheStashUrlIsRefusedWithoutRepeatingIt() {
        for (String url : new String[] {
                URL + "/?apikey=" + KeyShapes.KEY,
                URL + "/graphql?apikey=" + KeyShapes.urlEncoded(KeyShapes.KEY),
                "http://user:" + KeyShapes.urlEncoded(KeyShapes.KEY) + "@127.0.0.1:9999/?apikey=" + KeyShapes.KEY}) {
            String message = failure(env("S2P_STASH_URL", url, "S2P_STASH_API_KEY", KeyShapes.KEY));
            assertThat(message).as(url).startsWith("S2P_STASH_URL must not carry a query or fragment (such as ?apikey= and a key)")
                    .contains("(got \"http://127.0.0.1:9999/");
            KeyShapes.assertHidden(url, message);
        }
        assertThat(failure(env("S2P_STASH_URL", URL + "/?apikey=" + KeyShapes.KEY, "S2P_STASH_API_KEY", KeyShapes.KEY)))
                .endsWith("(got \"http://127.0.0.1:9999/?…\")");
    }

    @Test
    void aBrokenYamlLineHoldingTheKeyIsReportedWithoutTheLine() throws IOException {
        for (String line : new String[] {
                "stash_api_key: \"" + KeyShapes.KEY + "\n",
                "stash_api_key: " + KeyShapes.KEY + ": oops\n",
                "stash_api_key: '" + KeyShapes.KEY + "\nlog_level: [info\n"}) {
            Files.writeString(dir.resolve("provider.yml"), "stash_url: " + URL + "\n" + line);
            String message = failure(env());
            assertThat(message).as(line).startsWith("Malformed YAML in " + dir.resolve("provider.yml") + " at line ");
            KeyShapes.assertHidden(line, message);
        }
        Files.writeString(dir.resolve("provider.yml"), "stash_url: " + URL + "\nstash_api_key: " + KeyShapes.KEY + ": oops\n");
        assertThat(failure(env())).isEqualTo("Malformed YAML in " + dir.resolve("provider.yml")
                + " at line 2, column 39 (the stash_api_key line, not shown): mapping values are not allowed here");
    }

    @Test
    void theKeyAndTokensCanComeFromFilesTrimmed() throws Exception {
        Path key = Files.writeString(dir.resolve("stash_api_key"), KeyShapes.KEY + "\n");
        Path token = Files.writeString(dir.resolve("plex_token"), "  " + TOKEN + "\r\n");
        Path admin = Files.writeString(dir.resolve("admin_token"), "test-only-admin-token\n");
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", URL,
                "S2P_STASH_API_KEY_FILE", key.toString(), "S2P_PLEX_TOKEN_FILE", token.toString(),
                "S2P_ADMIN_TOKEN_FILE", admin.toString())).load();

        assertThat(config.stashApiKey()).isEqualTo(KeyShapes.KEY);
        assertThat(config.plexToken()).isEqualTo(TOKEN);
        assertThat(config.adminToken()).isEqualTo("test-only-admin-token");
    }

    @Test
    void theFileCanBeNamedInTheYamlFile() throws Exception {
        Path key = Files.writeString(dir.resolve("stash_api_key"), KeyShapes.KEY);
        Files.writeString(dir.resolve("provider.yml"), "stash_url: " + URL + "\nstash_api_key_file: " + key + "\n");

        assertThat(new ConfigLoader(env()).load().stashApiKey()).isEqualTo(KeyShapes.KEY);
    }

    @Test
    void settingTheKeyBothDirectlyAndAsAFileIsAnError() throws IOException {
        Path key = Files.writeString(dir.resolve("stash_api_key"), KeyShapes.KEY);
        String message = failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY", KeyShapes.KEY,
                "S2P_STASH_API_KEY_FILE", key.toString()));

        assertThat(message).isEqualTo("Set either S2P_STASH_API_KEY or S2P_STASH_API_KEY_FILE, not both");
    }

    @Test
    void anUnusableFileIsNamedWithWhatIsWrong() throws IOException {
        Path missing = dir.resolve("absent");
        assertThat(failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY_FILE", missing.toString())))
                .isEqualTo("the file " + missing + " (S2P_STASH_API_KEY_FILE) does not exist (is the secret mounted into"
                        + " the container?)");
        assertThat(failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY_FILE", dir.toString())))
                .isEqualTo("the file " + dir + " (S2P_STASH_API_KEY_FILE) is a folder, not a file");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThat(failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY_FILE", empty.toString())))
                .isEqualTo("the file " + empty + " (S2P_STASH_API_KEY_FILE) is empty");
        Path huge = Files.write(dir.resolve("huge"), new byte[SecretFiles.MAX_BYTES + 1]);
        assertThat(failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY_FILE", huge.toString())))
                .contains("is larger than 64 KiB");
    }

    @Test
    void aFileWithAnInvisibleCharacterIsRefusedNamingTheFile() throws IOException {
        Path key = Files.write(dir.resolve("stash_api_key"),
                ("\uFEFF" + KeyShapes.KEY + "\n").getBytes(StandardCharsets.UTF_8));
        String message = failure(env("S2P_STASH_URL", URL, "S2P_STASH_API_KEY_FILE", key.toString()));

        assertThat(message).isEqualTo("the file " + key + " (S2P_STASH_API_KEY_FILE) contains an invisible or non-ASCII"
                + " character at position 1 (U+FEFF ZERO WIDTH NO-BREAK SPACE); paste the key again from Stash > Settings"
                + " > Security > API Key");
        KeyShapes.assertHidden("file message", message);
    }
}
