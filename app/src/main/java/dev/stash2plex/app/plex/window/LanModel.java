package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.discovery.GdmDiscovery;
import dev.stash2plex.app.plex.discovery.LanServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Look on my network", for a user who pasted a token instead of signing in: the Plex servers that
 * answer GDM on the local network, and the one chosen handed to the window as the Plex address.
 * Work runs on the I/O executor; properties change on the FX thread.
 */
public final class LanModel {

    private final GdmDiscovery discovery;
    private final Consumer<URI> use;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;

    private final ObservableList<LanServer> servers = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);

    /** @param use takes the chosen server's address as the one the window talks to */
    public LanModel(GdmDiscovery discovery, Consumer<URI> use, UserMessages messages, Executor io, Executor fx) {
        this.discovery = discovery;
        this.use = use;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
    }

    public void look() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set(new Outcome(messages.text("plex.lan.looking"), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(this::discover, io).whenCompleteAsync((found, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                outcome.set(new Outcome(messages.text("plex.lan.failed", cause.getCause() == null ? cause.getClass().getSimpleName()
                        : cause.getCause().getClass().getSimpleName()), Outcome.Tone.ERROR));
                return;
            }
            servers.setAll(found);
            outcome.set(found.isEmpty() ? new Outcome(messages.text("plex.lan.none"), Outcome.Tone.WARNING)
                    : new Outcome(messages.text("plex.lan.found", found.size()), Outcome.Tone.SUCCESS));
        }, fx);
    }

    public void choose(LanServer server) {
        use.accept(server.url());
        outcome.set(new Outcome(messages.text("plex.lan.chosen", server.name()), Outcome.Tone.SUCCESS));
    }

    private List<LanServer> discover() {
        try {
            return discovery.discover();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObservableList<LanServer> servers() {
        return servers;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcome() {
        return outcome.getReadOnlyProperty();
    }
}
