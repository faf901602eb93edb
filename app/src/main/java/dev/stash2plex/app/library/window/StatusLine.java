package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Library window's status line: one sentence and whether it is an error. What a command did stays until
 * something else is said, while a failed read is cleared by the next read that works, so the line never
 * keeps saying the provider is away once it answers again. FX thread.
 */
final class StatusLine {

    private final UserMessages messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    /** The status line says a read failed: the next read that works clears it (and nothing else does). */
    private boolean readFailed;

    StatusLine(UserMessages messages) {
        this.messages = messages;
    }

    void show(String said, boolean isError) {
        readFailed = false;
        text.set(said);
        error.set(isError);
    }

    /** A command failed; {@code e} is null when the failure was not one the provider's client knows. */
    void showError(LibraryException e) {
        show(failureText(e), true);
    }

    void readFailed(LibraryException e) {
        showError(e);
        readFailed = true;
    }

    void readWorked() {
        if (readFailed) {
            show("", false);
        }
    }

    /** The words for a failure to read or ask the provider; the explain trace shows them too. */
    String failureText(LibraryException e) {
        return switch (e) {
            case LibraryException.Unreachable u -> messages.text("library.error.unreachable");
            case LibraryException.NotAllowed n -> messages.text("library.error.notAllowed");
            case LibraryException.SyncOff off -> messages.text("library.error.failed", off.getMessage());
            case LibraryException.Failed f -> messages.text("library.error.failed", f.getMessage());
            case null -> messages.text("library.error.failed", "unexpected error");
        };
    }

    ReadOnlyStringProperty text() {
        return text;
    }

    ReadOnlyBooleanProperty isError() {
        return error;
    }
}
