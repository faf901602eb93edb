package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.RuleProblem;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The path-rule table (edit in place, add, remove, reorder), its problems, and the live path tester. */
final class PathRulesView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final PathRulesModel model;
    private final UserMessages messages;
    private final TableView<PathRuleSetting> table = new TableView<>();

    PathRulesView(PathRulesModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    VBox build() {
        Label title = new Label(messages.text("settings.section.rules"));
        title.getStyleClass().add("section-title");
        Label intro = new Label(messages.text("settings.rules.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        VBox box = new VBox(8, title, intro, table(), buttons(), problems(), tester());
        box.getStyleClass().add("rules-section");
        return box;
    }

    private TableView<PathRuleSetting> table() {
        table.setId("path-rules");
        table.setItems(model.rules());
        table.setEditable(true);
        table.setPrefHeight(120);
        table.setPlaceholder(new Label(messages.text("settings.rules.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn("settings.rules.name", 110, PathRuleSetting::name,
                (rule, text) -> new PathRuleSetting(text, rule.plexPattern(), rule.stashPattern(), rule.caseInsensitive(),
                        rule.plexLibraryRoot(), rule.testPlexPath(), rule.testStashPath())));
        table.getColumns().add(textColumn("settings.rules.plexPattern", 190, PathRuleSetting::plexPattern,
                (rule, text) -> new PathRuleSetting(rule.name(), text, rule.stashPattern(), rule.caseInsensitive(),
                        rule.plexLibraryRoot(), rule.testPlexPath(), rule.testStashPath())));
        table.getColumns().add(textColumn("settings.rules.stashPattern", 170, PathRuleSetting::stashPattern,
                (rule, text) -> new PathRuleSetting(rule.name(), rule.plexPattern(), text, rule.caseInsensitive(),
                        rule.plexLibraryRoot(), rule.testPlexPath(), rule.testStashPath())));
        table.getColumns().add(caseColumn());
        table.getColumns().add(textColumn("settings.rules.libraryRoot", 130, PathRuleSetting::plexLibraryRoot,
                (rule, text) -> new PathRuleSetting(rule.name(), rule.plexPattern(), rule.stashPattern(),
                        rule.caseInsensitive(), text, rule.testPlexPath(), rule.testStashPath())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PathRuleSetting rule, boolean empty) {
                super.updateItem(rule, empty);
                int index = getIndex();
                pseudoClassStateChanged(INVALID, !empty && model.problems().stream().anyMatch(p -> p.index() == index));
            }
        });
        model.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) change -> table.refresh());
        return table;
    }

    private TableColumn<PathRuleSetting, String> textColumn(String key, double width, Function<PathRuleSetting, String> get,
                                                            BiFunction<PathRuleSetting, String, PathRuleSetting> set) {
        TableColumn<PathRuleSetting, String> column = new TableColumn<>(messages.text(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new SimpleStringProperty(get.apply(cell.getValue())));
        column.setCellFactory(view -> new CommittingTextCell<>());
        column.setOnEditCommit(edit -> model.replace(edit.getTablePosition().getRow(),
                set.apply(edit.getRowValue(), edit.getNewValue() == null ? "" : edit.getNewValue())));
        return column;
    }

    private TableColumn<PathRuleSetting, Boolean> caseColumn() {
        TableColumn<PathRuleSetting, Boolean> column = new TableColumn<>(messages.text("settings.rules.caseInsensitive"));
        column.setPrefWidth(90);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new SimpleBooleanProperty(cell.getValue().caseInsensitive()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(index -> {
            PathRuleSetting rule = model.rules().get(index);
            SimpleBooleanProperty checked = new SimpleBooleanProperty(rule.caseInsensitive());
            checked.addListener((observable, old, value) -> model.replace(index, new PathRuleSetting(rule.name(),
                    rule.plexPattern(), rule.stashPattern(), value, rule.plexLibraryRoot(), rule.testPlexPath(),
                    rule.testStashPath())));
            return checked;
        }));
        return column;
    }

    private HBox buttons() {
        Button add = new Button(messages.text("settings.rules.add"));
        add.setId("rule-add");
        add.setOnAction(event -> {
            int index = model.add(messages.text("settings.rules.newName", model.rules().size() + 1));
            table.getSelectionModel().select(index);
            table.layout();
            table.edit(index, table.getColumns().get(1));
        });
        Button remove = new Button(messages.text("settings.rules.remove"));
        remove.setId("rule-remove");
        remove.setOnAction(event -> model.remove(table.getSelectionModel().getSelectedIndex()));
        Button up = new Button(messages.text("settings.rules.up"));
        up.setId("rule-up");
        up.setOnAction(event -> table.getSelectionModel().select(model.move(table.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button(messages.text("settings.rules.down"));
        down.setId("rule-down");
        down.setOnAction(event -> table.getSelectionModel().select(model.move(table.getSelectionModel().getSelectedIndex(), 1)));
        var nothingSelected = table.getSelectionModel().selectedIndexProperty().lessThan(0);
        remove.disableProperty().bind(nothingSelected);
        up.disableProperty().bind(nothingSelected.or(table.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(nothingSelected.or(table.getSelectionModel().selectedIndexProperty()
                .isEqualTo(Bindings.size(model.rules()).subtract(1))));
        return new HBox(6, add, remove, up, down);
    }

    private Label problems() {
        Label label = new Label();
        label.setId("rule-problems");
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems().stream()
                .map(problem -> messages.text("settings.rule.problem", problem.index() + 1,
                        model.rules().get(problem.index()).name(),
                        messages.text("settings.problem." + problem.problem().name(), problem.detail())))
                .toList()), model.problems()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private VBox tester() {
        Label title = new Label(messages.text("settings.rules.tester"));
        title.getStyleClass().add("field-label");
        TextField input = new TextField();
        input.setId("path-test-input");
        input.setPromptText(messages.text("settings.rules.tester.placeholder"));
        input.textProperty().bindBidirectional(model.testPath());
        Label result = new Label();
        result.setId("path-test-result");
        result.setWrapText(true);
        result.getStyleClass().add("tester-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> describe(model.testResult().get()), model.testResult()));
        HBox.setHgrow(input, Priority.ALWAYS);
        result.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, title, input, result);
        box.getStyleClass().add("tester");
        return box;
    }

    private String describe(PathTrial.Result result) {
        return switch (result) {
            case PathTrial.Result.Empty empty -> messages.text("settings.rules.tester.empty");
            case PathTrial.Result.Mapped mapped -> messages.text("settings.rules.tester.mapped", mapped.ruleName(), mapped.stashPath());
            case PathTrial.Result.NoMatch noMatch -> messages.text("settings.rules.tester.noMatch");
            case PathTrial.Result.TooSlow slow -> messages.text("settings.rules.tester.tooSlow", slow.ruleName(),
                    slow.limit().toMillis());
            case PathTrial.Result.RulesInvalid invalid -> messages.text("settings.rules.tester.invalid", invalid.message());
        };
    }
}
