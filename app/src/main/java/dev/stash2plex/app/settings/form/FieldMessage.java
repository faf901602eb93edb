package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.model.structure.DataField;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * The line of text under a field that says what is wrong with it and how to fix it: red once the user
 * edited the field, a quiet hint before ({@link Touched}).
 */
final class FieldMessage {

    private FieldMessage() {
    }

    static Label under(DataField<?, ?, ?> field) {
        Label label = new Label();
        label.setId(field.getID() + "-error");
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", field.getErrorMessages()), field.errorMessagesProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Touched.track(field, label);
        return label;
    }
}
