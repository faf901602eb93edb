package dev.stash2plex.app.logs;

import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The cell's padding and the vertical scroll bar, which the wrapped text must leave free. */
    private static final double WRAP_MARGIN = 36;

    private final LogModel model;
    private final UserMessages messages;
    private final ListView<LogEntry> list = new ListView<>();

    private final Path appLogFile;
    private final Runnable openLogFolder;

    LogView(LogModel model, UserMessages messages, Path appLogFile, Runnable openLogFolder) {
        this.model = model;
        this.messages = messages;
        this.appLogFile = appLogFile;
        this.openLogFolder = openLogFolder;
    }

    Parent build() {
        TextField search = new TextField();
        search.setPromptText(messages.text("logs.search.placeholder"));
        search.textProperty().bindBidirectional(model.search());
        search.setPrefColumnCount(24);
        search.setId("log-search");
        CheckBox follow = new CheckBox(messages.text("logs.follow"));
        follow.selectedProperty().bindBidirectional(model.follow());
        follow.setId("log-follow");
        Button copySelected = new Button(messages.text("logs.copySelected"));
        copySelected.setId("copy-selected");
        copySelected.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        copySelected.setOnAction(e -> copy(model.text(list.getSelectionModel().getSelectedItems())));
        Button copyAll = new Button(messages.text("logs.copyAll"));
        copyAll.setId("copy-all");
        copyAll.setOnAction(e -> copy(model.allText()));
        Label summary = new Label();
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add("summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label searchLabel = new Label(messages.text("logs.search"));
        searchLabel.setLabelFor(search);
        HBox toolbar = new HBox(10, searchLabel, search, follow, gap, summary,
                copySelected, copyAll);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 10, 8, 10));
        toolbar.getStyleClass().add("toolbar");

        list.setItems(model.visible());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new HighlightCell());
        list.getStyleClass().add("log-lines");
        model.visible().addListener((ListChangeListener<LogEntry>) change -> {
            if (model.follow().get() && !list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        model.search().addListener((o, was, now) -> list.refresh());

        BorderPane root = new BorderPane(list);
        root.setTop(toolbar);
        if (appLogFile != null) {
            root.setBottom(appLogLine());
        }
        return WindowLayout.styled(root, LogView.class.getResource("logs.css"));
    }

    /** Where the app's own log is, with the button that opens its folder. */
    private HBox appLogLine() {
        Label file = new Label(messages.text("logs.appLog", appLogFile));
        file.setId("app-log-file");
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button open = new Button(messages.text("logs.openLogFolder"));
        open.setId("open-log-folder");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> openLogFolder.run());
        HBox line = new HBox(10, file, open);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("log-file");
        return line;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * An entry with its pieces styled (time, level, message, fields) and every match of the search
     * marked, wrapped to the window's width: a long line is read, not scrolled to.
     */
    private final class HighlightCell extends ListCell<LogEntry> {

        private final TextFlow flow = new TextFlow();

        HighlightCell() {
            setPrefWidth(0);   // the list never scrolls sideways; the text wraps instead
            flow.prefWidthProperty().bind(list.widthProperty().subtract(WRAP_MARGIN));
        }

        @Override
        protected void updateItem(LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            List<LogEntry.Part> parts = model.parts(entry);
            List<int[]> hits = hits(parts, model.search().get());
            flow.getChildren().clear();
            int offset = 0;
            for (LogEntry.Part part : parts) {
                int end = offset + part.text().length();
                int from = offset;
                for (int[] hit : hits) {
                    if (hit[1] <= from || hit[0] >= end) {
                        continue;
                    }
                    if (hit[0] > from) {
                        flow.getChildren().add(piece(part, from - offset, hit[0] - offset, entry, false));
                    }
                    int hitEnd = Math.min(hit[1], end);
                    flow.getChildren().add(piece(part, Math.max(hit[0], from) - offset, hitEnd - offset, entry, true));
                    from = hitEnd;
                }
                if (from < end) {
                    flow.getChildren().add(piece(part, from - offset, end - offset, entry, false));
                }
                offset = end;
            }
            setGraphic(flow);
        }

        /** Where the search text occurs in the whole shown line, ignoring case: [start, end) pairs. */
        private static List<int[]> hits(List<LogEntry.Part> parts, String search) {
            String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            List<int[]> hits = new ArrayList<>();
            if (needle.isEmpty()) {
                return hits;
            }
            String line = LogEntry.text(parts).toLowerCase(Locale.ROOT);
            for (int at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + needle.length())) {
                hits.add(new int[] {at, at + needle.length()});
            }
            return hits;
        }

        private static Text piece(LogEntry.Part part, int from, int to, LogEntry entry, boolean hit) {
            Text node = new Text(part.text().substring(from, to));
            node.getStyleClass().addAll("line", part.kind().name().toLowerCase(Locale.ROOT));
            if (part.kind() == LogEntry.Kind.LEVEL && entry.isProblem()) {
                node.getStyleClass().add("level-" + entry.level().toLowerCase(Locale.ROOT));
            }
            if (hit) {
                node.getStyleClass().add("hit");
            }
            return node;
        }
    }
}
