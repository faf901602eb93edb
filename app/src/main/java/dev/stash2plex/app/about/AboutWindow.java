package dev.stash2plex.app.about;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.icons.WindowIcons;
import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The About box: version, provider image, the app's log file and folder (with "Open log folder"),
 * and the licences. What it shows is gathered on {@code io} (the image tag hashes the bundled
 * context) and shown once known. FX thread only.
 */
public final class AboutWindow {

    private final Supplier<AboutInfo> info;
    private final Runnable openLogFolder;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;
    private Stage stage;

    /** @param info blocking; run on {@code io} */
    public AboutWindow(Supplier<AboutInfo> info, Runnable openLogFolder, UserMessages messages, Executor io, Executor fx) {
        this.info = info;
        this.openLogFolder = openLogFolder;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
    }

    public void show() {
        FxHandOff.requireFxThread("The About box");
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(messages.text("about.title"));
            stage.getIcons().setAll(WindowIcons.load());
            stage.setResizable(false);
        }
        FxHandOff.deliver(CompletableFuture.supplyAsync(info, io), fx, this::present,
                failure -> present(new AboutInfo("?", String.valueOf(failure), java.nio.file.Path.of("?"))));
    }

    private void present(AboutInfo about) {
        Scene scene = new Scene(view(about));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::hide);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        stage.toFront();
    }

    /** The Stage once shown, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    private Parent view(AboutInfo about) {
        ImageView icon = new ImageView(WindowIcons.load().stream().filter(image -> image.getWidth() == 64).findFirst()
                .orElse(WindowIcons.load().getLast()));
        icon.setFitWidth(64);
        icon.setPreserveRatio(true);
        Label name = new Label(messages.text("about.name"));
        name.getStyleClass().add("header-title");
        Label version = new Label(messages.text("about.version", about.version()));
        version.setId("about-version");
        Label what = new Label(messages.text("about.what"));
        what.getStyleClass().add("header-detail");
        what.setWrapText(true);
        VBox titles = new VBox(4, name, version, what);
        HBox top = new HBox(16, icon, titles);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("header");

        GridPane facts = new GridPane(12, 8);
        row(facts, 0, "about.image", about.providerImage(), "about-image");
        row(facts, 1, "about.logFile", about.logFile().toString(), "about-log-file");
        Label licences = new Label(messages.text("about.licences"));
        licences.setId("about-licences");
        licences.setWrapText(true);
        licences.getStyleClass().add("hint");
        licences.setMaxWidth(520);
        facts.add(new Label(messages.text("about.licence")), 0, 2);
        facts.add(licences, 1, 2);
        facts.getStyleClass().add("content");

        Button folder = new Button(messages.text("about.openLogFolder"));
        folder.setId("about-open-log-folder");
        folder.setOnAction(event -> openLogFolder.run());
        Button copy = new Button(messages.text("about.copy"));
        copy.setId("about-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(messages.text("about.copied", about.version(), about.providerImage(), about.logFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button(messages.text("about.close"));
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setOnAction(event -> stage.hide());
        for (Button button : new Button[] {folder, copy, close}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, folder, copy, gap, close);
        bar.getStyleClass().add("bottom-bar");
        VBox root = new VBox(top, facts, bar);
        root.getStyleClass().add("form-window");
        root.setId("about");
        return WindowLayout.styled(root, null);
    }

    private void row(GridPane grid, int row, String key, String value, String id) {
        Label label = new Label(messages.text(key));
        // Read-only fields: a path or tag is selected and copied, not retyped.
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(24, Math.min(60, value.length())));
        field.setAccessibleText(messages.text(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
