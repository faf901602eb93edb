package dev.stash2plex.app.plex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting up the libraries in one go, after the provider is registered: list the libraries of the
 * kinds Stash2Plex serves, say what will change for the ticked ones ({@link #plan}), and when the user
 * agrees ({@link #apply}) create for each kind the agent led by its provider (unless Plex has it), assign
 * it to each library and ask for a forced refresh, so the items Plex has already get our metadata (watch
 * state is kept: items are re-agented in place). A library still on the legacy StashPlexAgent is switched
 * the same way: the provider reads the old agent's guids when Plex matches its items again. Each call
 * opens its own client. Blocks: never on the FX thread.
 */
public final class LibrarySetup {

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySetup.class);

    private final PlexTimeouts timeouts;
    private final Set<LibraryKind> served;

    /** @param served the kinds the provider serves: movies and TV */
    public LibrarySetup(PlexTimeouts timeouts, Set<LibraryKind> served) {
        this.timeouts = timeouts;
        this.served = Set.copyOf(served);
    }

    /** The server's libraries Stash2Plex can serve, in Plex's order. */
    public List<PlexLibrary> libraries(PlexTarget target) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            return plex.libraries().stream().filter(l -> l.kind().map(served::contains).orElse(false)).toList();
        }
    }

    /**
     * What {@link #apply} would do for these libraries; changes nothing. An agent can only be created
     * for a provider Plex knows, so when one is missing this checks that its provider is registered
     * (a registration from before the TV provider has only the movie one) and says so before Apply.
     */
    public LibraryPlan plan(PlexTarget target, List<PlexLibrary> ticked) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            List<PlexAgent> agents = plex.agents();
            List<LibraryPlan.AgentPlan> parts = new ArrayList<>();
            for (LibraryKind kind : LibraryKind.values()) {
                List<PlexLibrary> ofKind = ticked.stream().filter(l -> l.kind().equals(Optional.of(kind))).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                Optional<PlexAgent> agent = agentFor(kind, agents);
                List<PlexLibrary> toSwitch = new ArrayList<>();
                List<PlexLibrary> already = new ArrayList<>();
                for (PlexLibrary library : ofKind) {
                    (library.agent().equals(kind.providerIdentifier()) ? already : toSwitch).add(library);
                }
                parts.add(new LibraryPlan.AgentPlan(kind, agent, agent.map(PlexAgent::title).orElse(kind.agentTitle()), toSwitch,
                        already));
            }
            if (parts.stream().anyMatch(p -> p.existingAgent().isEmpty())) {
                requireRegistered(plex, parts);
            }
            return new LibraryPlan(parts);
        }
    }

    /** Carries out a plan; stops at the first library Plex refuses, after the ones before it are done. */
    public List<PlexLibrary> apply(PlexTarget target, LibraryPlan plan) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            List<PlexLibrary> done = new ArrayList<>();
            for (LibraryPlan.AgentPlan part : plan.agents()) {
                LibraryKind kind = part.kind();
                PlexAgent agent = agentFor(kind, plex.agents()).orElse(null);
                if (agent == null) {
                    plex.createAgent(part.agentTitle(), kind.providerIdentifier());
                    agent = agentFor(kind, plex.agents()).orElseThrow(() -> new PlexException.Rejected(
                            "Plex did not list the agent it was asked to create"));
                    LOG.info("Created the Plex agent \"{}\" (id {})", agent.title(), agent.id());
                }
                for (PlexLibrary library : part.toSwitch()) {
                    plex.assignAgent(library.key(), agent.id(), kind.providerIdentifier());
                    plex.refreshAll(library.key());
                    LOG.info("Library \"{}\" (section {}) now uses the agent \"{}\"{}; refreshing its metadata", library.title(),
                            library.key(), agent.title(), library.onLegacyAgent() ? " instead of the legacy StashPlexAgent" : "");
                    done.add(library);
                }
            }
            return done;
        }
    }

    private static void requireRegistered(PlexClient plex, List<LibraryPlan.AgentPlan> parts) throws PlexException {
        PlexServer server = plex.server();
        List<RegisteredProvider> providers = plex.providers(server.version().text());
        for (LibraryPlan.AgentPlan part : parts) {
            String identifier = part.kind().providerIdentifier();
            if (part.existingAgent().isEmpty() && providers.stream().noneMatch(p -> p.identifier().equals(identifier))) {
                throw new PlexException.NotRegistered(part.kind().agentTitle());
            }
        }
    }

    private static Optional<PlexAgent> agentFor(LibraryKind kind, List<PlexAgent> agents) {
        return agents.stream().filter(a -> a.primaryIdentifier().equals(kind.providerIdentifier())).findFirst();
    }
}
