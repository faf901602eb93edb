package dev.stash2plex.app.plex;

import dev.stash2plex.app.messages.UserMessages;

/** Plex's failures in words: what went wrong and what to do. */
public final class PlexText {

    private final UserMessages messages;

    public PlexText(UserMessages messages) {
        this.messages = messages;
    }

    public String failure(PlexException e) {
        return switch (e) {
            case PlexException.Unreachable unreachable -> messages.text("plex.failed.unreachable", unreachable.plexUrl(),
                    unreachable.reason());
            case PlexException.Unauthorized unauthorized -> messages.text("plex.failed.unauthorized");
            case PlexException.TooOld tooOld -> messages.text("plex.failed.tooOld", tooOld.version());
            case PlexException.ProviderUnreachable provider -> messages.text("plex.failed.providerUnreachable",
                    provider.providerUrl(), String.valueOf(provider.providerPort()));
            case PlexException.NotRegistered missing -> messages.text("plex.failed.notRegistered", missing.provider());
            case PlexException.Rejected rejected -> messages.text("plex.failed.rejected", rejected.detail());
            case PlexException.AccountUnreachable account -> messages.text("plex.failed.accountUnreachable", account.reason());
            case PlexException.SignedOut signedOut -> messages.text("plex.failed.signedOut");
            case PlexException.NoServer noServer -> messages.text("plex.failed.noServer");
            case PlexException.NoConnection none -> messages.text("plex.failed.noConnection", none.server(),
                    String.join(", ", none.tried()));
            case PlexException.NotOwner shared -> messages.text("plex.failed.notOwner", shared.server());
        };
    }
}
