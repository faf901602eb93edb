package dev.stash2plex.app.docker;

/**
 * The real engine and this run's provider image ({@link RealEngine}: built from the assembled bundle on the
 * first call, removed with everything else this run made on {@link #close()}), for tests outside this
 * package that run the provider image through the app's own code. Skips like {@link RealEngine#assumeReady()}.
 */
public final class ProviderImageForTests implements AutoCloseable {

    private final RealEngine real;

    private ProviderImageForTests(RealEngine real) {
        this.real = real;
    }

    public static ProviderImageForTests assumeReady() {
        return new ProviderImageForTests(RealEngine.assumeReady());
    }

    public ContainerEngine engine() {
        return real.engine;
    }

    /** Builds this run's image unless it exists; blocks for the build. */
    public String ensureImage() throws EngineException {
        return real.image(progress -> { });
    }

    /** The app's view of this run's image (its tag, whether it is there), as {@code Main} makes it. */
    public ImageBuild imageBuild() {
        return real.imageBuild();
    }

    @Override
    public void close() {
        real.close();
    }
}
