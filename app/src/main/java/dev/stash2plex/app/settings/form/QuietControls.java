package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.view.controls.SimpleIntegerControl;
import com.dlsc.formsfx.view.controls.SimpleTextControl;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * FormsFX's text and number controls without their error tooltip: errors are shown as a line of text
 * under each field instead (see {@link FieldMessage}), which stays visible and readable, where
 * FormsFX's tooltip only appears on focus and covers the next field.
 */
final class QuietControls {

    private QuietControls() {
    }

    static final class Text extends SimpleTextControl {
        @Override
        public void initializeParts() {
            super.initializeParts();
            editableField.setId(field.getID() + "-input");
            ThemedInput.skinNow(editableField);
            Touched.track(field, this);
            fieldLabel.setWrapText(true);   // a long label takes two lines rather than becoming "Stash add…"
        }

        @Override
        protected void toggleTooltip(Node reference) {
            // errors are shown under the field
        }

        @Override
        protected void toggleTooltip(Node reference, Control below) {
            // errors are shown under the field
        }
    }

    static final class Number extends SimpleIntegerControl {
        @Override
        public void initializeParts() {
            super.initializeParts();
            editableSpinner.setId(field.getID() + "-input");
            Touched.track(field, this);
            fieldLabel.setWrapText(true);   // a long label takes two lines rather than becoming "Stash add…"
        }

        @Override
        protected void toggleTooltip(Node reference) {
            // errors are shown under the field
        }

        @Override
        protected void toggleTooltip(Node reference, Control below) {
            // errors are shown under the field
        }
    }
}
