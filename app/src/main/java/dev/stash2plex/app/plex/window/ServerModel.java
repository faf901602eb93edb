package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexStatus;
import dev.stash2plex.app.plex.PlexText;
import dev.stash2plex.app.plex.PlexVersion;
import dev.stash2plex.app.plex.account.FoundServer;
import dev.stash2plex.app.plex.account.PlexResource;
import dev.stash2plex.app.plex.account.PlexSignIn;
import dev.stash2plex.app.plex.account.ServerFinder;
import dev.stash2plex.app.settings.Secret;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Pick the server" for a signed-in user: the account's servers from plex.tv, and the one chosen,
 * reached on the first of its addresses that answers, with its version and whether it takes custom
 * metadata providers. Work runs on the I/O executor; every property is touched on the FX thread.
 */
public final class ServerModel {

    private final ServerFinder finder;
    private final PlexSignIn signIn;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;

    private final ObservableList<PlexResource> servers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<FoundServer>> chosen = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);

    public ServerModel(ServerFinder finder, PlexSignIn signIn, UserMessages messages, Executor io, Executor fx) {
        this.finder = finder;
        this.signIn = signIn;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
    }

    /** Lists the account's servers; with one server only, reaches it straight away. */
    public void find() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set(new Outcome(messages.text("plex.servers.finding"), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> call(() -> finder.servers(token())), io).whenCompleteAsync((found, failure) -> {
            busy.set(false);
            if (failure != null) {
                servers.clear();
                outcome.set(failed(failure));
                return;
            }
            servers.setAll(found);
            outcome.set(new Outcome(messages.text("plex.servers.found", found.size()), Outcome.Tone.SUCCESS));
            if (found.size() == 1) {
                choose(found.getFirst());
            }
        }, fx);
    }

    public void choose(PlexResource server) {
        if (busy.get() || server == null) {
            return;
        }
        busy.set(true);
        chosen.set(Optional.empty());
        outcome.set(new Outcome(messages.text("plex.servers.reaching", server.name()), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> call(() -> finder.reach(server)), io).whenCompleteAsync((found, failure) -> {
            busy.set(false);
            if (failure != null) {
                outcome.set(failed(failure));
                return;
            }
            chosen.set(Optional.of(found));
            outcome.set(reached(found));
        }, fx);
    }

    /** After "Sign out": nothing of the account stays. */
    public void clear() {
        servers.clear();
        chosen.set(Optional.empty());
        outcome.set(Outcome.NONE);
    }

    private Outcome reached(FoundServer found) {
        PlexStatus status = found.status();
        String name = status.server().name().isBlank() ? found.resource().name() : status.server().name();
        String version = status.server().version().text();
        String at = found.target().url().toString();
        if (!status.supported()) {
            return new Outcome(messages.text("plex.servers.tooOld", name, version, at, PlexVersion.PROVIDERS_SINCE.text()),
                    Outcome.Tone.ERROR);
        }
        // Whether Stash2Plex is registered there is step 4's to say, after each Register.
        return new Outcome(messages.text("plex.servers.supported", name, version, at), Outcome.Tone.SUCCESS);
    }

    private Secret token() throws PlexException {
        return signIn.token().orElseThrow(() -> new PlexException.SignedOut("no saved sign-in"));
    }

    private Outcome failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return new Outcome(cause instanceof PlexException e ? new PlexText(messages).failure(e)
                : messages.text("plex.signIn.failed", cause.getClass().getSimpleName()), Outcome.Tone.ERROR);
    }

    @FunctionalInterface
    private interface PlexCall<T> {
        T run() throws PlexException;
    }

    private static <T> T call(PlexCall<T> call) {
        try {
            return call.run();
        } catch (PlexException e) {
            throw new CompletionException(e);
        }
    }

    public ObservableList<PlexResource> servers() {
        return servers;
    }

    public ReadOnlyObjectProperty<Optional<FoundServer>> chosen() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcome() {
        return outcome.getReadOnlyProperty();
    }
}
