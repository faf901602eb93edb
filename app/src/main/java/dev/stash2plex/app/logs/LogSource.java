package dev.stash2plex.app.logs;

import java.util.function.Consumer;

/** The provider container's log, followed live; the supervisor knows which container that is. */
@FunctionalInterface
public interface LogSource {

    /**
     * Sends the last {@code tail} lines, then each new one, until the handle is closed or the container
     * stops ({@code ended} runs then). Blocks briefly.
     */
    AutoCloseable follow(int tail, Consumer<String> line, Runnable ended) throws Exception;
}
