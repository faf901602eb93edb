package dev.stash2plex.provider.library;

import io.javalin.http.Context;

/**
 * The paging and search parameters of a list: {@code offset} (from 0), {@code limit} (1–{@value #MAX_LIMIT},
 * {@value #DEFAULT_LIMIT} when absent) and {@code q} (text to look for, any case).
 */
record PageRequest(int offset, int limit, String search) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final int MAX_SEARCH = 200;

    /** @throws IllegalArgumentException naming the parameter and what it must be */
    static PageRequest of(Context ctx) {
        int offset = number(ctx.queryParam("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        int limit = number(ctx.queryParam("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_SEARCH) {
            throw new IllegalArgumentException("q must be at most " + MAX_SEARCH + " characters");
        }
        return new PageRequest(offset, limit, q == null || q.isBlank() ? null : q.strip());
    }

    private static int number(String text, String name, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + " (got \"" + text + "\")");
    }
}
