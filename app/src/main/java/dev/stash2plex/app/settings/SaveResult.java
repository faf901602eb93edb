package dev.stash2plex.app.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * What saving did.
 *
 * @param backups copies of files that were edited by hand or unreadable, made before replacing them
 */
public record SaveResult(Path envFile, Path rulesFile, List<Path> backups) {

    public SaveResult {
        backups = List.copyOf(backups);
    }
}
