package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.model.structure.DataField;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * A field is "touched" once the user changed what is in it. Until then its message is a hint in the
 * quiet text colour and its border is not red: a first-run form full of red before anything was
 * typed reads as an error the user made. The {@code :touched} / {@code :untouched} pseudo-classes
 * carry it to settings.css.
 */
final class Touched {

    static final PseudoClass TOUCHED = PseudoClass.getPseudoClass("touched");
    static final PseudoClass UNTOUCHED = PseudoClass.getPseudoClass("untouched");

    private Touched() {
    }

    /** Marks {@code node} untouched now and touched from the field's first edit on. */
    static void track(DataField<?, ?, ?> field, Node node) {
        node.pseudoClassStateChanged(UNTOUCHED, true);
        field.userInputProperty().addListener((observable, was, now) -> {
            node.pseudoClassStateChanged(TOUCHED, true);
            node.pseudoClassStateChanged(UNTOUCHED, false);
        });
    }
}
