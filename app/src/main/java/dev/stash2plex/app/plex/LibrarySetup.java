package dev.stash2plex.app.plex;

import dev.stash2plex.core.guid.PlexIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting up the libraries in one go, after the provider is registered: list the libraries of the
 * kinds Stash2Plex serves, say what will change for the ticked ones ({@link #plan}), and when the user
 * agrees ({@link #apply}) create the agent with Stash2Plex as primary (unless Plex has it), assign it
 * to each library and ask for a forced refresh, so the items Plex has already get our metadata (watch
 * state is kept: items are re-agented in place). Each call opens its own client. Blocks: never on the FX thread.
 */
public final class LibrarySetup {

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySetup.class);

    private final PlexTimeouts timeouts;
    private final Set<LibraryKind> served;

    /** @param served the kinds the provider serves: movies today, TV too once a TV provider exists */
    public LibrarySetup(PlexTimeouts timeouts, Set<LibraryKind> served) {
        this.timeouts = timeouts;
        this.served = Set.copyOf(served);
    }

    /** The server's libraries Stash2Plex can serve. */
    public List<PlexLibrary> libraries(PlexTarget target) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            return plex.libraries().stream().filter(l -> l.kind().map(served::contains).orElse(false)).toList();
        }
    }

    /** What {@link #apply} would do for these libraries; changes nothing. */
    public LibraryPlan plan(PlexTarget target, List<PlexLibrary> ticked) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            Optional<PlexAgent> agent = ours(plex.agents());
            List<PlexLibrary> toSwitch = new ArrayList<>();
            List<PlexLibrary> already = new ArrayList<>();
            for (PlexLibrary library : ticked) {
                (library.agent().equals(PlexIds.IDENTIFIER) ? already : toSwitch).add(library);
            }
            return new LibraryPlan(agent, agent.map(PlexAgent::title).orElse(PlexRegistration.AGENT_TITLE), toSwitch, already);
        }
    }

    /** Carries out a plan; stops at the first library Plex refuses, after the ones before it are done. */
    public List<PlexLibrary> apply(PlexTarget target, LibraryPlan plan) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            PlexAgent agent = ours(plex.agents()).orElse(null);
            if (agent == null) {
                plex.createAgent(plan.agentTitle(), PlexIds.IDENTIFIER);
                agent = ours(plex.agents()).orElseThrow(() -> new PlexException.Rejected(
                        "Plex did not list the agent it was asked to create"));
                LOG.info("Created the Plex agent \"{}\" (id {})", agent.title(), agent.id());
            }
            List<PlexLibrary> done = new ArrayList<>();
            for (PlexLibrary library : plan.toSwitch()) {
                plex.assignAgent(library.key(), agent.id(), PlexIds.IDENTIFIER);
                plex.refreshAll(library.key());
                LOG.info("Library \"{}\" (section {}) now uses the agent \"{}\"; refreshing its metadata", library.title(),
                        library.key(), agent.title());
                done.add(library);
            }
            return done;
        }
    }

    private static Optional<PlexAgent> ours(List<PlexAgent> agents) {
        return agents.stream().filter(a -> a.primaryIdentifier().equals(PlexIds.IDENTIFIER)).findFirst();
    }
}
