package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryData.Report;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Library window's nodes: the counts as a bar chart, one gap list with search and paging, "Refresh in
 * Plex" for the selected scene, the trace, the suggestions.
 */
final class LibraryView {

    /** The steps in the order the provider tries them, then the unmatched. */
    private static final List<String> STEPS = List.of("guid", "path", "fingerprint", "basename", "title", "none");

    private final LibraryModel model;
    private final UserMessages messages;

    LibraryView(LibraryModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    Parent build() {
        Label status = new Label();
        status.setId("library-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        model.statusIsError().addListener((o, was, error) -> {
            status.getStyleClass().remove("status-error");
            if (error) {
                status.getStyleClass().add("status-error");
            }
        });
        HBox bottom = new HBox(status);
        bottom.getStyleClass().add("bottom-bar");
        return WindowLayout.frame(WindowLayout.header("library-header", messages.text("library.window.title"),
                        messages.text("library.window.detail")), bottom, "library-window",
                LibraryView.class.getResource("library.css"), counts(), lists(), suggestions());
    }

    private Region counts() {
        CategoryAxis steps = new CategoryAxis(FXCollections.observableArrayList(STEPS));
        NumberAxis files = new NumberAxis();
        files.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(steps, files);
        chart.setId("library-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(165);
        chart.setTitle(messages.text("library.chart.title"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        STEPS.forEach(step -> series.getData().add(new XYChart.Data<>(step, 0)));
        chart.getData().add(series);
        Label gaps = new Label();
        gaps.setId("library-gap-counts");
        gaps.setWrapText(true);
        model.report().addListener((o, was, report) -> {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                bar.setYValue(report.byStep().getOrDefault(bar.getXValue(), 0));
            }
            gaps.setText(gapText(report));
        });
        return new VBox(6, chart, gaps);
    }

    private String gapText(Report report) {
        String counts = "plex-items".equals(report.stashBasis()) ? "library.counts.plexItems" : "library.counts";
        return messages.text(counts, report.files(), report.plexUnmatched(), report.stashUnmatched(), report.scenes())
                + (report.lastRun() == null ? "" : " " + messages.text("library.lastRun", report.lastRun()));
    }

    private Region lists() {
        ToggleGroup sides = new ToggleGroup();
        ToggleButton plex = new ToggleButton(messages.text("library.side.plex"));
        plex.setId("library-side-plex");
        ToggleButton stash = new ToggleButton(messages.text("library.side.stash"));
        stash.setId("library-side-stash");
        plex.setToggleGroup(sides);
        stash.setToggleGroup(sides);
        plex.setSelected(true);
        sides.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.side().set(now == plex ? Side.PLEX : Side.STASH);
            }
        });
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText(messages.text("library.search.placeholder"));
        search.textProperty().bindBidirectional(model.searchText());
        search.setOnAction(e -> model.search());
        Button previous = new Button("\u2039");
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("\u203A");
        next.setId("library-next");
        next.setOnAction(e -> model.nextPage());
        Label page = new Label();
        page.setId("library-page");
        page.textProperty().bind(model.pageLabel());
        Button export = new Button(messages.text("library.export"));
        export.setId("library-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.side().get() == Side.PLEX ? "plex-files-without-scene.csv" : "scenes-not-in-plex.csv");
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, plex, stash, search, gap, previous, page, next, export);
        toolbar.getStyleClass().add("library-toolbar");

        TableView<Row> table = new TableView<>(model.rows());
        table.setId("library-rows");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.text("library.column.file"), Row::file, 420));
        table.getColumns().add(column(messages.text("library.column.title"), Row::detail, 200));
        table.getColumns().add(column(messages.text("library.column.scene"), row -> row.sceneId() == null ? "" : row.sceneId(), 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.explainTrace().explain(row));
        table.setPlaceholder(new Label(messages.text("library.rows.empty")));

        ListView<String> trace = new ListView<>(model.explainTrace().lines());
        trace.setId("library-trace");
        trace.setPrefHeight(125);
        trace.setPlaceholder(new Label(messages.text("library.explain.hint")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, toolbar, table, refreshBar(table), new Label(messages.text("library.explain.title")), trace);
    }

    /** "Refresh in Plex" for the selected scene: only a row with a scene, only while the provider's sync is on. */
    private Region refreshBar(TableView<Row> table) {
        RefreshInPlex refresh = model.refreshInPlex();
        Button button = new Button(messages.text("library.refresh"));
        button.setId("library-refresh-plex");
        button.setTooltip(new Tooltip(messages.text("library.refresh.tooltip")));
        ReadOnlyObjectProperty<Row> selected = table.getSelectionModel().selectedItemProperty();
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().sceneId() == null || !refresh.available().get(), selected, refresh.available()));
        button.setOnAction(e -> refresh.run(selected.get()));
        Label hint = new Label(messages.text("library.refresh.needsSync"));
        hint.setId("library-refresh-hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(refresh.syncIsOn().not());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox bar = new HBox(8, button, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Region suggestions() {
        ListView<Suggestion> list = new ListView<>(model.ruleSuggestions().list());
        list.setId("library-suggestions");
        list.setPrefHeight(64);
        list.setPlaceholder(new Label(messages.text("library.rules.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("library.rule.line", item.rule().plexPattern(),
                        item.rule().stashPattern(), item.wouldMatch()));
            }
        });
        Button add = new Button(messages.text("library.rule.add"));
        add.setId("library-add-rule");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> model.ruleSuggestions().add(list.getSelectionModel().getSelectedItem()));
        Label title = new Label(messages.text("library.rules.title"));
        title.getStyleClass().add("section-title");
        return new VBox(6, title, list, add);
    }
}
