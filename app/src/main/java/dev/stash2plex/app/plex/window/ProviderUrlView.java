package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.CandidateUrl;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Section 1 of the Plex window: one radio button per suggested address (with why it is offered), the
 * address itself in a text field the user may overwrite, and Copy. The text field is the truth; the
 * radio buttons follow it.
 */
final class ProviderUrlView {

    private final ProviderUrlModel model;
    private final UserMessages messages;
    private final ToggleGroup group = new ToggleGroup();
    private final VBox choices = new VBox(6);

    ProviderUrlView(ProviderUrlModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        choices.getStyleClass().add("choices");
        model.candidates().subscribe(this::rebuildChoices);
        model.searching().subscribe(this::rebuildChoices);
        model.url().subscribe(this::followUrl);
        group.selectedToggleProperty().subscribe(this::chosen);

        Label custom = new Label(messages.text("plex.address.custom"));
        custom.getStyleClass().add("hint");
        TextField field = new TextField();
        field.setId("provider-url");
        field.getStyleClass().add("url-field");
        field.textProperty().bindBidirectional(model.url());
        field.setOnAction(event -> model.commit());
        field.focusedProperty().subscribe(focused -> {
            if (!focused) {
                model.commit();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button();
        copy.setId("copy-url");
        copy.textProperty().bind(Bindings.when(model.copied())
                .then("\u2713 " + messages.text("plex.address.copied")).otherwise(messages.text("plex.address.copy")));
        copy.disableProperty().bind(model.problem().isNotEmpty());
        copy.setOnAction(event -> model.copy());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, field, copy);
        row.getStyleClass().add("url-row");

        Label problem = PlexView.collapsing("provider-url-problem", "field-error");
        problem.textProperty().bind(Bindings.when(model.searching()).then("").otherwise(model.problem()));
        Label warning = PlexView.collapsing("provider-url-warning", "field-warning");
        warning.textProperty().bind(model.warning());
        return PlexView.card(messages.text("plex.section.address"), choices, custom, row, problem, warning);
    }

    private void rebuildChoices() {
        group.getToggles().clear();
        choices.getChildren().clear();
        if (model.searching().get()) {
            choices.getChildren().add(hint(messages.text("plex.address.searching")));
        } else if (model.candidates().isEmpty()) {
            choices.getChildren().add(hint(messages.text("plex.address.none")));
        }
        int index = 0;
        for (CandidateUrl candidate : model.candidates()) {
            RadioButton choice = new RadioButton(candidate.url());
            choice.setId("candidate-" + index++);
            choice.setUserData(candidate.url());
            choice.setToggleGroup(group);
            choice.getStyleClass().add("candidate");
            Label why = hint(switch (candidate.source()) {
                case LAN -> messages.text("plex.address.lan", candidate.detail());
                case DOCKER_HOST -> messages.text("plex.address.dockerHost");
                case OWN -> messages.text("plex.address.own");
            });
            why.getStyleClass().add("candidate-why");
            choices.getChildren().add(new VBox(1, choice, why));
        }
        followUrl(model.url().get());
    }

    /** Selects the radio button of the address in the field, or none when it is the user's own text. */
    private void followUrl(String url) {
        Toggle match = group.getToggles().stream()
                .filter(toggle -> url != null && url.strip().equalsIgnoreCase((String) toggle.getUserData()))
                .findFirst().orElse(null);
        if (group.getSelectedToggle() != match) {
            group.selectToggle(match);
        }
    }

    private void chosen(Toggle toggle) {
        if (toggle != null && !((String) toggle.getUserData()).equalsIgnoreCase(model.url().get().strip())) {
            model.url().set((String) toggle.getUserData());
            model.commit();
        }
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }
}
