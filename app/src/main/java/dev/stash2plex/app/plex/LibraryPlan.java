package dev.stash2plex.app.plex;

import java.util.List;
import java.util.Optional;

/**
 * What library setup will do in Plex, shown to the user before it does it.
 *
 * @param existingAgent the agent with Stash2Plex as primary, when Plex has one (else one is created)
 * @param agentTitle    the agent's name in Plex
 * @param toSwitch      libraries that will use the agent, then have all their metadata refreshed
 * @param already       ticked libraries that use it already (left as they are)
 */
public record LibraryPlan(Optional<PlexAgent> existingAgent, String agentTitle, List<PlexLibrary> toSwitch,
                          List<PlexLibrary> already) {

    public LibraryPlan {
        toSwitch = List.copyOf(toSwitch);
        already = List.copyOf(already);
    }

    public boolean nothingToDo() {
        return toSwitch.isEmpty() && existingAgent.isPresent();
    }
}
