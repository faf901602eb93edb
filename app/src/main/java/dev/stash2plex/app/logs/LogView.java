package dev.stash2plex.app.logs;

import dev.stash2plex.app.messages.UserMessages;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The log window's nodes: a toolbar (search, follow, copy) over the list of lines. */
final class LogView {

    private final LogModel model;
    private final UserMessages messages;
    private final ListView<String> list = new ListView<>();

    LogView(LogModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    Parent build() {
        TextField search = new TextField();
        search.setPromptText(messages.text("logs.search.placeholder"));
        search.textProperty().bindBidirectional(model.search());
        search.setPrefColumnCount(24);
        CheckBox follow = new CheckBox(messages.text("logs.follow"));
        follow.selectedProperty().bindBidirectional(model.follow());
        Button copySelected = new Button(messages.text("logs.copySelected"));
        copySelected.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        copySelected.setOnAction(e -> copy(LogModel.text(list.getSelectionModel().getSelectedItems())));
        Button copyAll = new Button(messages.text("logs.copyAll"));
        copyAll.setOnAction(e -> copy(model.allText()));
        Label summary = new Label();
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add("summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(10, new Label(messages.text("logs.search")), search, follow, gap, summary,
                copySelected, copyAll);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 10, 8, 10));
        toolbar.getStyleClass().add("toolbar");

        list.setItems(model.visible());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new HighlightCell());
        list.getStyleClass().add("log-lines");
        model.visible().addListener((ListChangeListener<String>) change -> {
            if (model.follow().get() && !list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        model.search().addListener((o, was, now) -> list.refresh());

        BorderPane root = new BorderPane(list);
        root.setTop(toolbar);
        root.getStylesheets().add(LogView.class.getResource("logs.css").toExternalForm());
        return root;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A line with every match of the search shown highlighted. */
    private final class HighlightCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            String needle = model.search().get() == null ? "" : model.search().get().strip();
            TextFlow flow = new TextFlow();
            if (needle.isEmpty()) {
                flow.getChildren().add(plain(line));
            } else {
                String lower = line.toLowerCase(Locale.ROOT);
                String lowerNeedle = needle.toLowerCase(Locale.ROOT);
                int from = 0;
                for (int at = lower.indexOf(lowerNeedle); at >= 0; at = lower.indexOf(lowerNeedle, from)) {
                    flow.getChildren().add(plain(line.substring(from, at)));
                    Text hit = plain(line.substring(at, at + needle.length()));
                    hit.getStyleClass().add("hit");
                    flow.getChildren().add(hit);
                    from = at + needle.length();
                }
                flow.getChildren().add(plain(line.substring(from)));
            }
            setGraphic(flow);
        }

        private static Text plain(String text) {
            Text node = new Text(text);
            node.getStyleClass().add("line");
            return node;
        }
    }
}
