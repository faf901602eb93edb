package dev.stash2plex.app.tray;

import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier.Notification;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A small status window with the tray menu's commands as buttons, for desktops without a tray
 * (stock GNOME, some Wayland sessions): the app is never out of reach. Closing it asks to quit, as
 * the tray's Quit does.
 */
public final class WindowFallback implements TrayBackend {

    private final TrayIcons icons;
    private final UserMessages messages;
    private final Stage stage = new Stage();
    private final ImageView icon = new ImageView();
    private final Label status = new Label();
    private final Label detail = new Label();
    /** The status lines after the first (the Plex sync's). */
    private final Label more = new Label();
    private final Label notice = new Label();
    private final FlowPane buttons = new FlowPane(8, 8);
    private Consumer<TrayCommand> commands = command -> { };

    public WindowFallback(TrayIcons icons, UserMessages messages) {
        this.icons = icons;
        this.messages = messages;
    }

    @Override
    public void install(TrayView first, Consumer<TrayCommand> handler) {
        this.commands = handler;
        status.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        detail.setWrapText(true);
        notice.setWrapText(true);
        notice.getStyleClass().add("hint");
        Label noTray = new Label(messages.text("tray.window.noTray"));
        noTray.setWrapText(true);
        noTray.getStyleClass().add("hint");
        HBox header = new HBox(12, icon, status);
        header.setAlignment(Pos.CENTER_LEFT);
        more.setWrapText(true);
        VBox root = new VBox(12, header, more, detail, buttons, notice, noTray);
        root.setPadding(new Insets(16));
        root.setPrefWidth(460);
        stage.setTitle(messages.text("tray.window.title"));
        root.getStyleClass().add("form-window");
        stage.setScene(new Scene(WindowLayout.styled(root, null)));
        stage.setOnCloseRequest(event -> {
            event.consume();
            commands.accept(TrayCommand.QUIT);
        });
        show(first);
        stage.show();
    }

    @Override
    public void show(TrayView view) {
        icon.setImage(new Image(new ByteArrayInputStream(icons.png(view.icon(), 32))));
        detail.setText(view.detail());
        buttons.getChildren().clear();
        TrayMenu firstLine = view.menu().stream().filter(TrayMenu.StatusLine.class::isInstance).findFirst().orElse(null);
        StringBuilder moreLines = new StringBuilder();
        for (TrayMenu entry : view.menu()) {
            switch (entry) {
                case TrayMenu.StatusLine line when line == firstLine -> status.setText(line.text().replaceFirst("^\u25CF ", ""));
                case TrayMenu.StatusLine line -> moreLines.append(moreLines.isEmpty() ? "" : "\n").append(line.text());
                case TrayMenu.Action action -> {
                    Button button = new Button(action.label());
                    button.setDisable(!action.enabled());
                    button.setOnAction(e -> commands.accept(action.command()));
                    buttons.getChildren().add(button);
                }
                case TrayMenu.Separator separator -> { }
            }
        }
        more.setText(moreLines.toString());
        more.setVisible(!moreLines.isEmpty());
        more.setManaged(!moreLines.isEmpty());
    }

    @Override
    public void notify(Notification notification) {
        notice.setText(notification.text());
        stage.toFront();
    }

    @Override
    public boolean keepsAppAlive() {
        return false;
    }

    @Override
    public void remove() {
        stage.hide();
    }

    /** Brings the window up, e.g. when a second launch asks for it. */
    public void reveal() {
        stage.show();
        stage.toFront();
    }
}
