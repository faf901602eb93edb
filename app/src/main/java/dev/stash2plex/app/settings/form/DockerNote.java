package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.model.structure.StringField;
import dev.stash2plex.app.settings.ThisComputerAddress;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * The grey line under an address field while it names this computer's loopback: the address works as
 * typed, and the user learns why the container is handed {@code host.docker.internal} instead.
 */
final class DockerNote {

    private DockerNote() {
    }

    static Label under(StringField field, String text) {
        Label note = new Label(text);
        note.setId(field.getID() + "-docker-note");
        note.getStyleClass().add("field-note");
        note.setWrapText(true);
        // What is typed, valid yet or not: the note belongs to the address being written.
        note.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> ThisComputerAddress.isLoopback(field.getUserInput()), field.userInputProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
