package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.PlexLibrary;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Plex window's library card: list the libraries, tick them (a line under those on the old
 * StashPlexAgent and under TV libraries says what switching them means), review what Plex will do, apply.
 * Plain controls only (the app's theme styles them).
 */
final class LibrarySetupView {

    private static final PseudoClass LEGACY = PseudoClass.getPseudoClass("legacy");

    private final LibrarySetupModel model;
    private final UserMessages messages;

    LibrarySetupView(LibrarySetupModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node card() {
        Label detail = PlexView.message("library-detail", "step-detail");
        detail.setText(messages.text("plex.libraries.detail"));
        Button list = button("list-libraries", "plex.libraries.list", model::list);
        VBox boxes = new VBox(4);
        boxes.setId("library-list");
        model.libraries().subscribe(() -> {
            boxes.getChildren().clear();
            for (PlexLibrary library : model.libraries()) {
                CheckBox box = new CheckBox(library.title());
                box.setId("library-" + library.key());
                box.setSelected(model.isTicked(library));
                box.selectedProperty().subscribe(on -> model.tick(library, on));
                boxes.getChildren().add(box);
                String note = model.note(library);
                if (!note.isEmpty()) {
                    // Under the box, indented to its text; a screen reader hears it with the box.
                    Label line = PlexView.message("library-note-" + library.key(), "library-note");
                    line.setText(note);
                    line.pseudoClassStateChanged(LEGACY, library.onLegacyAgent());
                    box.setAccessibleHelp(note);
                    boxes.getChildren().add(line);
                }
            }
        });
        Button review = button("review-libraries", "plex.libraries.review", model::review);
        review.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.libraries()).or(model.busy()));
        Button apply = button("apply-libraries", "plex.libraries.apply", model::apply);
        apply.getStyleClass().add("primary");
        apply.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.plan().get().map(p -> p.nothingToDo()).orElse(true), model.plan()).or(model.busy()));
        HBox buttons = new HBox(8, list, review, apply);
        buttons.getStyleClass().add("action-row");
        // The plan is a paragraph: it gets the card's width, under the buttons, not beside them.
        return PlexView.card(messages.text("plex.section.library"), detail, boxes, buttons,
                PlexView.action(new javafx.scene.layout.Region(), "library-result", model.outcome()));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.text(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(model.busy());
        return button;
    }
}
