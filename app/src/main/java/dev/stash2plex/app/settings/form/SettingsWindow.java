package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.icons.WindowIcons;
import dev.stash2plex.app.messages.UserMessages;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Owns the settings Stage: builds it once, shows it, brings it to the front when asked again. */
public final class SettingsWindow {

    private final SettingsFormModel model;
    private final UserMessages messages;
    private final Consumer<Window> openPlex;
    private Stage stage;

    public SettingsWindow(SettingsFormModel model, UserMessages messages) {
        this(model, messages, null);
    }

    /** @param openPlex opens the Plex window in front of this one; null leaves the "Plex…" button out */
    public SettingsWindow(SettingsFormModel model, UserMessages messages, Consumer<Window> openPlex) {
        this.model = model;
        this.messages = messages;
        this.openPlex = openPlex;
    }

    /** Shows the window on {@code owner} the first time, and raises it after that. FX thread only. */
    public void show(Stage owner) {
        if (stage == null) {
            stage = owner;
            stage.setTitle(messages.text("settings.window.title"));
            stage.getIcons().setAll(WindowIcons.load());
            Scene scene = new Scene(new SettingsView(model, messages,
                    openPlex == null ? null : () -> openPlex.accept(stage)).build(), 860, 900);
            addShortcuts(scene);
            stage.setScene(scene);
            stage.setMinWidth(640);
            stage.setMinHeight(480);
        }
        stage.show();
        stage.toFront();
    }

    /**
     * Ctrl+S (Cmd+S) saves when the form may be saved; Escape closes the window. Closing keeps the
     * model, so what was typed is still there when the window is opened again.
     */
    private void addShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.canSave().get()) {
                model.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> stage.hide());
    }

    public SettingsFormModel model() {
        return model;
    }
}
