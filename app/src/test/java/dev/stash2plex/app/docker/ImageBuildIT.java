package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled context becomes the provider image on the real engine with the classic builder and
 * the local runtime base: built once, with progress lines and our labels, and not again while the
 * bundle is the same.
 */
class ImageBuildIT {

    private static RealEngine real;
    private static final List<ImageProgress> firstProgress = Collections.synchronizedList(new ArrayList<>());
    private static String tag;

    @BeforeAll
    static void build() throws Exception {
        real = RealEngine.assumeReady();
        assertThat(real.imageBuild().upToDate()).as("a fresh tag for this run").isFalse();
        tag = real.image(firstProgress::add);
    }

    @AfterAll
    static void cleanUp() {
        if (real != null) {
            real.close();
        }
    }

    @Test
    void buildsTheBundleWithProgressLinesAndOurLabels() throws Exception {
        assertThat(tag).isEqualTo("stash2plex/provider:" + real.appVersion() + "-" + real.bundle.hash().substring(0, 12));
        List<String> lines = firstProgress.stream().map(ImageProgress::line).toList();
        assertThat(firstProgress).as("every Step line carries its step of the target's steps")
                .filteredOn(progress -> progress.line().startsWith("Step "))
                .isNotEmpty()
                .allMatch(progress -> progress.stepKnown() && progress.step() <= progress.steps()
                        && progress.line().startsWith("Step " + progress.step() + "/" + progress.steps() + " :"));
        assertThat(lines).anyMatch(line -> line.startsWith("Step "))
                .anyMatch(line -> line.contains("COPY provider/ /app/"))
                .contains("Successfully tagged " + tag)
                .noneMatch(line -> line.contains("maven") || line.contains("mvnw"));
        Map<String, String> labels = real.engine.imageLabels(tag).orElseThrow();
        assertThat(labels).containsEntry(Labels.MANAGED, "true")
                .containsEntry(Labels.BUNDLE_HASH, real.bundle.hash())
                .containsEntry("dev.stash2plex.component", "provider")
                .containsEntry("org.opencontainers.image.version", real.appVersion());
    }

    @Test
    void theSameBundleIsNotBuiltAgain() throws Exception {
        String imageId = real.docker().inspectImageCmd(tag).exec().getId();
        List<String> progress = new ArrayList<>();

        assertThat(real.imageBuild().ensure(step -> progress.add(step.line()))).isEqualTo(tag);
        assertThat(progress).isEmpty();
        assertThat(real.docker().inspectImageCmd(tag).exec().getId()).isEqualTo(imageId);
    }

    @Test
    void aFailingBuildSaysWhatTheBuilderSaid(@TempDir Path context) throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + RealEngine.RUNTIME_BASE + "\nRUN [\"java\", \"-version-no-such-option\"]\n");
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(() -> real.engine.build(context, null, "stash2plex/provider:" + real.appVersion() + "-broken", Map.of(),
                real.labels(), step -> progress.add(step.line())))
                .isInstanceOf(EngineException.BuildFailed.class)
                .hasMessageContaining("returned a non-zero code");
        assertThat(progress).anyMatch(line -> line.startsWith("Step 2/")).noneMatch(line -> line.contains("\u001B"));
        assertThat(real.engine.imageLabels("stash2plex/provider:" + real.appVersion() + "-broken")).isEmpty();
    }

    @Test
    void aContextWithoutDockerfileIsRefusedBeforeTheEngineIsAsked(@TempDir Path context) {
        assertThatThrownBy(() -> real.engine.build(context, null, "stash2plex/provider:" + real.appVersion() + "-none", Map.of(),
                Map.of(), line -> { }))
                .isInstanceOf(EngineException.BuildFailed.class).hasMessageContaining("no Dockerfile");
    }
}
