package dev.stash2plex.app.plex;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two things the "Connect to Plex" window does: look at the server, and register the providers in
 * it — the movie provider at the address the user chose, the TV provider at that address with
 * {@code /tv} appended — adding each, or moving it to the new address when Plex has it already, and
 * optionally creating the movie agent (library setup creates the TV one when a TV library is ticked).
 * Each call opens its own short-lived client. Blocks: never on the FX thread.
 */
public final class PlexRegistration {

    /** The movie agent's name in Plex; users can rename it there. */
    private static final String AGENT_TITLE = LibraryKind.MOVIE.agentTitle();

    private static final Logger LOG = LoggerFactory.getLogger(PlexRegistration.class);

    private final PlexTimeouts timeouts;

    public PlexRegistration(PlexTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    /** The server, and where Plex reads the movie provider from, if it knows it. */
    public PlexStatus connect(PlexTarget target) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            PlexServer server = plex.server();
            LOG.info("Plex at {}: \"{}\", version {}", target.url(), server.name(), server.version());
            if (!server.version().supportsProviders()) {
                return new PlexStatus(server, Optional.empty());
            }
            return new PlexStatus(server, registered(plex.providers(server.version().text()), LibraryKind.MOVIE));
        }
    }

    /**
     * Registers the providers at {@code providerUrl}, the movie one first: running this twice is safe
     * (each is added, or found and moved). When Plex cannot reach the TV provider, the movie one stays
     * registered and the failure names the TV address.
     */
    public Registration register(PlexTarget target, String providerUrl, boolean createAgent) throws PlexException {
        try (PlexClient plex = new PlexClient(target, timeouts)) {
            PlexServer server = plex.server();
            if (!server.version().supportsProviders()) {
                throw new PlexException.TooOld(server.version().text());
            }
            String version = server.version().text();
            Registration.Provider movies = register(plex, version, LibraryKind.MOVIE, providerUrl);
            Registration.Provider tv = register(plex, version, LibraryKind.SHOW, providerUrl);
            Optional<Registration.AgentOutcome> agent = createAgent ? Optional.of(agent(plex)) : Optional.empty();
            return new Registration(movies, tv, agent);
        }
    }

    /** {@code POST}; on 409 (the identifier is taken, by us) finds our entry and {@code PUT}s the address. */
    private static Registration.Provider register(PlexClient plex, String version, LibraryKind kind, String address)
            throws PlexException {
        String uri = kind.providerUrl(address);
        Optional<RegisteredProvider> before = registered(plex.providers(version), kind);
        Registration.Provider done;
        if (plex.add(uri)) {
            done = new Registration.Provider(Registration.Kind.ADDED, uri, Optional.empty());
        } else {
            RegisteredProvider existing = registered(plex.providers(version), kind).or(() -> before)
                    .orElseThrow(() -> new PlexException.Rejected(
                            "Plex says a provider with the identifier " + kind.providerIdentifier() + " exists, but does not list it"));
            plex.update(existing.id(), uri);
            Registration.Kind how = existing.uri().equals(uri) ? Registration.Kind.REFRESHED : Registration.Kind.UPDATED;
            done = new Registration.Provider(how, uri, Optional.of(existing.uri()));
        }
        LOG.info("Registered the {} provider in Plex: {} {}", kind.plexType(), done.kind(), uri);
        return done;
    }

    /** Ours, or a new one: a second agent with the same primary would only confuse the library settings. */
    private static Registration.AgentOutcome agent(PlexClient plex) throws PlexException {
        String primary = LibraryKind.MOVIE.providerIdentifier();
        Optional<PlexAgent> existing = plex.agents().stream().filter(a -> a.primaryIdentifier().equals(primary)).findFirst();
        if (existing.isPresent()) {
            return new Registration.AgentOutcome(existing.get().title(), false);
        }
        plex.createAgent(AGENT_TITLE, primary);
        LOG.info("Created the Plex agent \"{}\"", AGENT_TITLE);
        return new Registration.AgentOutcome(AGENT_TITLE, true);
    }

    private static Optional<RegisteredProvider> registered(List<RegisteredProvider> providers, LibraryKind kind) {
        return providers.stream().filter(p -> p.identifier().equals(kind.providerIdentifier())).findFirst();
    }
}
