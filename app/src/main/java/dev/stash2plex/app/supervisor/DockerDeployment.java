package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerLimits;
import dev.stash2plex.app.docker.ContainerSpec;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.ImageBuild;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.docker.ManagedContainer;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.docker.RestartPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link Deployment} through the Docker layer: {@link ImageBuild} for the image, {@link ManagedContainer}
 * for the container (adopted when the settings match, recreated when they changed). The bundle is
 * opened (and hashed) on first use, on the supervisor's lane, not at start-up.
 */
public final class DockerDeployment implements Deployment {

    /** Where the bundled image context is: {@code ProviderBundle::fromSystemProperty} in the app. */
    @FunctionalInterface
    public interface BundleSource {
        ProviderBundle open() throws EngineException.BuildFailed;
    }

    private final BundleSource source;
    private final String appVersion;
    private final String runtimeBaseImage;
    private final String containerName;
    private final ProviderCredentials credentials;
    private ProviderBundle bundle;

    /**
     * @param runtimeBaseImage empty for the Dockerfile's default
     * @param containerName {@link ManagedContainer#NAME} in the app; tests use their own
     */
    public DockerDeployment(BundleSource source, String appVersion, String runtimeBaseImage, String containerName) {
        this(source, appVersion, runtimeBaseImage, containerName, ProviderCredentials.none());
    }

    /** @param credentials the secrets the app adds to the env file's (signed-in Plex token, admin token) */
    public DockerDeployment(BundleSource source, String appVersion, String runtimeBaseImage, String containerName,
                            ProviderCredentials credentials) {
        this.source = source;
        this.appVersion = appVersion;
        this.runtimeBaseImage = runtimeBaseImage;
        this.containerName = containerName;
        this.credentials = credentials;
    }

    @Override
    public String image(ContainerEngine engine, Consumer<ImageProgress> progress) throws EngineException {
        if (bundle == null) {
            bundle = source.open();
        }
        return new ImageBuild(engine, bundle, appVersion, runtimeBaseImage).ensure(progress);
    }

    @Override
    public ContainerState container(ContainerEngine engine, String image, List<String> environment, String pathRules,
                                    int port, Path configDir, Path dataDir, Consumer<String> beforeReplacing)
            throws EngineException {
        return new ManagedContainer(engine).ensure(new ContainerSpec(containerName, image, port, credentials.addTo(environment), pathRules,
                configDir, dataDir, RestartPolicy.UNLESS_STOPPED, ContainerLimits.PROVIDER, Map.of()), beforeReplacing);
    }
}
