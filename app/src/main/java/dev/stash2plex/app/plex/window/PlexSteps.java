package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.plex.account.FoundServer;

/**
 * The Plex window's models for the signed-in flow, and how they follow each other: signing in finds
 * the servers, the server picked becomes the one the window registers in and sets libraries up on,
 * signing out forgets the servers and goes back to the settings' address and token. Without a sign-in,
 * {@link LanModel} finds servers on the local network for a pasted token. FX thread only.
 */
public record PlexSteps(SignInModel signIn, ServerModel servers, LibrarySetupModel libraries, LanModel lan) {

    /** Connects the models to each other and to {@code plex}; call once. */
    public PlexSteps wire(PlexModel plex) {
        servers.chosen().subscribe(found -> plex.useServer(found.map(FoundServer::target)));
        signIn.signedIn().subscribe((was, now) -> {
            if (now && !was) {
                servers.find();
            } else if (!now && was) {
                servers.clear();
            }
        });
        return this;
    }

    /** When the window opens: is a sign-in saved? Then its servers are looked up as if just signed in. */
    void opened() {
        signIn.refresh();
    }
}
