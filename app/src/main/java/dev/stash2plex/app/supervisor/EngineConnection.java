package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.EngineException;

/**
 * The engine the app talks to, found on first use and kept while it answers. When it stops
 * answering it is dropped, so the next attempt looks again everywhere: the user may have switched
 * from Docker Desktop to Podman, or started an engine that was not there at launch. Used on the
 * supervisor's lane and by "Test connection" (the I/O executor), so the one engine is kept under a lock.
 */
public final class EngineConnection implements AutoCloseable {

    /** Finds an engine that answers ({@code EngineLocator::locate} in the app). */
    @FunctionalInterface
    public interface Locator {
        ContainerEngine locate() throws EngineException.Unavailable;
    }

    private final Locator locator;
    private ContainerEngine engine;

    public EngineConnection(Locator locator) {
        this.locator = locator;
    }

    public synchronized ContainerEngine get() throws EngineException.Unavailable {
        if (engine == null) {
            engine = locator.locate();
        }
        return engine;
    }

    /** Forgets the engine after it failed to answer; the next {@link #get()} locates one again. */
    public void drop() {
        close();
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
