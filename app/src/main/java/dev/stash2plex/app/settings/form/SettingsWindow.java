package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.icons.WindowIcons;
import dev.stash2plex.app.messages.UserMessages;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Owns the settings Stage: builds it once, shows it, brings it to the front when asked again. It has
 * two pages, the form and the status page; a successful Save turns the form into the status page, and
 * "Edit settings" turns it back.
 */
public final class SettingsWindow {

    private final SettingsFormModel model;
    private final StatusPageModel statusPage;
    private final UserMessages messages;
    private final Consumer<Window> openPlex;
    private Stage stage;
    private Parent form;
    private Parent status;

    public SettingsWindow(SettingsFormModel model, UserMessages messages) {
        this(model, new StatusPageModel(), messages, null);
    }

    public SettingsWindow(SettingsFormModel model, UserMessages messages, Consumer<Window> openPlex) {
        this(model, new StatusPageModel(), messages, openPlex);
    }

    /** @param openPlex opens the Plex window in front of this one; null leaves the "Plex…" buttons out */
    public SettingsWindow(SettingsFormModel model, StatusPageModel statusPage, UserMessages messages, Consumer<Window> openPlex) {
        this.model = model;
        this.statusPage = statusPage;
        this.messages = messages;
        this.openPlex = openPlex;
    }

    /** Shows the form on {@code owner} the first time, and raises it after that. FX thread only. */
    public void show(Stage owner) {
        FxHandOff.requireFxThread("The settings window");
        build(owner);
        stage.getScene().setRoot(form);
        raise();
    }

    /** Shows the status page (a relaunch with saved settings, or after Save). FX thread only. */
    public void showStatus(Stage owner) {
        FxHandOff.requireFxThread("The status page");
        build(owner);
        stage.getScene().setRoot(status);
        raise();
    }

    /** True while the status page is what the window shows. */
    public boolean showingStatus() {
        return stage != null && stage.getScene().getRoot() == status;
    }

    private void build(Stage owner) {
        if (stage != null) {
            return;
        }
        stage = owner;
        stage.setTitle(messages.text("settings.window.title"));
        stage.getIcons().setAll(WindowIcons.load());
        Runnable plex = openPlex == null ? null : () -> openPlex.accept(stage);
        form = new SettingsView(model, messages, plex).build();
        status = new StatusPageView(statusPage, messages, plex, () -> stage.getScene().setRoot(form), stage::hide).build();
        Scene scene = new Scene(form, 860, 900);
        addShortcuts(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        model.saves().subscribe((before, after) -> stage.getScene().setRoot(status));
    }

    private void raise() {
        stage.show();
        stage.toFront();
    }

    /**
     * Ctrl+S (Cmd+S) saves when the form may be saved; Escape closes the window. Closing keeps the
     * model, so what was typed is still there when the window is opened again.
     */
    private void addShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getRoot() == form && model.canSave().get()) {
                model.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> stage.hide());
    }

    public SettingsFormModel model() {
        return model;
    }

    public StatusPageModel statusPage() {
        return statusPage;
    }
}
