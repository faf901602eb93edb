package dev.stash2plex.app.about;

import java.nio.file.Path;

/**
 * What the About box tells: the app's version, the provider image it runs, and where its own log is.
 *
 * @param providerImage the image name and tag, or a sentence why it is not known yet
 */
public record AboutInfo(String version, String providerImage, Path logFile) {

    public Path logFolder() {
        return logFile.getParent();
    }
}
