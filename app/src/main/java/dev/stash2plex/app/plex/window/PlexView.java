package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Plex window's nodes, built in code, in the order the user works: the address Plex should use,
 * the server (from the settings, token masked), registering, and the step left to do in Plex. All
 * behaviour is in {@link PlexModel}.
 */
final class PlexView {

    private static final String[] TONES = {"info", "success", "warning", "error"};

    private final PlexModel model;
    private final PlexSteps steps;
    private final UserMessages messages;
    private final Runnable close;

    PlexView(PlexModel model, PlexSteps steps, UserMessages messages, Runnable close) {
        this.model = model;
        this.steps = steps;
        this.messages = messages;
        this.close = close;
    }

    Parent build() {
        AccountView account = new AccountView(steps.signIn(), steps.servers(), steps.lan(), messages);
        return WindowLayout.frame(
                WindowLayout.header("plex-header", messages.text("plex.header"), messages.text("plex.header.detail")),
                bottomBar(), "plex-root", PlexView.class.getResource("plex.css"),
                account.signInCard(), server(account), new ProviderUrlView(model.address(), messages).build(), register(),
                new LibrarySetupView(steps.libraries(), messages).card());
    }

    private Node server(AccountView account) {
        Label url = message("plex-server-url", "server-line");
        url.textProperty().bind(model.plexUrl());
        Label token = message("plex-server-token", "server-line");
        token.textProperty().bind(model.token());
        Button connect = new Button(messages.text("plex.connect"));
        connect.setId("connect");
        connect.disableProperty().bind(model.busy());
        connect.setOnAction(event -> model.connect());
        return card(messages.text("plex.section.server"), account.serverPicker(), account.lanPicker(), url, token,
                action(connect, "connect-result", model.connection()));
    }

    private Node register() {
        CheckBox agent = new CheckBox(messages.text("plex.register.agent"));
        agent.setId("create-agent");
        agent.selectedProperty().bindBidirectional(model.createAgent());
        Button register = new Button(messages.text("plex.register"));
        register.setId("register");
        register.getStyleClass().add("primary");
        register.disableProperty().bind(model.canRegister().not());
        register.setOnAction(event -> model.register());
        return card(messages.text("plex.section.register"), agent, action(register, "register-result", model.registered()));
    }

    /** A button, a spinner while its call runs, and its result coloured by tone. */
    static HBox action(Node button, String resultId, ReadOnlyObjectProperty<Outcome> outcome) {
        Label result = message(resultId, "result");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.managedProperty().bind(spinner.visibleProperty());
        outcome.subscribe(now -> {
            result.setText(now.text());
            for (String tone : TONES) {
                result.pseudoClassStateChanged(PseudoClass.getPseudoClass(tone), tone.equals(now.tone().name().toLowerCase(Locale.ROOT)));
            }
            spinner.setVisible(now.tone() == Outcome.Tone.INFO && !now.text().isEmpty());
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        if (button instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(10, button, spinner, result);
        row.getStyleClass().add("action-row");
        return row;
    }

    private VBox bottomBar() {
        Button closeButton = new Button(messages.text("plex.close"));
        closeButton.setId("close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        VBox bar = new VBox(closeButton);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }

    static VBox card(String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox card = new VBox(8, heading);
        card.getChildren().addAll(children);
        card.getStyleClass().add("card");
        return card;
    }

    static Label message(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** A message that takes no room while it has nothing to say. */
    static Label collapsing(String id, String styleClass) {
        Label label = message(id, styleClass);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
