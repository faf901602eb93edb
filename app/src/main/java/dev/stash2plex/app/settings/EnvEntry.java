package dev.stash2plex.app.settings;

/** One {@code NAME=value} line of an env file, with the value as Docker Compose reads it. */
public record EnvEntry(String name, String value, int line) {
}
