package dev.stash2plex.provider.stash;

public record Tag(String id, String name) {
}
