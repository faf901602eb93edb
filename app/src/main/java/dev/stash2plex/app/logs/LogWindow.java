package dev.stash2plex.app.logs;

import dev.stash2plex.app.messages.UserMessages;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Owns the log Stage: following starts when it opens and stops when it closes. FX thread only. */
public final class LogWindow {

    private final LogModel model;
    private final UserMessages messages;
    private Stage stage;

    public LogWindow(LogModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(messages.text("logs.window.title"));
            stage.setScene(new Scene(new LogView(model, messages).build(), 980, 560));
            stage.setOnHidden(e -> model.close());
        }
        if (!stage.isShowing()) {
            model.open();
        }
        stage.show();
        stage.toFront();
    }
}
