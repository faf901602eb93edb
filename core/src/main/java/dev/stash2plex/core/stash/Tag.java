package dev.stash2plex.core.stash;

public record Tag(String id, String name) {
}
