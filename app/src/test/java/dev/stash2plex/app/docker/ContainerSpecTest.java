package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.Secret;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What a container spec means for the user's container: the same settings adopt the running container
 * after an app restart; anything the provider reads at its start makes a new one; what it does not read
 * (the Plex token, the env file's line order, extra labels) leaves it alone. Asked the way
 * {@link ManagedContainer} asks, through the configuration fingerprint its label carries.
 */
class ContainerSpecTest {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.secret-api-key";
    private static final AppSettings SAVED = AppSettings.defaults().withStash("http://nas.local:9999", new Secret(KEY));
    private static final ContainerSpec SPEC = new ContainerSpec("stash2plex-provider", "stash2plex/provider:0.1.0-abcdef123456",
            9090, SAVED.environment(), SAVED.pathRulesYaml(), Path.of("/home/ann/.config/stash2plex/config"),
            Path.of("/home/ann/.local/share/stash2plex/provider-data"), RestartPolicy.UNLESS_STOPPED, ContainerLimits.PROVIDER,
            Map.of("extra", "1"));

    /**
     * One change per part of the spec the provider depends on. {@link #everyPartOfTheSpecIsClassified} fails
     * when the spec grows a part that is in neither this table nor {@link #NOT_READ_BY_THE_PROVIDER}.
     */
    private static final Map<String, UnaryOperator<ContainerSpec>> READ_AT_START = changes();
    /** Parts that name or tag the container but are nothing the provider reads. */
    private static final List<String> NOT_READ_BY_THE_PROVIDER = List.of("name", "labels");

    private static Map<String, UnaryOperator<ContainerSpec>> changes() {
        Map<String, UnaryOperator<ContainerSpec>> changes = new LinkedHashMap<>();
        changes.put("image", spec -> with(spec, "stash2plex/provider:0.2.0-000000000000", spec.port(), spec.environment(),
                spec.pathRules(), spec.configDir(), spec.dataDir(), spec.restartPolicy(), spec.limits()));
        changes.put("port", spec -> with(spec, spec.image(), 9191, spec.environment(), spec.pathRules(), spec.configDir(),
                spec.dataDir(), spec.restartPolicy(), spec.limits()));
        changes.put("environment", spec -> with(spec, spec.image(), spec.port(),
                SAVED.withStash("http://nas.local:9999", new Secret("another-key")).environment(), spec.pathRules(),
                spec.configDir(), spec.dataDir(), spec.restartPolicy(), spec.limits()));
        changes.put("pathRules", spec -> with(spec, spec.image(), spec.port(), spec.environment(),
                SAVED.withPathRules(List.of(PathRuleSetting.of("films", "^/plex/(.*)$", "/stash/\\1"))).pathRulesYaml(),
                spec.configDir(), spec.dataDir(), spec.restartPolicy(), spec.limits()));
        changes.put("configDir", spec -> with(spec, spec.image(), spec.port(), spec.environment(), spec.pathRules(),
                Path.of("/elsewhere"), spec.dataDir(), spec.restartPolicy(), spec.limits()));
        changes.put("dataDir", spec -> with(spec, spec.image(), spec.port(), spec.environment(), spec.pathRules(),
                spec.configDir(), Path.of("/mnt/bigger-disk/stash2plex-data"), spec.restartPolicy(), spec.limits()));
        changes.put("restartPolicy", spec -> with(spec, spec.image(), spec.port(), spec.environment(), spec.pathRules(),
                spec.configDir(), spec.dataDir(), RestartPolicy.NO, spec.limits()));
        changes.put("limits", spec -> with(spec, spec.image(), spec.port(), spec.environment(), spec.pathRules(),
                spec.configDir(), spec.dataDir(), spec.restartPolicy(), new ContainerLimits(1_073_741_824L, 256, "10m", 3)));
        return changes;
    }

    @Test
    void theSameSettingsAdoptTheContainer() {
        ContainerSpec again = with(SPEC, SPEC.image(), SPEC.port(), SAVED.environment(), SAVED.pathRulesYaml(), SPEC.configDir(),
                SPEC.dataDir(), SPEC.restartPolicy(), SPEC.limits());

        assertThat(sameContainer(SPEC, again)).isTrue();
    }

    @Test
    void everySettingTheProviderReadsAtItsStartMakesANewContainerEachItsOwn() {
        List<String> fingerprints = READ_AT_START.values().stream().map(change -> change.apply(SPEC).configHash()).toList();

        READ_AT_START.forEach((part, change) -> assertThat(sameContainer(SPEC, change.apply(SPEC))).as(part).isFalse());
        assertThat(fingerprints).as("no two changes look alike").doesNotHaveDuplicates();
    }

    @Test
    void everyPartOfTheSpecIsClassified() {
        List<String> parts = Arrays.stream(ContainerSpec.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(parts).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(READ_AT_START.keySet().stream(), NOT_READ_BY_THE_PROVIDER.stream()).toList());
    }

    @Test
    void whatTheProviderDoesNotReadLeavesTheContainerAlone() {
        ContainerSpec relabelled = SPEC.withLabels(Map.of());
        ContainerSpec reordered = with(SPEC, SPEC.image(), SPEC.port(), SPEC.environment().reversed(), SPEC.pathRules(),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.limits());

        assertThat(List.of(relabelled, reordered)).allMatch(spec -> sameContainer(SPEC, spec));
    }

    @Test
    void aNewPlexTokenOrAdminTokenMakesANewContainerItsSyncAndAdminEndpointsUseThem() {
        AppSettings otherToken = SAVED.withPlex(SAVED.plexUrl(), new Secret("plex-token-two"));
        ContainerSpec newPlexToken = with(SPEC, SPEC.image(), SPEC.port(), otherToken.environment(), SPEC.pathRules(),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.limits());
        List<String> withAdmin = new java.util.ArrayList<>(SPEC.environment());
        withAdmin.add("S2P_ADMIN_TOKEN=admin-token-one");
        ContainerSpec newAdminToken = with(SPEC, SPEC.image(), SPEC.port(), withAdmin, SPEC.pathRules(),
                SPEC.configDir(), SPEC.dataDir(), SPEC.restartPolicy(), SPEC.limits());

        assertThat(List.of(newPlexToken, newAdminToken)).noneMatch(spec -> sameContainer(SPEC, spec));
        assertThat(newAdminToken.configHash()).doesNotContain("admin-token-one");
    }

    @Test
    void aPathRuleMadeCaseInsensitiveIsANewContainerTooButAPortChangeLeavesTheRulesFileAsItWas() {
        AppSettings rule = SAVED.withPathRules(List.of(PathRuleSetting.of("films", "^/plex/(.*)$", "/stash/\\1")));
        AppSettings caseInsensitive = SAVED.withPathRules(List.of(
                new PathRuleSetting("films", "^/plex/(.*)$", "/stash/\\1", true, "", "", "")));

        assertThat(sameContainer(SPEC.withPathRules(rule.pathRulesYaml()), SPEC.withPathRules(caseInsensitive.pathRulesYaml())))
                .isFalse();
        assertThat(rule.withProvider(9191, rule.logLevel()).pathRulesYaml()).isEqualTo(rule.pathRulesYaml());
    }

    @Test
    void theFingerprintNeverHoldsTheKeyAndToStringShowsNamesNotValues() {
        assertThat(SPEC.configHash()).doesNotContain(KEY);
        assertThat(SPEC.toString()).contains("S2P_STASH_API_KEY", "S2P_STASH_URL", "stash2plex-provider", "9090")
                .doesNotContain(KEY, "nas.local", "=info");
    }

    @Test
    void theContainerGetsThePortAndDataFolderOfTheSpecNotThoseInTheEnvFileAndTheTokensOnlyAsFiles() {
        ContainerSpec spec = new ContainerSpec("n", "i", 9191, List.of("S2P_PROVIDER_PORT=9090", "A=b", "S2P_DATA_DIR=/elsewhere",
                "S2P_PLEX_TOKEN=plex-token-one", "S2P_ADMIN_TOKEN=admin-token-one", "S2P_PLEX_TOKEN_FILE=/elsewhere/t"),
                Path.of("/c"), Path.of("/d"), RestartPolicy.NO, Map.of());

        assertThat(ContainerEnvironment.of(spec)).containsExactly("A=b", "S2P_PROVIDER_PORT=9191", "S2P_DATA_DIR=/data",
                "S2P_PLEX_TOKEN_FILE=/run/secrets/stash2plex/plex-token",
                "S2P_ADMIN_TOKEN_FILE=/run/secrets/stash2plex/admin-token");
    }

    @Test
    void theProvidersLimitsAreTheComposeFilesOwn() throws Exception {
        JsonNode provider = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docker-compose.yml").toFile())
                .at("/services/provider");

        assertThat(ContainerLimits.PROVIDER.memoryBytes()).isEqualTo(mebibytes(provider.path("mem_limit").asText()));
        assertThat(ContainerLimits.PROVIDER.pids()).isEqualTo(provider.path("pids_limit").asLong());
        assertThat(ContainerLimits.PROVIDER.logOptions()).containsOnly(
                Map.entry("max-size", provider.at("/logging/options/max-size").asText()),
                Map.entry("max-file", provider.at("/logging/options/max-file").asText()));
    }

    private static long mebibytes(String composeSize) {
        assertThat(composeSize).endsWith("m");
        return Long.parseLong(composeSize.substring(0, composeSize.length() - 1)) * 1024 * 1024;
    }

    private static boolean sameContainer(ContainerSpec running, ContainerSpec wanted) {
        return running.configHash().equals(wanted.configHash());
    }

    private static ContainerSpec with(ContainerSpec spec, String image, int port, List<String> environment, String pathRules,
                                      Path configDir, Path dataDir, RestartPolicy restart, ContainerLimits limits) {
        return new ContainerSpec(spec.name(), image, port, environment, pathRules, configDir, dataDir, restart, limits, spec.labels());
    }
}
