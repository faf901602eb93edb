package dev.stash2plex.app.library.window;

import dev.stash2plex.app.messages.UserMessages;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Owns the Library Stage: reading (and live updates) start when it opens and stop when it closes. FX thread only. */
public final class LibraryWindow {

    private final LibraryModel model;
    private final UserMessages messages;
    private Stage stage;

    public LibraryWindow(LibraryModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(messages.text("library.window.title"));
            stage.setScene(new Scene(new LibraryView(model, messages).build(), 1000, 940));
            stage.setOnHidden(e -> model.close());
        }
        if (!stage.isShowing()) {
            model.open();
        }
        stage.show();
        stage.toFront();
    }
}
