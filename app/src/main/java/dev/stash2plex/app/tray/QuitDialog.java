package dev.stash2plex.app.tray;

import dev.stash2plex.app.messages.UserMessages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks, on Quit, whether the provider keeps serving Plex after the app is gone. FX thread only. */
public final class QuitDialog {

    public enum Choice {
        LEAVE_RUNNING, STOP, CANCEL
    }

    private final UserMessages messages;

    public QuitDialog(UserMessages messages) {
        this.messages = messages;
    }

    public Choice ask() {
        ButtonType leave = new ButtonType(messages.text("tray.quit.leave"), ButtonBar.ButtonData.YES);
        ButtonType stop = new ButtonType(messages.text("tray.quit.stop"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("tray.quit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("tray.quit.detail"), leave, stop, cancel);
        alert.setTitle(messages.text("tray.quit.title"));
        alert.setHeaderText(messages.text("tray.quit.question"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == leave ? Choice.LEAVE_RUNNING : answer == stop ? Choice.STOP : Choice.CANCEL;
    }
}
