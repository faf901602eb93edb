package dev.stash2plex.app.docker;

/** The labels on everything the app creates in Docker, so it can find, adopt and clean up its own. */
public final class Labels {

    /** On every container and image the app creates; value {@code true}. */
    public static final String MANAGED = "dev.stash2plex.managed";
    /** Hash of the container's settings (image, env, port, mounts): a change means recreate. */
    public static final String CONFIG_HASH = "dev.stash2plex.config-hash";
    /** Hash of the bundled image context: a change means rebuild. */
    public static final String BUNDLE_HASH = "dev.stash2plex.bundle-hash";

    private Labels() {
    }
}
