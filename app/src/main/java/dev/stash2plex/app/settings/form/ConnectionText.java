package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.messages.UserMessages;

/** What "Test connection" found, in words. */
final class ConnectionText {

    private final UserMessages messages;

    ConnectionText(UserMessages messages) {
        this.messages = messages;
    }

    String describe(ConnectionResult result) {
        return switch (result) {
            case ConnectionResult.Ok ok when ok.ready() -> messages.text("settings.connection.ok", ok.version());
            case ConnectionResult.Ok ok -> messages.text("settings.connection.notReady", ok.version());
            case ConnectionResult.WrongKey wrongKey -> messages.text("settings.connection.wrongKey");
            case ConnectionResult.LoopbackOnly loopbackOnly -> messages.text("settings.connection.loopbackOnly");
            case ConnectionResult.Unreachable unreachable -> messages.text("settings.connection.unreachable", unreachable.cause());
        };
    }
}
