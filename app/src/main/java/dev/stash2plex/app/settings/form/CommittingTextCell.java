package dev.stash2plex.app.settings.form;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;

/**
 * A text cell that keeps what was typed: Tab (Shift+Tab) commits and moves to the next (previous)
 * text column of the row, and leaving the cell by clicking elsewhere commits too. JavaFX's own cell
 * commits only on Enter and drops the edit otherwise, so a rule typed and tabbed past was lost.
 */
final class CommittingTextCell<S> extends TextFieldTableCell<S, String> {

    private TextField hooked;

    CommittingTextCell() {
        super(new DefaultStringConverter());
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing() && getGraphic() instanceof TextField field && field != hooked) {
            hooked = field;
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.TAB) {
                    event.consume();
                    int row = getIndex();
                    TableColumn<S, ?> next = neighbour(event.isShiftDown() ? -1 : 1);
                    commitEdit(field.getText());
                    if (next != null) {
                        // The commit replaced the rule and asked for fresh cells; lay them out now, or
                        // that refresh would end the new edit as soon as it started.
                        TableView<S> table = getTableView();
                        table.layout();
                        table.edit(row, next);
                    }
                }
            });
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
    }

    /** The text column {@code step} places to the left or right, or null at the end. */
    private TableColumn<S, ?> neighbour(int step) {
        List<TableColumn<S, ?>> columns = getTableView().getVisibleLeafColumns();
        for (int at = columns.indexOf(getTableColumn()) + step; at >= 0 && at < columns.size(); at += step) {
            if (columns.get(at).isEditable() && columns.get(at).getCellFactory() != null
                    && columns.get(at).getCellData(0) instanceof String) {
                return columns.get(at);
            }
        }
        return null;
    }
}
