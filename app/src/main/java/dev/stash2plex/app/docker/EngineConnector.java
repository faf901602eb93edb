package dev.stash2plex.app.docker;

/** Connects to one candidate and proves the engine answers (a ping); the seam that lets the locator be tested alone. */
@FunctionalInterface
interface EngineConnector {

    ContainerEngine connect(EngineCandidate candidate) throws EngineException;
}
