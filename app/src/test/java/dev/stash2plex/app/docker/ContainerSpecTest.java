package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.secret-api-key";
    private static final ContainerSpec SPEC = new ContainerSpec("stash2plex-provider", "stash2plex/provider:0.1.0-abcdef123456",
            9090, List.of("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=" + KEY, "S2P_LOG_LEVEL=info"),
            Path.of("/home/ann/.config/stash2plex/config"), Path.of("/home/ann/.local/share/stash2plex/provider-data"),
            RestartPolicy.UNLESS_STOPPED, Map.of("extra", "1"));

    @Test
    void toStringShowsVariableNamesButNeverValues() {
        String text = SPEC.toString();

        assertThat(text).contains("S2P_STASH_API_KEY", "S2P_STASH_URL", "stash2plex-provider", "9090");
        assertThat(text).doesNotContain(KEY, "nas.local", "=info");
    }

    @Test
    void configHashIsStableAndIgnoresTheEnvOrderAndTheLabels() {
        ContainerSpec reordered = new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment().reversed(),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), Map.of());

        assertThat(SPEC.configHash()).matches("[0-9a-f]{64}").isEqualTo(SPEC.configHash()).isEqualTo(reordered.configHash());
        assertThat(SPEC.configHash()).doesNotContain(KEY);
    }

    @Test
    void configHashChangesWithEverySetting() {
        List<ContainerSpec> changed = List.of(
                new ContainerSpec(SPEC.name(), "stash2plex/provider:0.1.0-000000000000", SPEC.port(), SPEC.environment(),
                        SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.labels()),
                new ContainerSpec(SPEC.name(), SPEC.image(), 9191, SPEC.environment(), SPEC.configDir(), SPEC.dataDir(),
                        SPEC.restartPolicy(), SPEC.labels()),
                new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(),
                        List.of("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=other", "S2P_LOG_LEVEL=info"),
                        SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.labels()),
                new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment(), Path.of("/elsewhere"),
                        SPEC.dataDir(), SPEC.restartPolicy(), SPEC.labels()),
                new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment(), SPEC.configDir(),
                        Path.of("/mnt/bigger-disk/stash2plex-data"), SPEC.restartPolicy(), SPEC.labels()),
                new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment(), SPEC.configDir(),
                        SPEC.dataDir(), RestartPolicy.NO, SPEC.labels()));

        assertThat(changed).extracting(ContainerSpec::configHash).doesNotContain(SPEC.configHash()).doesNotHaveDuplicates();
    }

    @Test
    void aSaveThatChangesOnlyThePathRulesChangesTheHash() {
        // The provider reads its rules from the mounted provider.yml once, at start: new rules need a new container.
        AppSettings saved = AppSettings.defaults().withStash("http://nas.local:9999", new Secret(KEY));
        AppSettings newRule = saved.withPathRules(List.of(PathRuleSetting.of("films", "^/plex/(.*)$", "/stash/\\1")));
        AppSettings ruleNowCaseInsensitive = saved.withPathRules(List.of(
                new PathRuleSetting("films", "^/plex/(.*)$", "/stash/\\1", true, "", "", "")));

        List<String> hashes = List.of(saved, newRule, ruleNowCaseInsensitive).stream()
                .map(settings -> SPEC.withPathRules(settings.pathRulesYaml()).configHash()).toList();

        assertThat(hashes).doesNotHaveDuplicates();
        assertThat(SPEC.withPathRules(newRule.pathRulesYaml()).configHash())
                .isEqualTo(SPEC.withPathRules(newRule.withProvider(9090, newRule.logLevel()).pathRulesYaml()).configHash());
    }

    @Test
    void swappingTheConfigAndDataFoldersChangesTheHash() {
        ContainerSpec swapped = new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment(),
                SPEC.dataDir(), SPEC.configDir(), SPEC.restartPolicy(), SPEC.labels());

        assertThat(swapped.configHash()).isNotEqualTo(SPEC.configHash());
    }

    @Test
    void fieldsAreLengthPrefixedSoShiftingABoundaryChangesTheHash() {
        assertThat(new ContentHash().add("ab").add("c").hex()).isNotEqualTo(new ContentHash().add("a").add("bc").hex());
    }

    @Test
    void thePortAndDataVariablesAreTheSpecsLikeComposeEnvironmentOverridesTheEnvFile() {
        ContainerSpec spec = new ContainerSpec("n", "i", 9191, List.of("S2P_PROVIDER_PORT=9090", "A=b", "S2P_DATA_DIR=/elsewhere"),
                Path.of("/c"), Path.of("/d"), RestartPolicy.NO, Map.of());

        assertThat(ContainerEnvironment.of(spec)).containsExactly("A=b", "S2P_PROVIDER_PORT=9191", "S2P_DATA_DIR=/data");
    }

    @Test
    void thePlexTokenStaysWithTheAppAndChangingItRecreatesNothing() {
        ContainerSpec withToken = new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(),
                List.of("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=" + KEY, "S2P_PLEX_TOKEN=plex-token-one",
                        "S2P_LOG_LEVEL=info"),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.labels());
        ContainerSpec otherToken = new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(),
                List.of("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=" + KEY, "S2P_PLEX_TOKEN=plex-token-two",
                        "S2P_LOG_LEVEL=info"),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.labels());

        assertThat(ContainerEnvironment.of(withToken)).noneMatch(entry -> entry.startsWith("S2P_PLEX_TOKEN"))
                .contains("S2P_LOG_LEVEL=info");
        assertThat(withToken.configHash()).isEqualTo(otherToken.configHash()).isEqualTo(SPEC.configHash());
    }

    @Test
    void theProviderHasTheComposeFilesLimitsAndTheHashCoversThem() {
        assertThat(SPEC.limits()).isEqualTo(new ContainerLimits(536_870_912L, 256, "10m", 3));
        assertThat(SPEC.limits().logOptions()).containsOnly(java.util.Map.entry("max-size", "10m"), java.util.Map.entry("max-file", "3"));
        List<ContainerLimits> others = List.of(new ContainerLimits(1_073_741_824L, 256, "10m", 3),
                new ContainerLimits(536_870_912L, 512, "10m", 3), new ContainerLimits(536_870_912L, 256, "50m", 3),
                new ContainerLimits(536_870_912L, 256, "10m", 5));

        assertThat(others).extracting(limits -> new ContainerSpec(SPEC.name(), SPEC.image(), SPEC.port(), SPEC.environment(),
                        SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), limits, SPEC.labels()).configHash())
                .doesNotContain(SPEC.configHash()).doesNotHaveDuplicates();
    }
}
