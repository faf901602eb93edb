package dev.stash2plex.app.plex;

import java.util.List;
import java.util.Optional;

/**
 * What library setup will do in Plex, shown to the user before it does it: one part per kind of
 * library ticked (movies, TV), since each kind has its own agent.
 */
public record LibraryPlan(List<AgentPlan> agents) {

    public LibraryPlan {
        agents = List.copyOf(agents);
    }

    /**
     * One kind's part.
     *
     * @param existingAgent the agent led by the kind's provider, when Plex has one (else one is created)
     * @param agentTitle    the agent's name in Plex
     * @param toSwitch      libraries that will use the agent, then have all their metadata refreshed
     * @param already       ticked libraries that use it already (left as they are)
     */
    public record AgentPlan(LibraryKind kind, Optional<PlexAgent> existingAgent, String agentTitle, List<PlexLibrary> toSwitch,
                            List<PlexLibrary> already) {

        public AgentPlan {
            toSwitch = List.copyOf(toSwitch);
            already = List.copyOf(already);
        }

        public boolean nothingToDo() {
            return toSwitch.isEmpty() && existingAgent.isPresent();
        }

        /** The libraries that leave the legacy StashPlexAgent: the user is told their watch history stays. */
        public List<PlexLibrary> fromLegacyAgent() {
            return toSwitch.stream().filter(PlexLibrary::onLegacyAgent).toList();
        }
    }

    public boolean nothingToDo() {
        return agents.stream().allMatch(AgentPlan::nothingToDo);
    }

    public List<PlexLibrary> toSwitch() {
        return agents.stream().flatMap(a -> a.toSwitch().stream()).toList();
    }

    public List<PlexLibrary> already() {
        return agents.stream().flatMap(a -> a.already().stream()).toList();
    }

    /** The part for {@code kind}, when a library of it was ticked. */
    public Optional<AgentPlan> part(LibraryKind kind) {
        return agents.stream().filter(a -> a.kind() == kind).findFirst();
    }
}
