package dev.stash2plex.provider.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * Plex's paging of a list answer: {@code X-Plex-Container-Start} (a 0-based offset) and
 * {@code X-Plex-Container-Size} (at most this many), each read from the header first, then from the
 * query parameter of the same name. Missing or unreadable values take the defaults (0 and 20); a
 * size is capped so that one request cannot ask for a whole library at once.
 *
 * @param start 0-based offset of the first item
 * @param size the most items to answer
 */
public record Paging(int start, int size) {

    public static final String START = "X-Plex-Container-Start";
    public static final String SIZE = "X-Plex-Container-Size";
    public static final String TOTAL_SIZE = "X-Plex-Container-Total-Size";
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 500;
    /** Far beyond any library; keeps {@code start / size + 1} (Stash's page number) from overflowing. */
    static final int MAX_START = 1_000_000_000;

    public static Paging of(Context ctx) {
        return new Paging(number(ctx, START, 0, MAX_START, 0),
                number(ctx, SIZE, 0, MAX_SIZE, DEFAULT_SIZE));
    }

    /** The items of this page out of all of them. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(start, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The optional response headers: where this page starts and how many there are in all. */
    public void answerHeaders(Context ctx, int totalSize) {
        ctx.header(START, Integer.toString(start));
        ctx.header(TOTAL_SIZE, Integer.toString(totalSize));
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        String text = ctx.header(name);
        if (text == null || text.isBlank()) {
            text = ctx.queryParam(name);
        }
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            return (int) Math.max(min, Math.min(max, value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
