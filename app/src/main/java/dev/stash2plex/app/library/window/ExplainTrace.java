package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The explain trace of the row chosen in the Library window: the file, then the provider's account of how it
 * was matched or why not. Read on {@code io}, shown on {@code fx}; a failure is said in the trace itself, in
 * the status line's words, so the status line keeps what it said.
 */
final class ExplainTrace {

    private final LibraryClient client;
    private final UserMessages messages;
    private final StatusLine status;
    /** The list shown: only Plex files have a trace. */
    private final ObservableValue<Side> side;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    ExplainTrace(LibraryClient client, UserMessages messages, StatusLine status, ObservableValue<Side> side, Executor io,
                 Executor fx) {
        this.client = client;
        this.messages = messages;
        this.status = status;
        this.side = side;
        this.io = io;
        this.fx = fx;
    }

    /** The explain trace of a Plex file; scenes have no file Plex asked about, so nothing to explain. */
    void explain(Row row) {
        if (row == null || side.getValue() != Side.PLEX) {
            lines.clear();
            return;
        }
        lines.setAll(messages.text("library.explain.loading", row.file()));
        CompletableFuture.supplyAsync(() -> {
            try {
                return client.explain(row.file());
            } catch (LibraryException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((trace, failure) -> {
            if (failure == null) {
                List<String> shown = new ArrayList<>();
                shown.add(row.file());
                shown.addAll(trace);
                lines.setAll(shown);
            } else {
                lines.setAll(status.failureText(failure.getCause() instanceof LibraryException e ? e : null));
            }
        }, fx);
    }

    ObservableList<String> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }
}
