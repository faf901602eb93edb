package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    /**
     * A base image that is not on this computer: the build must fetch it, and no registry is reachable from the
     * build machines (or, with a network, the registry has no such image). The user reads which image and why;
     * once the image is there ("docker load", done here with a tag), Start builds.
     */
    @Test
    void aBaseImageThatIsNotHereIsNamedAndOnceLoadedTheBuildSucceeds() throws Exception {
        String missing = "stash2plex/it-missing-" + real.runId + ":25";
        ImageBuild build = new ImageBuild(real.engine, real.bundle, real.appVersion() + "-pull", missing);
        try {
            EngineException failure = catchThrowableOfType(EngineException.BuildFailed.class, () -> build.ensure(step -> { }));
            UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
            String sentence = new dev.stash2plex.app.health.StatusText(messages).detail(new ProviderStatus.Failed(ProviderStatus.FailureKind.BUILD,
                    failure.getMessage(), failure.problem()));
            switch (failure.problem()) {
                case EngineProblem.RegistryUnreachable unreachable -> {
                    assertThat(unreachable).isEqualTo(new EngineProblem.RegistryUnreachable(missing, "registry-1.docker.io"));
                    assertThat(sentence).isEqualTo("The provider image could not be built: it starts from the image " + missing
                            + ", which must be downloaded from registry-1.docker.io, and registry-1.docker.io cannot be"
                            + " reached. Check this computer\u2019s internet connection, then choose Start.");
                }
                case EngineProblem.ImageUnavailable unavailable -> {
                    assertThat(unavailable).isEqualTo(new EngineProblem.ImageUnavailable(missing));
                    assertThat(sentence).isEqualTo("The provider image could not be built: it starts from the image " + missing
                            + ", which is not on this computer, and the registry does not have it. Load that image into"
                            + " Docker (docker load), then choose Start.");
                }
                default -> throw new AssertionError("not classified: " + failure.problem() + " from " + failure.getMessage());
            }
            assertThat(failure.getMessage()).as("the builder's own words are kept for Details…").contains(missing);

            real.docker().tagImageCmd(RealEngine.RUNTIME_BASE, missing.substring(0, missing.lastIndexOf(':')), "25").exec();
            assertThat(build.ensure(step -> { })).isEqualTo(build.tag());
        } finally {
            for (String image : List.of(build.tag(), missing)) {
                try {
                    real.docker().removeImageCmd(image).exec();
                } catch (RuntimeException e) {
                    // not made: the build failed before it
                }
            }
        }
    }

    @Test
    void aContextWithoutDockerfileIsRefusedBeforeTheEngineIsAsked(@TempDir Path context) {
        assertThatThrownBy(() -> real.engine.build(context, null, "stash2plex/provider:" + real.appVersion() + "-none", Map.of(),
                Map.of(), line -> { }))
                .isInstanceOf(EngineException.BuildFailed.class).hasMessageContaining("no Dockerfile");
    }
}
