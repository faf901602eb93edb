package dev.stash2plex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import dev.stash2plex.provider.testing.MissingResourceFailsOnCi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our env file, read by real Docker Compose: both as the service's {@code env_file:} (what the
 * container gets) and through {@code --env-file} interpolation of {@code ${VAR}} in the compose file
 * (what {@code docker compose --env-file provider.env up} uses). Every value must come back exactly.
 * Runs whichever of Compose v2 ({@code docker compose}) and v1.29 ({@code docker-compose}, Debian's
 * package) is installed, and skips with the reason when neither is.
 */
class EnvFileComposeIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docker-compose", "docker compose"})
    void composeReadsEveryValueBackIdentically(String tool) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool.split(" ")));
        // Either Compose may be missing on a machine; CI installs 1.29 (the only one Debian packages here), so
        // v2's absence is not a missing resource there. docs/container.md says which one the tests run.
        Assumptions.assumeTrue(runs(command, "version"), (tool.equals("docker compose") ? MissingResourceFailsOnCi.NOT_A_RESOURCE : "")
                + tool + " is not installed here (apt-get install docker-compose for v1.29)");

        SequencedMap<String, String> variables = new LinkedHashMap<>();
        StringBuilder environment = new StringBuilder();
        for (int i = 0; i < EnvFileFormatTest.TRICKY.size(); i++) {
            variables.put("S2P_V" + i, EnvFileFormatTest.TRICKY.get(i));
            environment.append("      X_V").append(i).append(": ${S2P_V").append(i).append("}\n");
        }
        Path envFile = dir.resolve("provider.env");
        Files.writeString(envFile, EnvFileFormat.render(envFile, variables));
        Files.writeString(dir.resolve("compose.yml"), """
                services:
                  s:
                    image: busybox
                    env_file: provider.env
                    environment:
                """ + environment);

        command.addAll(List.of("--env-file", envFile.toString(), "-f", dir.resolve("compose.yml").toString(), "config"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).as("compose warned about our file").doesNotContainIgnoringCase("could not parse");

        JsonNode env = YAML.readTree(out).path("services").path("s").path("environment");
        List<EnvEntry> ours = EnvFileParser.parse(envFile, Files.readString(envFile));
        for (int i = 0; i < EnvFileFormatTest.TRICKY.size(); i++) {
            String expected = EnvFileFormatTest.TRICKY.get(i);
            // `config` prints a literal $ as $$ so that its output can be used as a compose file again.
            assertThat(env.path("S2P_V" + i).asText().replace("$$", "$")).as("env_file S2P_V" + i).isEqualTo(expected);
            assertThat(env.path("X_V" + i).asText().replace("$$", "$")).as("--env-file S2P_V" + i).isEqualTo(expected);
            assertThat(ours.get(i).value()).as("our parser S2P_V" + i).isEqualTo(expected);
        }
    }

    private static boolean runs(List<String> command, String argument) {
        List<String> full = new ArrayList<>(command);
        full.add(argument);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
