package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.view.controls.SimplePasswordControl;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;

/**
 * FormsFX's password control with a Show/Hide button: masked by default, readable on request so a
 * user can check a pasted key. The plain text field shares the field's input, so nothing is copied.
 */
final class SecretControl extends SimplePasswordControl {

    private final String showText;
    private final String hideText;
    private final java.util.function.Function<String, String> showAccessible;
    private final java.util.function.Function<String, String> hideAccessible;
    private TextField revealed;
    private ToggleButton reveal;

    /** @param showAccessible and {@code hideAccessible} say what the button does to the field they are given the label of */
    SecretControl(String showText, String hideText, java.util.function.Function<String, String> showAccessible,
                  java.util.function.Function<String, String> hideAccessible) {
        this.showText = showText;
        this.hideText = hideText;
        this.showAccessible = showAccessible;
        this.hideAccessible = hideAccessible;
    }

    @Override
    public void initializeParts() {
        super.initializeParts();
        revealed = new TextField();
        reveal = new ToggleButton();
        editableField.setId(field.getID() + "-input");
        revealed.setId(field.getID() + "-revealed");
        ThemedInput.skinNow(editableField);
        ThemedInput.skinNow(revealed);
        reveal.setId(field.getID() + "-reveal");
        reveal.getStyleClass().add("reveal-toggle");
        // Reachable with Tab like any button: a keyboard user must be able to check a pasted key too.
        reveal.setFocusTraversable(true);
        Touched.track(field, this);
        fieldLabel.setWrapText(true);   // a long label takes two lines rather than becoming "Stash add…"
        editableField.getStyleClass().add("secret-input");
        revealed.getStyleClass().add("secret-input");
    }

    @Override
    public void layoutParts() {
        super.layoutParts();
        stack.getChildren().addAll(revealed, reveal);
        StackPane.setAlignment(reveal, Pos.CENTER_RIGHT);
        StackPane.setMargin(reveal, new Insets(0, 4, 0, 0));
    }

    @Override
    public void setupBindings() {
        super.setupBindings();
        revealed.textProperty().bindBidirectional(field.userInputProperty());
        revealed.promptTextProperty().bind(field.placeholderProperty());
        revealed.visibleProperty().bind(field.editableProperty().and(reveal.selectedProperty()));
        editableField.visibleProperty().unbind();
        editableField.visibleProperty().bind(field.editableProperty().and(reveal.selectedProperty().not()));
        reveal.textProperty().bind(Bindings.when(reveal.selectedProperty()).then(hideText).otherwise(showText));
        reveal.accessibleTextProperty().bind(Bindings.when(reveal.selectedProperty())
                .then(hideAccessible.apply(field.getLabel())).otherwise(showAccessible.apply(field.getLabel())));
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
