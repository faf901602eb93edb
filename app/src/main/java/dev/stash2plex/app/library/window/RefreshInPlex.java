package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Refresh;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Library window's "Refresh in Plex": asks the provider's Plex sync to refresh the selected scene's
 * Plex items now. It can be asked while the provider's {@code /health} says the sync is on, once at a
 * time; what came of it is said once, as the window's status line, in words a user can act on. The
 * request runs on {@code io} and its answer lands on {@code fx}.
 */
final class RefreshInPlex {

    private final LibraryClient client;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;
    /** The window's status line: the text, and whether it is an error. */
    private final BiConsumer<String, Boolean> status;
    private final BooleanProperty syncOn = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanBinding available = syncOn.and(running.not());

    RefreshInPlex(LibraryClient client, UserMessages messages, Executor io, Executor fx, BiConsumer<String, Boolean> status) {
        this.client = client;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.status = status;
    }

    /** What the provider's {@code /health} last said of its sync (FX thread). */
    void syncOn(boolean on) {
        syncOn.set(on);
    }

    /** Whether the provider's Plex sync is on: without it the button says how to turn it on. */
    ReadOnlyBooleanProperty syncIsOn() {
        return syncOn;
    }

    /** The sync is on and no refresh is under way. */
    BooleanBinding available() {
        return available;
    }

    /** Asks for the scene of {@code row}; rows without a scene (a Plex file no scene matched) have nothing to refresh. */
    void run(Row row) {
        if (row == null || row.sceneId() == null || row.sceneId().isBlank() || !available.get()) {
            return;
        }
        String scene = row.sceneId();
        running.set(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return client.refreshInPlex(scene);
            } catch (LibraryException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((refresh, failure) -> {
            running.set(false);
            if (failure == null) {
                status.accept(queuedText(refresh), false);
            } else {
                status.accept(failureText(scene, failure.getCause() instanceof LibraryException e ? e : null), true);
            }
        }, fx);
    }

    private String queuedText(Refresh refresh) {
        if (refresh.waits()) {
            return messages.text("library.refresh.waits", refresh.sceneId(), refresh.syncReason());
        }
        return refresh.plexItems() > 0 ? messages.text("library.refresh.queued", refresh.sceneId(), refresh.plexItems())
                : messages.text("library.refresh.queuedNoItem", refresh.sceneId());
    }

    private String failureText(String scene, LibraryException e) {
        return switch (e) {
            case LibraryException.Unreachable u -> messages.text("library.error.unreachable");
            case LibraryException.NotAllowed n -> messages.text("library.refresh.notAllowed");
            case LibraryException.SyncOff off -> {
                syncOn.set(false);
                yield messages.text("library.refresh.syncOff", off.getMessage());
            }
            case LibraryException.Failed f -> messages.text("library.refresh.failed", scene, f.getMessage());
            case null -> messages.text("library.refresh.failed", scene, "unexpected error");
        };
    }
}
