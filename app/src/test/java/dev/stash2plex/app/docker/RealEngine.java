package dev.stash2plex.app.docker;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The machine's real engine for a test class, found the way the app finds it, or the class is
 * skipped with the reason (no engine, no local runtime base image, no bundle). Everything a class
 * creates carries this run's labels and is removed in {@link #close()}; leftovers of runs that
 * died more than an hour ago are removed on the way in.
 */
final class RealEngine implements AutoCloseable {

    static final String RUNTIME_BASE = System.getProperty("stash2plex.runtime.base.image", "stash2plex/runtime-base:25");
    static final String TEST_LABEL = "dev.stash2plex.test";
    static final String TEST_VALUE = "app-docker-it";
    static final String RUN_LABEL = "dev.stash2plex.test-run";
    /** This package's test images (other test suites use their own prefixes). */
    static final String VERSION_PREFIX = "itd-";
    private static final String IMAGE_PREFIX = ProviderBundle.REPOSITORY + ":" + VERSION_PREFIX;

    final String runId = UUID.randomUUID().toString().substring(0, 8);
    final DockerJavaEngine engine;
    final ProviderBundle bundle;
    private final List<String> images = new ArrayList<>();
    private Path dataRoot;

    private RealEngine(DockerJavaEngine engine, ProviderBundle bundle) {
        this.engine = engine;
        this.bundle = bundle;
    }

    static RealEngine assumeReady() {
        ContainerEngine located;
        try {
            located = EngineLocator.forCurrentUser().locate();
        } catch (EngineException e) {
            return abort("No Docker engine answers: Docker tests skipped (.ci/run starts one). " + e.getMessage());
        }
        DockerJavaEngine engine = (DockerJavaEngine) located;
        try {
            assumeTrue(engine.imageLabels(RUNTIME_BASE).isPresent(),
                    "Base image " + RUNTIME_BASE + " is missing: Docker tests skipped (make it with `sudo docker/base-images.sh`)");
            String context = System.getProperty(ProviderBundle.PROPERTY);
            assumeTrue(context != null && Files.isDirectory(Path.of(context)),
                    "The provider bundle is not assembled: run the Docker tests with `./mvnw verify` (prepare-package makes it)");
            RealEngine real = new RealEngine(engine, ProviderBundle.open(Path.of(context)));
            real.removeLeftovers();
            return real;
        } catch (EngineException e) {
            engine.close();
            throw new AssertionError(e);
        } catch (RuntimeException | Error e) {
            engine.close();
            throw e;
        }
    }

    DockerClient docker() {
        return engine.client();
    }

    /** The labels of everything this run creates. */
    Map<String, String> labels() {
        return Map.of(TEST_LABEL, TEST_VALUE, RUN_LABEL, runId);
    }

    String containerName(String purpose) {
        return "stash2plex-provider-it-" + runId + "-" + purpose;
    }

    ImageBuild imageBuild() {
        return new ImageBuild(engine, bundle, appVersion(), RUNTIME_BASE);
    }

    /** The app version this run's image is built for: unique, so its tag is too. */
    String appVersion() {
        return VERSION_PREFIX + runId;
    }

    /** The provider image for this run, built on the first call; removed in {@link #close()}. */
    String image(Consumer<ImageProgress> progress) throws EngineException {
        String tag = imageBuild().ensure(progress);
        if (!images.contains(tag)) {
            images.add(tag);
        }
        return tag;
    }

    /** A spec with this run's labels and a data folder of its own ({@link #dataDir}); the key file's folder beside it is shared. */
    ContainerSpec spec(String name, String image, int port, List<String> environment, Path configDir) {
        Path dataDir = dataDir(name);
        ContainerSpec spec = new ContainerSpec(name, image, port, environment, configDir, dataDir, RestartPolicy.UNLESS_STOPPED,
                labels());
        try {
            // Made by us, not by the engine as root (engine.create alone makes none; ManagedContainer does),
            // and the key file written as ManagedContainer writes it, for tests that call engine.create.
            Files.createDirectories(dataDir);
            ProviderSecrets.write(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spec;
    }

    /** A folder for a container's /data under this run's temporary folder (deleted in {@link #close()}); not created. */
    Path dataDir(String purpose) {
        try {
            if (dataRoot == null) {
                dataRoot = Files.createTempDirectory("s2p-data-" + runId);
            }
            return dataRoot.resolve(purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The docker0 gateway: where containers reach the host as host.docker.internal. */
    String bridgeGateway() {
        return docker().inspectNetworkCmd().withNetworkId("bridge").exec().getIpam().getConfig().getFirst().getGateway();
    }

    @Override
    public void close() {
        try {
            for (Container container : docker().listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(RUN_LABEL, runId)).exec()) {
                docker().removeContainerCmd(container.getId()).withForce(true).exec();
            }
            for (String tag : images) {
                docker().removeImageCmd(tag).exec();   // its untagged build layers go with it
            }
        } finally {
            engine.close();
            deleteDataRoot();
        }
    }

    private void deleteDataRoot() {
        if (dataRoot == null) {
            return;
        }
        try (var paths = Files.walk(dataRoot)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + dataRoot + ": " + e.getMessage());
        }
    }

    /** Best effort: a leftover still in use (another run's) stays. */
    private void removeLeftovers() {
        try {
            removeLeftoversOlderThanAnHour();
        } catch (RuntimeException e) {
            System.err.println("Could not remove every test leftover: " + e.getMessage());
        }
    }

    private void removeLeftoversOlderThanAnHour() {
        long hourAgo = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        for (Container container : docker().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(TEST_LABEL, TEST_VALUE)).exec()) {
            if (container.getCreated() != null && container.getCreated() < hourAgo) {
                docker().removeContainerCmd(container.getId()).withForce(true).exec();
            }
        }
        for (Image image : docker().listImagesCmd().withReferenceFilter(IMAGE_PREFIX + "*").exec()) {
            if (image.getCreated() != null && image.getCreated() < hourAgo) {
                for (String tag : image.getRepoTags()) {
                    docker().removeImageCmd(tag).exec();
                }
            }
        }
    }
}
