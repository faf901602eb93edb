package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The classic builder's JSON stream (as {@code POST /build} sends it, one object per line) read into progress:
 * steps, the base image a FROM fetches, and a base image's download in bytes summed over its layers.
 */
class BuildOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ImageProgress> seen = new ArrayList<>();

    @Test
    void stepsAreNumberedAndTheFromLinesImageIsExpandedFromTheBuildArguments() throws Exception {
        BuildOutput output = new BuildOutput(seen::add, Map.of("S2P_RUNTIME_BASE_IMAGE", "stash2plex/runtime-base:25"));
        feed(output, """
                {"stream":"Step 1/19 : ARG S2P_BUILD_BASE_IMAGE="}
                {"stream":"\\n"}
                {"stream":"Step 5/19 : FROM ${S2P_RUNTIME_BASE_IMAGE:-eclipse-temurin:25-jre} AS runtime\\n"}
                {"stream":" ---> 1761e6e27e7c\\n"}
                """);

        assertThat(seen).extracting(ImageProgress::line).containsExactly("Step 1/19 : ARG S2P_BUILD_BASE_IMAGE=",
                "Step 5/19 : FROM ${S2P_RUNTIME_BASE_IMAGE:-eclipse-temurin:25-jre} AS runtime", " ---> 1761e6e27e7c");
        assertThat(seen.getLast()).extracting(ImageProgress::step, ImageProgress::steps).containsExactly(5, 19);
        assertThat(output.fetching()).isEqualTo("stash2plex/runtime-base:25");
    }

    @Test
    void withoutTheArgumentTheFromLinesDefaultIsTheImageFetched() throws Exception {
        BuildOutput output = new BuildOutput(seen::add, Map.of());
        feed(output, """
                {"stream":"Step 5/19 : FROM ${S2P_RUNTIME_BASE_IMAGE:-eclipse-temurin:25-jre} AS runtime\\n"}
                {"errorDetail":{"message":"Get \\"https://registry-1.docker.io/v2/\\": dial tcp: lookup registry-1.docker.io: no such host"},"error":"Get \\"https://registry-1.docker.io/v2/\\": dial tcp: lookup registry-1.docker.io: no such host"}
                """);

        assertThat(output.fetching()).isEqualTo("eclipse-temurin:25-jre");
        assertThat(output.error()).contains("no such host");
        assertThat(EngineWords.build(output.error(), output.fetching()))
                .isEqualTo(new EngineProblem.RegistryUnreachable("eclipse-temurin:25-jre", "registry-1.docker.io"));
    }

    @Test
    void aBaseImagesDownloadIsReportedInBytesOverItsLayersNotAsALineEach() throws Exception {
        BuildOutput output = new BuildOutput(seen::add, Map.of());
        feed(output, """
                {"stream":"Step 5/19 : FROM eclipse-temurin:25-jre AS runtime\\n"}
                {"status":"Pulling from library/eclipse-temurin","id":"25-jre"}
                {"status":"Pulling fs layer","progressDetail":{},"id":"a1"}
                {"status":"Pulling fs layer","progressDetail":{},"id":"b2"}
                {"status":"Downloading","progressDetail":{"current":1000000,"total":30000000},"progress":"[>   ]","id":"a1"}
                {"status":"Downloading","progressDetail":{"current":5000000,"total":110000000},"progress":"[>   ]","id":"b2"}
                {"status":"Download complete","progressDetail":{},"id":"a1"}
                """);

        List<ImageProgress> downloads = seen.stream().filter(ImageProgress::downloading).toList();
        assertThat(downloads).extracting(ImageProgress::bytesDone).containsExactly(1_000_000L, 6_000_000L, 35_000_000L);
        assertThat(downloads).extracting(ImageProgress::bytesTotal).containsOnly(30_000_000L, 140_000_000L);
        assertThat(downloads.getLast()).isEqualTo(new ImageProgress("Downloading eclipse-temurin:25-jre", 5, 19,
                35_000_000L, 140_000_000L));
        assertThat(output.lastLines()).as("layers are progress, not lines to keep")
                .containsExactly("Step 5/19 : FROM eclipse-temurin:25-jre AS runtime", "Pulling from library/eclipse-temurin");
    }

    private static void feed(BuildOutput output, String lines) throws Exception {
        for (String line : lines.strip().split("\n")) {
            output.item(JSON.readValue(line, BuildResponseItem.class));
        }
    }
}
