package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.messages.UserMessages;
import java.util.Optional;

/** What "Test connection" found, in words: which leg failed and what to do about it. */
final class ConnectionText {

    private final UserMessages messages;

    ConnectionText(UserMessages messages) {
        this.messages = messages;
    }

    String describe(ConnectionResult result) {
        return switch (result) {
            case ConnectionResult.Ok ok -> join(ok.ready() ? messages.text("settings.connection.ok", ok.version())
                    : messages.text("settings.connection.notReady", ok.version()), container(ok.container()));
            case ConnectionResult.WrongKey wrongKey -> messages.text("settings.connection.wrongKey");
            case ConnectionResult.OnlyOnLoopback only -> messages.text("settings.connection.onlyOnLoopback", only.address());
            case ConnectionResult.LoopbackOnly loopbackOnly -> join(messages.text("settings.connection.loopbackOnly"),
                    plex(loopbackOnly.plex()));
            case ConnectionResult.ContainerCannotReach cannot -> join(messages.text(cannot.nothingAnswered()
                    ? "settings.connection.containerUnreachable" : "settings.connection.containerRefused",
                    cannot.version(), cannot.containerUrl(), cannot.cause()), plex(cannot.plex()));
            case ConnectionResult.Unreachable unreachable -> messages.text("settings.connection.unreachable", unreachable.cause());
        };
    }

    private String container(ConnectionResult.ContainerCheck check) {
        return switch (check) {
            case ConnectionResult.InContainer in -> join(messages.text("settings.connection.container.reached"), plex(in.plex()));
            case ConnectionResult.BridgePort bridge -> messages.text("settings.connection.container.bridgePort", why(bridge.why()));
            case ConnectionResult.NotTried notTried -> messages.text("settings.connection.container.notTried", why(notTried.why()));
            case ConnectionResult.HereOnly hereOnly -> "";
        };
    }

    private String plex(Optional<ContainerLeg.PlexReach> plex) {
        return plex.map(reach -> switch (reach.reach()) {
            case ContainerLeg.Reached reached -> messages.text("settings.connection.plex.reached", reach.url(), reached.version());
            case ContainerLeg.NotReached failed when failed.kind().equals("unauthorized") ->
                    messages.text("settings.connection.plex.unauthorized", reach.url());
            case ContainerLeg.NotReached failed -> messages.text("settings.connection.plex.unreachable", reach.url(), failed.message());
        }).orElse("");
    }

    private String why(ContainerLeg.Why why) {
        return messages.text("settings.connection.why." + why.name());
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + " " + second;
    }
}
