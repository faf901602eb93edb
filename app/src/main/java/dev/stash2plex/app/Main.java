package dev.stash2plex.app;

public final class Main {
    public static void main(String[] args) {
    }
}
