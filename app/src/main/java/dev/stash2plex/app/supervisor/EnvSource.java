package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.settings.EnvFileParser;
import dev.stash2plex.app.settings.SettingsFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The container's environment, read from the saved env file with the same parser the settings use, so
 * the container gets exactly what {@code docker compose --env-file} would give it, including variables
 * the form does not edit.
 */
public record EnvSource(Path envFile) {

    /** {@code NAME=value} entries in file order; the values hold secrets: never log them. */
    public List<String> entries() throws SettingsFileException {
        String text;
        try {
            text = Files.readString(envFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SettingsFileException.Storage(envFile, e);
        }
        return EnvFileParser.parse(envFile, text).stream().map(entry -> entry.name() + "=" + entry.value()).toList();
    }
}
