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

    /** The text's width in (average) characters; a proportional font wraps a line of it at about {@link #WRAPS_AT}. */
    private static final int COLUMNS = 80;
    static final int WRAPS_AT = 60;
    static final int MOST_ROWS = 24;

    /**
     * Rows enough to show the text as it wraps (an engine's answer is often one long line), plus one, up to
     * {@link #MOST_ROWS}; past that it scrolls.
     */
    static int rows(String details) {
        int wrapped = details.lines().mapToInt(line -> Math.max(1, (line.length() + WRAPS_AT - 1) / WRAPS_AT)).sum();
        return Math.min(MOST_ROWS, wrapped + 1);
    }

    public void show(String details) {
        TextArea text = new TextArea(details);
        text.setId("details-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(COLUMNS);
        text.setPrefRowCount(rows(details));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(messages.text("status.details.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
