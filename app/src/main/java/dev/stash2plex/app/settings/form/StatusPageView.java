package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.look.StatusDot;
import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The page the settings window turns into after Save: how the provider is doing (a dot in its
 * state's colour, the state in words, what it means), the address Plex should use, the next step
 * (connect Plex, with its button) and a line about syncing, with "Edit settings" back to the form.
 */
final class StatusPageView {

    private final StatusPageModel model;
    private final UserMessages messages;
    private final StatusText statusText;
    private final Runnable openPlex;
    private final Runnable edit;
    private final Runnable close;

    /** @param openPlex null leaves the Plex button out */
    StatusPageView(StatusPageModel model, UserMessages messages, Runnable openPlex, Runnable edit, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.statusText = new StatusText(messages);
        this.openPlex = openPlex;
        this.edit = edit;
        this.close = close;
    }

    Parent build() {
        Parent root = WindowLayout.frame(
                WindowLayout.header("status-page-title", messages.text("statusPage.header"), messages.text("statusPage.header.detail")),
                bottomBar(), "status-page", StatusPageView.class.getResource("settings.css"), providerCard(), plexCard());
        root.setId("status-page");
        return root;
    }

    private VBox providerCard() {
        StatusDot dot = new StatusDot();
        Label headline = new Label();
        headline.setId("status-headline");
        headline.getStyleClass().add("status-headline");
        headline.setWrapText(true);
        Label detail = new Label();
        detail.setId("status-detail");
        detail.getStyleClass().add("hint");
        detail.setWrapText(true);
        model.status().subscribe(status -> {
            headline.setText(headline(status));
            detail.setText(statusText.detail(status));
            dot.show(tone(status), statusText.status(status));
        });
        model.providerUrl().subscribe(url -> headline.setText(headline(model.status().get())));
        HBox line = new HBox(10, dot.node(), headline);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        // A read-only field, not a label: the address can be selected and copied with the keyboard.
        TextField url = new TextField();
        url.setId("provider-url");
        url.setEditable(false);
        url.getStyleClass().add("provider-url");
        url.textProperty().bind(model.providerUrl());
        url.setAccessibleText(messages.text("statusPage.url"));
        Label urlLabel = new Label(messages.text("statusPage.url"));
        urlLabel.setLabelFor(url);
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox urlRow = new HBox(8, urlLabel, url);
        urlRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        urlRow.visibleProperty().bind(model.providerUrl().isNotEmpty());
        urlRow.managedProperty().bind(urlRow.visibleProperty());

        Label title = new Label(messages.text("statusPage.provider"));
        title.getStyleClass().add("section-title");
        VBox card = new VBox(8, title, line, detail, urlRow);
        card.getStyleClass().add("card");
        return card;
    }

    private VBox plexCard() {
        Label title = new Label(messages.text("statusPage.next"));
        title.getStyleClass().add("section-title");
        Label step = new Label();
        step.setId("plex-step");
        step.setWrapText(true);
        step.textProperty().bind(Bindings.when(model.plexStep().isEmpty())
                .then(messages.text("statusPage.plex.todo")).otherwise(model.plexStep()));
        Label sync = new Label();
        sync.setId("sync-line");
        sync.getStyleClass().add("hint");
        sync.setWrapText(true);
        sync.textProperty().bind(model.syncLine());
        sync.visibleProperty().bind(model.syncLine().isNotEmpty());
        sync.managedProperty().bind(sync.visibleProperty());
        VBox card = new VBox(8, title, step, sync);
        if (openPlex != null) {
            Button plex = new Button(messages.text("statusPage.plex.button"));
            plex.setId("status-open-plex");
            plex.setMnemonicParsing(true);
            plex.setMinWidth(Region.USE_PREF_SIZE);
            plex.setOnAction(event -> openPlex.run());
            card.getChildren().add(2, plex);
        }
        card.getStyleClass().add("card");
        return card;
    }

    private HBox bottomBar() {
        Label saved = new Label(messages.text("settings.saved"));
        saved.setId("status-page-footer");
        saved.getStyleClass().add("status");
        saved.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(saved, Priority.ALWAYS);
        Button editButton = new Button(messages.text("statusPage.edit"));
        editButton.setId("edit-settings");
        editButton.setMnemonicParsing(true);
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        editButton.setOnAction(event -> edit.run());
        Button closeButton = new Button(messages.text("statusPage.close"));
        closeButton.setId("status-close");
        closeButton.setMnemonicParsing(true);
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        closeButton.setOnAction(event -> close.run());
        HBox bar = new HBox(12, saved, editButton, closeButton);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }

    /** The first line: the state, and for a running provider where it runs. */
    private String headline(ProviderStatus status) {
        String url = model.providerUrl().get();
        return switch (status) {
            case ProviderStatus.Healthy h when !url.isEmpty() -> messages.text("statusPage.running", url);
            case ProviderStatus.Indexing i when !url.isEmpty() -> messages.text("statusPage.indexing", url);
            default -> statusText.status(status);
        };
    }

    /** The colour of each state: the tray icon's language. */
    static StatusDot.Tone tone(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Healthy h -> StatusDot.Tone.GOOD;
            case ProviderStatus.Indexing i -> StatusDot.Tone.GOOD;
            case ProviderStatus.Building b -> StatusDot.Tone.BUSY;
            case ProviderStatus.Starting s -> StatusDot.Tone.BUSY;
            case ProviderStatus.Degraded d -> StatusDot.Tone.WARNING;
            case ProviderStatus.EngineUnavailable e -> StatusDot.Tone.WARNING;
            case ProviderStatus.Crashed c -> StatusDot.Tone.PROBLEM;
            case ProviderStatus.Failed f -> StatusDot.Tone.PROBLEM;
            case ProviderStatus.Stopped s -> StatusDot.Tone.NEUTRAL;
            case ProviderStatus.NotConfigured n -> StatusDot.Tone.NEUTRAL;
        };
    }
}
