package dev.stash2plex.app.tray;

import dev.stash2plex.app.messages.UserMessages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

/**
 * "Details…": the technical text behind a status sentence (the engine's answer, the builder's output, where
 * the app looked for an engine), whole and selectable for copying into a bug report. FX thread only.
 */
public final class DetailsDialog {

    private final UserMessages messages;

    public DetailsDialog(UserMessages messages) {
        this.messages = messages;
    }

    public void show(String details) {
        TextArea text = new TextArea(details);
        text.setId("details-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(Math.min(24, (int) details.lines().count() + 2));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(messages.text("status.details.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
