package dev.stash2plex.app.plex;

/**
 * An address Plex could use to reach the provider, and why it is offered.
 *
 * @param detail the interface name for {@link Source#LAN}, empty otherwise
 */
public record CandidateUrl(String url, Source source, String detail) {

    public enum Source {
        /** Typed by the user; always first when present. */
        OWN,
        /** An address of this machine on the local network: works for Plex on another machine or in Docker. */
        LAN,
        /** Docker's name for the host, for Plex in a container on this machine. */
        DOCKER_HOST
    }
}
