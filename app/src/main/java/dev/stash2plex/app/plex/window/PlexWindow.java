package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.AppSettings;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Owns the "Connect to Plex" Stage: built on first use, raised when asked again. Each time it is shown
 * it takes the settings as they are at that moment, so a token typed in the settings form a second ago
 * counts. Opened from the settings window's "Plex…" button, and meant for a tray menu item too.
 */
public final class PlexWindow {

    private final PlexModel model;
    private final PlexSteps steps;
    private final UserMessages messages;
    private final Supplier<AppSettings> settings;
    private Stage stage;

    public PlexWindow(PlexModel model, PlexSteps steps, UserMessages messages, Supplier<AppSettings> settings) {
        this.model = model;
        this.steps = steps.wire(model);
        this.messages = messages;
        this.settings = settings;
    }

    /** Shows the window on its own (for the tray). FX thread only. */
    public void show() {
        show(null);
    }

    /** Shows the window in front of {@code owner}, or on its own when that is null. FX thread only. */
    public void show(Window owner) {
        FxHandOff.requireFxThread("The Plex window");
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(messages.text("plex.window.title"));
            stage.setScene(new Scene(new PlexView(model, steps, messages, stage::close).build(), 780, 980));
            stage.setMinWidth(560);
            stage.setMinHeight(480);
        }
        if (!stage.isShowing()) {
            model.use(settings.get());
            steps.opened();
        }
        stage.show();
        stage.toFront();
    }

    /** Puts text on the system clipboard; the model gets this as its clipboard. FX thread only. */
    public static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The Stage once shown, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }
}
