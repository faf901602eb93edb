package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.settings.EnvFileParser;
import dev.stash2plex.app.settings.SettingsFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The container's environment, read from the saved env file with the same parser (and the same
 * refusals: not UTF-8, control characters, what Compose would read differently) the settings use,
 * so the container gets what {@code docker compose --env-file} would give it, including variables
 * the form does not edit; the docker package leaves out what only the app uses (the Plex token).
 */
public record EnvSource(Path envFile) {

    /** {@code NAME=value} entries in file order; the values hold secrets: never log them. */
    public List<String> entries() throws SettingsFileException {
        return EnvFileParser.read(envFile).stream().map(entry -> entry.name() + "=" + entry.value()).toList();
    }
}
