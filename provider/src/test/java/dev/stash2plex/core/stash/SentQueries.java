package dev.stash2plex.core.stash;

import java.util.Arrays;

/** For benchmarks outside this package: a query exactly as the client sends it (its fragments appended). */
public final class SentQueries {

    private SentQueries() {
    }

    /** The text sent for the operation kept in {@code resource}, e.g. {@code scenes-by-path.graphql}. */
    public static String text(String resource) {
        return Arrays.stream(StashQuery.values()).filter(query -> query.resource().equals(resource)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation is kept in " + resource))
                .text();
    }
}
