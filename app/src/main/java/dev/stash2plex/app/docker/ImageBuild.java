package dev.stash2plex.app.docker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the provider image for the bundled context exists: an image with the bundle's tag
 * whose {@link Labels#BUNDLE_HASH} matches is used as it is; otherwise the bundle is built
 * ({@code --target from-prebuilt}: no Maven, no JDK image), with our labels.
 */
public final class ImageBuild {

    public static final String TARGET = "from-prebuilt";
    static final String RUNTIME_BASE_ARG = "S2P_RUNTIME_BASE_IMAGE";
    static final String VERSION_ARG = "S2P_VERSION";

    private static final Logger LOG = LoggerFactory.getLogger(ImageBuild.class);

    private final ContainerEngine engine;
    private final ProviderBundle bundle;
    private final String appVersion;
    private final String runtimeBaseImage;

    /**
     * @param runtimeBaseImage the base image for the runtime stage; empty means the Dockerfile's
     *                         public default ({@code eclipse-temurin:25-jre})
     */
    public ImageBuild(ContainerEngine engine, ProviderBundle bundle, String appVersion, String runtimeBaseImage) {
        this.engine = engine;
        this.bundle = bundle;
        this.appVersion = appVersion;
        this.runtimeBaseImage = runtimeBaseImage == null ? "" : runtimeBaseImage.strip();
    }

    public String tag() {
        return bundle.tag(appVersion);
    }

    /** True when the image exists and was built from this very bundle. */
    public boolean upToDate() throws EngineException {
        Optional<Map<String, String>> labels = engine.imageLabels(tag());
        return labels.isPresent() && bundle.hash().equals(labels.get().get(Labels.BUNDLE_HASH));
    }

    /**
     * Builds the image unless it is up to date; returns its tag. Blocks for the whole build
     * (minutes when the base image must be pulled): run it off the FX thread.
     *
     * @param progress the builder's steps, lines and download bytes
     */
    public String ensure(Consumer<ImageProgress> progress) throws EngineException {
        String tag = tag();
        if (upToDate()) {
            LOG.info("Provider image {} is up to date", tag);
            return tag;
        }
        LOG.info("Building provider image {} from {}", tag, bundle.directory());
        Map<String, String> args = new LinkedHashMap<>();
        if (!runtimeBaseImage.isEmpty()) {
            args.put(RUNTIME_BASE_ARG, runtimeBaseImage);
        }
        args.put(VERSION_ARG, appVersion);
        engine.build(bundle.directory(), TARGET, tag, args,
                Map.of(Labels.MANAGED, "true", Labels.BUNDLE_HASH, bundle.hash()), progress);
        if (!upToDate()) {
            throw new EngineException.BuildFailed("The build of " + tag + " finished, but the image does not carry the bundle's hash", null);
        }
        LOG.info("Built provider image {}", tag);
        return tag;
    }
}
