package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.LibraryKind;
import dev.stash2plex.app.plex.LibrarySetup;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.account.ClientIdentity;
import dev.stash2plex.app.plex.account.FakePlexTv;
import dev.stash2plex.app.plex.account.PlexSignIn;
import dev.stash2plex.app.plex.account.PlexTokenStore;
import dev.stash2plex.app.plex.account.PlexTv;
import dev.stash2plex.app.plex.account.ServerFinder;
import dev.stash2plex.app.plex.discovery.GdmDiscovery;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The Plex window's signed-in models as Main wires them, against a FakePlexTv, with the browser replaced by {@code browser}. */
final class TestPlexSteps {

    private TestPlexSteps() {
    }

    static PlexSteps build(FakePlexTv plexTv, Path configDir, Consumer<URI> browser, PlexModel model, UserMessages messages,
                           Executor io, Executor fx) {
        return build(plexTv, configDir, browser, new InetSocketAddress(InetAddress.getLoopbackAddress(), 9), model, messages, io, fx);
    }

    /** @param lan where "Look on my network" asks (a responder on loopback; port 9, discard, answers nothing) */
    static PlexSteps build(FakePlexTv plexTv, Path configDir, Consumer<URI> browser, InetSocketAddress lan, PlexModel model,
                           UserMessages messages, Executor io, Executor fx) {
        PlexTimeouts quick = new PlexTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15));
        PlexTv client = new PlexTv(plexTv.endpoints(), ClientIdentity.loadOrCreate(configDir.resolve("plex-client-id"), "test"),
                Duration.ofSeconds(5), Clock.systemUTC());
        PlexSignIn signIn = new PlexSignIn(client, new PlexTokenStore(configDir.resolve("plex-token")), browser,
                Duration.ofMillis(100), Clock.systemUTC());
        return new PlexSteps(new SignInModel(signIn, messages, io, fx),
                new ServerModel(new ServerFinder(client, new PlexRegistration(quick)), signIn, messages, io, fx),
                new LibrarySetupModel(new LibrarySetup(quick, Set.of(LibraryKind.values())), model::currentTarget, messages, io, fx),
                new LanModel(new GdmDiscovery(lan, Duration.ofMillis(700), Clock.systemUTC()), model::useAddress, messages, io, fx));
    }
}
