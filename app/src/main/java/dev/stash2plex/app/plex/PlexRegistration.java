package dev.stash2plex.app.plex;

import dev.stash2plex.core.guid.PlexIds;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two things the "Connect to Plex" window does: look at the server, and register the provider in
 * it (adding it, or moving it to a new address when Plex has it already, and optionally creating an
 * agent with it as primary). Each call opens its own short-lived client. Blocks: never on the FX thread.
 */
public final class PlexRegistration {

    /** The agent's name in Plex; users can rename it there. */
    public static final String AGENT_TITLE = PlexIds.TITLE;

    private static final Logger LOG = LoggerFactory.getLogger(PlexRegistration.class);

    private final PlexTimeouts timeouts;

    public PlexRegistration(PlexTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    public PlexStatus connect(PlexTarget target) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            PlexServer server = plex.server();
            LOG.info("Plex at {}: \"{}\", version {}", target.url(), server.name(), server.version());
            if (!server.version().supportsProviders()) {
                return new PlexStatus(server, Optional.empty());
            }
            return new PlexStatus(server, ours(plex.providers(server.version().text())));
        }
    }

    /**
     * Registers {@code providerUrl}: {@code POST}; on 409 (our identifier is taken, by us) finds our
     * entry and {@code PUT}s the address, so running this twice is safe.
     */
    public Registration register(PlexTarget target, String providerUrl, boolean createAgent) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            PlexServer server = plex.server();
            if (!server.version().supportsProviders()) {
                throw new PlexException.TooOld(server.version().text());
            }
            Optional<RegisteredProvider> before = ours(plex.providers(server.version().text()));
            Registration registration;
            if (plex.add(providerUrl)) {
                registration = new Registration(Registration.Kind.ADDED, providerUrl, Optional.empty(), Optional.empty());
            } else {
                RegisteredProvider existing = ours(plex.providers(server.version().text())).or(() -> before)
                        .orElseThrow(() -> new PlexException.Rejected(
                                "Plex says a provider with our identifier exists, but does not list it"));
                plex.update(existing.id(), providerUrl);
                Registration.Kind kind = existing.uri().equals(providerUrl) ? Registration.Kind.REFRESHED : Registration.Kind.UPDATED;
                registration = new Registration(kind, providerUrl, Optional.of(existing.uri()), Optional.empty());
            }
            LOG.info("Registered in Plex at {}: {} {}", target.url(), registration.kind(), providerUrl);
            if (!createAgent) {
                return registration;
            }
            return new Registration(registration.kind(), providerUrl, registration.previousUri(), Optional.of(agent(plex)));
        }
    }

    /** Ours, or a new one: a second agent with the same primary would only confuse the library settings. */
    private static Registration.AgentOutcome agent(PlexClient plex) throws PlexException {
        Optional<PlexAgent> existing = ourAgent(plex.agents());
        if (existing.isPresent()) {
            return new Registration.AgentOutcome(existing.get().title(), false);
        }
        plex.createAgent(AGENT_TITLE, PlexIds.IDENTIFIER);
        LOG.info("Created the Plex agent \"{}\"", AGENT_TITLE);
        return new Registration.AgentOutcome(AGENT_TITLE, true);
    }

    private static Optional<RegisteredProvider> ours(List<RegisteredProvider> providers) {
        return providers.stream().filter(p -> p.identifier().equals(PlexIds.IDENTIFIER)).findFirst();
    }

    private static Optional<PlexAgent> ourAgent(List<PlexAgent> agents) {
        return agents.stream().filter(a -> a.primaryIdentifier().equals(PlexIds.IDENTIFIER)).findFirst();
    }
}
