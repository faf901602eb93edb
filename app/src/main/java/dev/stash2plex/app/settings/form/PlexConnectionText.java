package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.messages.UserMessages;
import java.net.URI;
import java.util.Optional;

/**
 * The Plex part of "Test connection"'s answer in words: from this computer ({@link PlexHere}) and from the
 * provider's container ({@link ContainerLeg.PlexReach}), naming the leg that failed, why, and what to do.
 */
final class PlexConnectionText {

    private final UserMessages messages;

    PlexConnectionText(UserMessages messages) {
        this.messages = messages;
    }

    /** Only the container's side was asked (a check without the leg from this computer). */
    String fromContainer(Optional<ContainerLeg.PlexReach> plex) {
        return plex.map(reach -> switch (reach.reach()) {
            case ContainerLeg.Reached reached -> messages.text("settings.connection.plex.reached", reach.url(), reached.version());
            case ContainerLeg.NotReached failed -> containerFailed(reach.url(), failed);
        }).orElse("");
    }

    /** Both sides: {@code url} as typed (this computer asked it), {@code container} what the container found, if it ran. */
    String bothSides(String url, PlexHere.Outcome here, Optional<ContainerLeg.PlexReach> container) {
        return switch (here) {
            case PlexHere.Answered answered -> container.map(reach -> switch (reach.reach()) {
                case ContainerLeg.Reached reached -> messages.text("settings.connection.plex.bothReached", url, shown(answered.version()));
                case ContainerLeg.NotReached failed when failed.kind().equals("unauthorized") ->
                        messages.text("settings.connection.plex.here.reached", url, shown(answered.version())) + " "
                                + containerFailed(reach.url(), failed);
                case ContainerLeg.NotReached failed -> messages.text("settings.connection.plex.containerFails", url,
                        shown(answered.version()), reach.url(), failed.message());
            }).orElseGet(() -> messages.text("settings.connection.plex.here.reached", url, shown(answered.version())));
            case PlexHere.Failed failed -> container.map(reach -> switch (reach.reach()) {
                case ContainerLeg.Reached reached -> messages.text("settings.connection.plex.hereFailsContainerReaches",
                        reach.url(), shown(reached.version()), url, why(url, failed));
                case ContainerLeg.NotReached containerFailed -> messages.text("settings.connection.plex.here.failed", url,
                        why(url, failed)) + " " + containerFailed(reach.url(), containerFailed);
            }).orElseGet(() -> messages.text("settings.connection.plex.here.failed", url, why(url, failed)));
        };
    }

    /** True when a leg that was asked got no Plex answer: the result is shown as a problem. */
    static boolean failed(Optional<PlexHere.Outcome> here, Optional<ContainerLeg.PlexReach> container) {
        return here.filter(PlexHere.Failed.class::isInstance).isPresent()
                || container.filter(reach -> reach.reach() instanceof ContainerLeg.NotReached).isPresent();
    }

    private String containerFailed(String url, ContainerLeg.NotReached failed) {
        return failed.kind().equals("unauthorized") ? messages.text("settings.connection.plex.unauthorized", url)
                : messages.text("settings.connection.plex.unreachable", url, failed.message());
    }

    private String why(String url, PlexHere.Failed failed) {
        return messages.text("settings.connection.plex.why." + failed.why().name(), host(url), failed.detail());
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String shown(String version) {
        return version.isBlank() ? "?" : version;
    }
}
