package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.messages.UserMessages;
import java.util.Optional;

/** What "Test connection" found, in words: which leg failed and what to do about it. */
final class ConnectionText {

    private final UserMessages messages;
    private final PlexConnectionText plex;

    ConnectionText(UserMessages messages) {
        this.messages = messages;
        this.plex = new PlexConnectionText(messages);
    }

    /** Stash, and Plex as far as the container's side asked it. */
    String describe(ConnectionResult result) {
        return join(stash(result), plex.fromContainer(containerPlex(result)));
    }

    /**
     * Stash, then Plex from both sides when this computer asked {@code plexUrl} ({@code here} present); without
     * {@code here}, as {@link #describe(ConnectionResult)}.
     */
    String describe(ConnectionResult result, Optional<PlexHere.Outcome> here, String plexUrl) {
        return here.map(outcome -> join(stash(result), plex.bothSides(plexUrl, outcome, containerPlex(result))))
                .orElseGet(() -> describe(result));
    }

    /** True when the answer is all good news: Stash ready, and every Plex leg that was asked answered. */
    static boolean good(ConnectionResult result, Optional<PlexHere.Outcome> here) {
        return result instanceof ConnectionResult.Ok ok && ok.ready() && !PlexConnectionText.failed(here, containerPlex(result));
    }

    private String stash(ConnectionResult result) {
        return switch (result) {
            case ConnectionResult.Ok ok -> join(ok.ready() ? messages.text("settings.connection.ok", ok.version())
                    : messages.text("settings.connection.notReady", ok.version()), container(ok.container()));
            case ConnectionResult.WrongKey wrongKey -> messages.text("settings.connection.wrongKey");
            case ConnectionResult.OnlyOnLoopback only -> messages.text("settings.connection.onlyOnLoopback", only.address());
            case ConnectionResult.LoopbackOnly loopbackOnly -> messages.text("settings.connection.loopbackOnly");
            case ConnectionResult.ContainerCannotReach cannot -> messages.text(cannot.nothingAnswered()
                    ? "settings.connection.containerUnreachable" : "settings.connection.containerRefused",
                    cannot.version(), cannot.containerUrl(), cannot.cause());
            case ConnectionResult.Unreachable unreachable -> messages.text("settings.connection.unreachable", unreachable.cause());
        };
    }

    /** What the container found at the Plex address, where the container's leg ran and a Plex address was given. */
    static Optional<ContainerLeg.PlexReach> containerPlex(ConnectionResult result) {
        return switch (result) {
            case ConnectionResult.Ok ok when ok.container() instanceof ConnectionResult.InContainer in -> in.plex();
            case ConnectionResult.LoopbackOnly loopbackOnly -> loopbackOnly.plex();
            case ConnectionResult.ContainerCannotReach cannot -> cannot.plex();
            default -> Optional.empty();
        };
    }

    private String container(ConnectionResult.ContainerCheck check) {
        return switch (check) {
            case ConnectionResult.InContainer in -> messages.text("settings.connection.container.reached");
            case ConnectionResult.BridgePort bridge -> messages.text("settings.connection.container.bridgePort", why(bridge.why()));
            case ConnectionResult.NotTried notTried -> messages.text("settings.connection.container.notTried", why(notTried.why()));
            case ConnectionResult.HereOnly hereOnly -> "";
        };
    }

    private String why(ContainerLeg.Why why) {
        return messages.text("settings.connection.why." + why.name());
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + " " + second;
    }
}
