package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.account.PlexResource;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The signed-in part of the Plex window, plain controls only (the app's theme styles them): the
 * "Sign in with Plex" card, and in the server card the account's servers to pick from.
 */
final class AccountView {

    private final SignInModel signIn;
    private final ServerModel servers;
    private final LanModel lan;
    private final UserMessages messages;

    AccountView(SignInModel signIn, ServerModel servers, LanModel lan, UserMessages messages) {
        this.signIn = signIn;
        this.servers = servers;
        this.lan = lan;
        this.messages = messages;
    }

    Node signInCard() {
        Label status = PlexView.message("signin-status", "step-detail");
        status.textProperty().bind(Bindings.when(signIn.signedIn()).then(messages.text("plex.signIn.signedIn"))
                .otherwise(messages.text("plex.signIn.detail")));
        Button start = button("sign-in", "plex.signIn", signIn::signIn);
        start.getStyleClass().add("primary");
        start.disableProperty().bind(signIn.waiting());
        Button cancel = button("cancel-sign-in", "plex.signIn.cancel", signIn::cancel);
        showOnly(cancel, signIn.waiting());
        Button signOut = button("sign-out", "plex.signOut", signIn::signOut);
        showOnly(signOut, signIn.signedIn().and(signIn.waiting().not()));
        HBox row = PlexView.action(new HBox(8, start, cancel, signOut), "signin-result", signIn.outcome());
        return PlexView.card(messages.text("plex.section.signIn"), status, row);
    }

    /** "Find servers" and the account's servers; shown while signed in. */
    Node serverPicker() {
        Button find = button("find-servers", "plex.servers.find", servers::find);
        find.disableProperty().bind(servers.busy());
        VBox list = new VBox(4);
        list.setId("server-list");
        ToggleGroup group = new ToggleGroup();
        servers.servers().subscribe(() -> {
            list.getChildren().clear();
            group.getToggles().clear();
            for (int i = 0; i < servers.servers().size(); i++) {
                PlexResource server = servers.servers().get(i);
                RadioButton choice = new RadioButton(server.owned() ? server.name()
                        : messages.text("plex.servers.shared", server.name()));
                choice.setId("server-" + i);
                choice.setToggleGroup(group);
                choice.setOnAction(event -> servers.choose(server));
                list.getChildren().add(choice);
            }
        });
        servers.chosen().subscribe(found -> found.ifPresent(f -> {
            int index = servers.servers().indexOf(f.resource());
            if (index >= 0 && index < group.getToggles().size()) {
                group.selectToggle(group.getToggles().get(index));
            }
        }));
        VBox picker = new VBox(8, PlexView.action(find, "servers-result", servers.outcome()), list);
        picker.setId("server-picker");
        showOnly(picker, signIn.signedIn());
        return picker;
    }

    /** "Look on my network" and the servers that answered; shown while not signed in. */
    Node lanPicker() {
        Button look = button("look-on-network", "plex.lan.look", lan::look);
        look.disableProperty().bind(lan.busy());
        VBox list = new VBox(4);
        list.setId("lan-list");
        ToggleGroup group = new ToggleGroup();
        lan.servers().subscribe(() -> {
            list.getChildren().clear();
            group.getToggles().clear();
            for (int i = 0; i < lan.servers().size(); i++) {
                var server = lan.servers().get(i);
                RadioButton choice = new RadioButton(messages.text("plex.lan.server", server.name(), server.url().toString(),
                        server.version()));
                choice.setId("lan-" + i);
                choice.setToggleGroup(group);
                choice.setOnAction(event -> lan.choose(server));
                list.getChildren().add(choice);
            }
        });
        VBox picker = new VBox(8, PlexView.action(look, "lan-result", lan.outcome()), list);
        picker.setId("lan-picker");
        showOnly(picker, signIn.signedIn().not());
        return picker;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.text(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void showOnly(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
