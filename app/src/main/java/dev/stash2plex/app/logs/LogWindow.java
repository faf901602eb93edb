package dev.stash2plex.app.logs;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.messages.UserMessages;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Owns the log Stage: following starts when it opens and stops when it closes. FX thread only. */
public final class LogWindow {

    private final LogModel model;
    private final UserMessages messages;
    private final Path appLogFile;
    private final Runnable openLogFolder;
    private Stage stage;

    public LogWindow(LogModel model, UserMessages messages) {
        this(model, messages, null, null);
    }

    /** @param appLogFile the app's own log file, named under the lines; null leaves that line out */
    public LogWindow(LogModel model, UserMessages messages, Path appLogFile, Runnable openLogFolder) {
        this.model = model;
        this.messages = messages;
        this.appLogFile = appLogFile;
        this.openLogFolder = openLogFolder;
    }

    public void show() {
        FxHandOff.requireFxThread("The Logs window");
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(messages.text("logs.window.title"));
            stage.setScene(new Scene(new LogView(model, messages, appLogFile, openLogFolder).build(), 980, 560));
            stage.setOnHidden(e -> model.close());
        }
        if (!stage.isShowing()) {
            model.open();
        }
        stage.show();
        stage.toFront();
    }
}
