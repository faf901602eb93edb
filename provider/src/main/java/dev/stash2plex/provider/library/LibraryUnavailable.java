package dev.stash2plex.provider.library;

/** The library view needs the scene index's store, which is off ({@code S2P_INDEX_REFRESH_SECONDS=0}) or not open yet. */
public final class LibraryUnavailable extends RuntimeException {

    public LibraryUnavailable() {
        super("The library view needs the scene index, which is not open yet or is off (S2P_INDEX_REFRESH_SECONDS=0);"
                + " wait for /health to show the index, or set S2P_INDEX_REFRESH_SECONDS to 5 or more");
    }
}
