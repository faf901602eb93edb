package dev.stash2plex.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String KEY = "test-key-not-a-real-one";

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

    private void yaml(String text) throws IOException {
        Files.writeString(dir.resolve("provider.yml"), text);
    }

    @Test
    void defaultsApplyWhenOnlyTheRequiredSettingsAreGiven() throws Exception {
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY)).load();

        assertThat(config.stashUrl()).isEqualTo(URI.create("http://stash:9999"));
        assertThat(config.stashApiKey()).isEqualTo(KEY);
        assertThat(config.plexUrl()).isEqualTo(URI.create("http://host.docker.internal:32400"));
        assertThat(config.plexToken()).isEmpty();
        assertThat(config.providerPort()).isEqualTo(9090);
        assertThat(config.logLevel()).isEqualTo("info");
        assertThat(config.pathRules()).isEmpty();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.stashTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.stashMaxConcurrency()).isEqualTo(8);
    }

    @Test
    void bothMissingRequiredSettingsAreNamedOnOneLine() {
        assertThatThrownBy(() -> new ConfigLoader(env()).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage("Missing required configuration: S2P_STASH_URL, S2P_STASH_API_KEY");
    }

    @Test
    void onlyTheMissingKeyIsNamedWhenTheUrlIsSet() {
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999")).load())
                .hasMessage("Missing required configuration: S2P_STASH_API_KEY");
    }

    @Test
    void blankVariablesCountAsMissing() {
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "  ", "S2P_STASH_API_KEY", "")).load())
                .hasMessage("Missing required configuration: S2P_STASH_URL, S2P_STASH_API_KEY");
    }

    @Test
    void environmentBeatsYamlWhichBeatsDefaultsPerField() throws Exception {
        yaml("""
                stash_url: http://yaml:9999
                stash_api_key: yk
                log_level: debug
                """);
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://env:9999")).load();

        assertThat(config.stashUrl()).isEqualTo(URI.create("http://env:9999"));
        assertThat(config.stashApiKey()).isEqualTo("yk");
        assertThat(config.logLevel()).isEqualTo("debug");
        assertThat(config.plexUrl()).isEqualTo(URI.create("http://host.docker.internal:32400"));
        assertThat(config.providerPort()).isEqualTo(9090);
    }

    @Test
    void yamlNumbersAreAccepted() throws Exception {
        yaml("stash_url: http://yaml:9999\nstash_api_key: yk\nprovider_port: 9191\nstash_max_concurrency: 3\n");
        ProviderConfig config = new ConfigLoader(env()).load();
        assertThat(config.providerPort()).isEqualTo(9191);
        assertThat(config.stashMaxConcurrency()).isEqualTo(3);
    }

    @Test
    void anEmptyYamlFileIsFine() throws Exception {
        yaml("");
        assertThat(new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY)).load().providerPort())
                .isEqualTo(9090);
    }

    @Test
    void malformedYamlNamesLineAndColumn() throws IOException {
        yaml("stash_url: http://yaml:9999\nstash_api_key: [unclosed\nlog_level: info\n");
        assertThatThrownBy(() -> new ConfigLoader(env()).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Malformed YAML in " + dir.resolve("provider.yml"))
                .hasMessageMatching("(?s).*at line \\d+, column \\d+.*");
    }

    @Test
    void unknownYamlKeysAreRejectedWithAHintForEnvStyleKeys() throws IOException {
        yaml("S2P_STASH_URL: http://yaml:9999\n");
        assertThatThrownBy(() -> new ConfigLoader(env()).load())
                .hasMessageContaining("Unknown key \"S2P_STASH_URL\"")
                .hasMessageContaining("lower case without the S2P_ prefix, e.g. stash_url");

        yaml("foo: bar\n");
        assertThatThrownBy(() -> new ConfigLoader(env()).load()).hasMessageContaining("Unknown key \"foo\"");
    }

    @Test
    void aYamlFileThatIsNotAMappingIsRejected() throws IOException {
        yaml("- just\n- a list\n");
        assertThatThrownBy(() -> new ConfigLoader(env()).load()).hasMessageContaining("must be a mapping");
    }

    @Test
    void theGapScheduleIsOneOfFourWordsInAnyCaseAndDailyByDefault() throws ConfigException {
        assertThat(new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY)).load().gapsSchedule())
                .isEqualTo(dev.stash2plex.provider.library.GapSchedule.DAILY);
        assertThat(new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_GAPS_SCHEDULE", " Weekly ")).load().gapsSchedule()).isEqualTo(dev.stash2plex.provider.library.GapSchedule.WEEKLY);
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_GAPS_SCHEDULE", "nightly")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("S2P_GAPS_SCHEDULE must be one of manual, hourly, daily, weekly (got \"nightly\")");
    }

    @Test
    void everyInvalidValueIsNamedWithItsOriginInOneMessage() {
        assertThatThrownBy(() -> new ConfigLoader(env(
                "S2P_STASH_URL", "stash:9999",
                "S2P_STASH_API_KEY", KEY,
                "S2P_PROVIDER_PORT", "abc",
                "S2P_LOG_LEVEL", "loud",
                "S2P_PUBLIC_URL", "ftp://x")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("S2P_STASH_URL must be an http:// or https:// URL with a host")
                .hasMessageContaining("S2P_PROVIDER_PORT must be a whole number from 1 to 65535 (got \"abc\")")
                .hasMessageContaining("S2P_LOG_LEVEL must be one of trace, debug, info, warn, error (got \"loud\")")
                .hasMessageContaining("S2P_PUBLIC_URL must be an http:// or https:// URL");
    }

    @Test
    void portsOutsideTheRangeAreRejected() {
        for (String port : new String[] {"0", "65536", "-1", "90.5"}) {
            assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                    "S2P_PROVIDER_PORT", port)).load())
                    .hasMessageContaining("S2P_PROVIDER_PORT must be a whole number from 1 to 65535");
        }
    }

    @Test
    void problemsInTheYamlFileNameTheFileKey() throws IOException {
        yaml("stash_url: http://s:1\nstash_api_key: yk\nprovider_port: seventy\n");
        assertThatThrownBy(() -> new ConfigLoader(env()).load())
                .hasMessageContaining("provider_port in " + dir.resolve("provider.yml") + " must be a whole number");
    }

    @Test
    void homeNetworkUrlsAreAccepted() throws Exception {
        for (String url : new String[] {"http://localhost:9999", "http://192.168.1.20:9999", "http://nas.local:9999",
                "http://[fd00::5]:9999", "https://stash.example.org/", "http://host.docker.internal:9999/stash"}) {
            assertThat(new ConfigLoader(env("S2P_STASH_URL", url, "S2P_STASH_API_KEY", KEY)).load().stashUrl())
                    .isEqualTo(URI.create(url));
        }
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() throws Exception {
        String secret = "very-secret-plex-token-value";
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                "S2P_PLEX_TOKEN", secret)).load();
        assertThat(config.toString()).doesNotContain(KEY).doesNotContain(secret).contains("stashApiKey=(set)");

        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "nope", "S2P_STASH_API_KEY", KEY,
                "S2P_PLEX_TOKEN", secret, "S2P_PROVIDER_PORT", "x")).load())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain(secret));
    }

    @Test
    void warningIsReadAsWarn() throws Exception {
        assertThat(new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                "S2P_LOG_LEVEL", "WARNING")).load().logLevel()).isEqualTo("warn");
    }

    @Test
    void theConfigFileLocationDefaultsToTheContainerPath() {
        assertThat(new ConfigLoader(Map.of()).configFile()).isEqualTo(Path.of("/config/provider.yml"));
    }

    @Test
    void pathRulesComeFromTheEnvironmentAsJson() throws Exception {
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                "S2P_PATH_RULES", "[{\"name\":\"nas\",\"plex_pattern\":\"^/plex/(.*)\",\"stash_pattern\":\"/stash/\\\\1\"}]")).load();
        assertThat(config.pathRules()).hasSize(1);
        assertThat(config.pathRules().getFirst().name()).isEqualTo("nas");
        assertThat(config.pathRules().getFirst().stashPattern()).isEqualTo("/stash/\\1");
    }

    @Test
    void pathRulesComeFromTheYamlFileAsAList() throws Exception {
        yaml("""
                stash_url: http://s:1
                stash_api_key: yk
                path_rules:
                  - name: nas
                    plex_library_root: /plex/media/
                    plex_pattern: '^/plex/media/(.*)'
                    stash_pattern: '/stash/media/\\1'
                """);
        ProviderConfig config = new ConfigLoader(env()).load();
        assertThat(config.pathRules()).singleElement().satisfies(rule -> {
            assertThat(rule.plexLibraryRoot()).isEqualTo("/plex/media/");
            assertThat(rule.stashPattern()).isEqualTo("/stash/media/\\1");
        });
    }

    @Test
    void brokenPathRulesAreNamedWithTheirOrigin() {
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                "S2P_PATH_RULES", "[{\"name\":\"nas\"")).load())
                .hasMessageStartingWith("S2P_PATH_RULES: Path rules: not valid JSON at line 1");
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", KEY,
                "S2P_PATH_RULES", "[{\"name\":\"nas\",\"plex_pattern\":\"^/p/(.*)\"}]")).load())
                .hasMessageContaining("S2P_PATH_RULES: Path rule 1 \"nas\": is missing \"stash_pattern\"");
    }

    @Test
    void accessSettingsDefaultToBuiltInHostsNoAdminTokenAndAGenerousRateLimit() throws Exception {
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY)).load();

        assertThat(config.allowedHosts()).isEmpty();
        assertThat(config.adminToken()).isEmpty();
        assertThat(config.rateLimitPerSecond()).isEqualTo(100);
    }

    @Test
    void allowedHostsComeAsACommaSeparatedListOrAYamlList() throws Exception {
        ProviderConfig fromEnv = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_ALLOWED_HOSTS", "NAS.example.lan:9090, *.home.arpa")).load();
        yaml("""
                stash_url: http://stash:9999
                stash_api_key: yk
                allowed_hosts:
                  - nas.example.lan
                  - '*.home.arpa'
                """);
        ProviderConfig fromYaml = new ConfigLoader(env()).load();

        assertThat(fromEnv.allowedHosts()).extracting(Object::toString).containsExactly("nas.example.lan", "*.home.arpa");
        assertThat(fromYaml.allowedHosts()).isEqualTo(fromEnv.allowedHosts());
    }

    @Test
    void badAccessSettingsAreNamedWithoutRepeatingTheToken() {
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_ALLOWED_HOSTS", "nas, http://nas:9090", "S2P_ADMIN_TOKEN", "short-secret", "S2P_RATE_LIMIT_PER_SECOND", "-1")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("S2P_ALLOWED_HOSTS: entry \"http://nas:9090\" is not a host name")
                .hasMessageContaining("S2P_ADMIN_TOKEN must be at least 16")
                .hasMessageContaining("S2P_RATE_LIMIT_PER_SECOND must be a whole number from 0 to 100000 (got \"-1\")")
                .message().doesNotContain("short-secret");
    }

    @Test
    void theAdminTokenIsASecretAndZeroTurnsTheRateLimitOff() throws Exception {
        String token = "b3f1c0de9a7e4d21b3f1c0de9a7e4d21";
        ProviderConfig config = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_ADMIN_TOKEN", token, "S2P_RATE_LIMIT_PER_SECOND", "0")).load();

        assertThat(config.adminToken()).isEqualTo(token);
        assertThat(config.toString()).doesNotContain(token).contains("adminToken=(set)");
        assertThat(Setting.ADMIN_TOKEN.secret()).isTrue();
        assertThat(config.rateLimitPerSecond()).isZero();
    }

    @Test
    void theSyncSettingsHaveTheirDefaultsAndAreRead() throws Exception {
        ProviderConfig defaults = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY)).load();
        assertThat(defaults.sync()).isEqualTo(dev.stash2plex.provider.sync.SyncSettings.defaults());
        assertThat(defaults.sync().ratePerSecond()).isEqualTo(2.0);
        assertThat(defaults.sync().giveUpAfter()).isEqualTo(java.time.Duration.ofHours(72));
        assertThat(defaults.sync().uploadArtwork()).isTrue();
        assertThat(defaults.sync().scanNewFolders()).isFalse();

        ProviderConfig set = new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_SYNC_RATE_PER_SECOND", "0.5", "S2P_SYNC_GIVE_UP_HOURS", "24", "S2P_PLEX_UPLOAD_ARTWORK", "false",
                "S2P_SYNC_SCAN_NEW_FOLDERS", "yes")).load();
        assertThat(set.sync().ratePerSecond()).isEqualTo(0.5);
        assertThat(set.sync().giveUpAfter()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(set.sync().uploadArtwork()).isFalse();
        assertThat(set.sync().scanNewFolders()).isTrue();
    }

    @Test
    void badSyncSettingsAreNamed() {
        assertThatThrownBy(() -> new ConfigLoader(env("S2P_STASH_URL", "http://stash:9999", "S2P_STASH_API_KEY", KEY,
                "S2P_SYNC_RATE_PER_SECOND", "0", "S2P_SYNC_GIVE_UP_HOURS", "three days", "S2P_PLEX_UPLOAD_ARTWORK", "maybe")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("S2P_SYNC_RATE_PER_SECOND must be a number from 0.01 to 1000 (got \"0\")")
                .hasMessageContaining("S2P_SYNC_GIVE_UP_HOURS must be a whole number from 1 to 8760")
                .hasMessageContaining("S2P_PLEX_UPLOAD_ARTWORK must be true or false (got \"maybe\")");
    }
}
