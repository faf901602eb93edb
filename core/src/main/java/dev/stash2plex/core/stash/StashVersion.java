package dev.stash2plex.core.stash;

/**
 * What the cheap probe query says about a Stash server.
 *
 * @param version {@code git describe} text such as {@code v0.30.1}; may be empty on home-made builds
 * @param status {@code systemStatus.status}: OK, SETUP or NEEDS_MIGRATION
 */
public record StashVersion(String version, String status) {

    /** Stash answers but cannot serve scenes until its setup or migration is finished. */
    public boolean usable() {
        return "OK".equals(status);
    }
}
