package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.model.structure.DataField;
import com.dlsc.formsfx.model.structure.StringField;
import com.dlsc.formsfx.view.renderer.FormRenderer;
import dev.stash2plex.app.look.WindowLayout;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.tray.DetailsDialog;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings window's nodes, built in code: a header that says what to do, the FormsFX forms with
 * a message under each field, "Test connection" under the Stash fields, the path rules, and a bottom
 * bar with the status and Save. All behaviour is in {@link SettingsFormModel}.
 */
final class SettingsView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

    private final SettingsFormModel model;
    private final UserMessages messages;
    private final Runnable openPlex;

    SettingsView(SettingsFormModel model, UserMessages messages, Runnable openPlex) {
        this.model = model;
        this.messages = messages;
        this.openPlex = openPlex;
    }

    Parent build() {
        SettingsForm form = model.form();
        form.stashUrl.render(new QuietControls.Text());
        form.plexUrl.render(new QuietControls.Text());
        form.port.render(new QuietControls.Number());
        form.apiKey.render(secret());
        form.plexToken.render(secret());
        for (DataField<?, ?, ?> field : new DataField<?, ?, ?>[] {form.apiKey, form.plexToken, form.port}) {
            field.valueDescription(FieldMessage.under(field));
        }
        for (StringField address : new StringField[] {form.stashUrl, form.plexUrl}) {
            address.valueDescription(new VBox(2, FieldMessage.under(address),
                    DockerNote.under(address, messages.text("settings.url.dockerNote"))));
        }
        return WindowLayout.frame(header(), new VBox(providerRow(), bottomBar()), "settings-root", SettingsView.class.getResource("settings.css"),
                new FormRenderer(form.stash), connectionRow(), new FormRenderer(form.others),
                new PathRulesView(model.rules(), messages).build(), startAtLoginRow());
    }

    private SecretControl secret() {
        return new SecretControl(messages.text("settings.secret.show"), messages.text("settings.secret.hide"),
                label -> messages.text("settings.secret.show.accessible", plain(label)),
                label -> messages.text("settings.secret.hide.accessible", plain(label)));
    }

    /** A field's label as words: without the "required" star. */
    private static String plain(String label) {
        return label.replace("*", "").strip();
    }

    private VBox header() {
        boolean firstRun = model.firstRun();
        return WindowLayout.header("header-title",
                messages.text(firstRun ? "settings.header.firstRun" : "settings.header.again"),
                messages.text(firstRun ? "settings.header.firstRun.detail" : "settings.header.again.detail"));
    }

    private HBox connectionRow() {
        Button test = new Button(messages.text("settings.connection.test"));
        test.setId("test-connection");
        test.disableProperty().bind(model.connectionTest().canRun().not());
        test.setOnAction(event -> model.connectionTest().run());
        // A button keeps its whole label however narrow the window gets ("Test con…" helped nobody).
        test.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setAccessibleText(messages.text("settings.connection.checking"));
        spinner.visibleProperty().bind(model.connectionTest().checking());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("connection-result");
        result.setWrapText(true);
        result.getStyleClass().add("connection-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            ConnectionResult outcome = model.connectionTest().connection().get();
            if (model.connectionTest().checking().get()) {
                return messages.text("settings.connection.checking");
            }
            return outcome == null ? "" : new ConnectionText(messages).describe(outcome, model.connectionTest().plexHere().get(), model.connectionTest().plexAsked().get());
        }, model.connectionTest().connection(), model.connectionTest().checking()));
        // The model sets the Plex answer before the Stash one: both are there when the result changes.
        model.connectionTest().connection().subscribe(outcome -> {
            boolean good = outcome != null && ConnectionText.good(outcome, model.connectionTest().plexHere().get());
            result.pseudoClassStateChanged(SUCCESS, good);
            result.pseudoClassStateChanged(ERROR, outcome != null && !good);
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, test, spinner, result);
        row.getStyleClass().add("connection-row");
        return row;
    }

    /** "Start Stash2Plex when I log in": applied on Save; disabled, with the reason, when not installed. */
    private VBox startAtLoginRow() {
        CheckBox startAtLogin = new CheckBox(messages.text("settings.startAtLogin"));
        startAtLogin.setId("start-at-login");
        startAtLogin.selectedProperty().bindBidirectional(model.startAtLogin());
        startAtLogin.setDisable(!model.startAtLoginAvailable());
        VBox row = new VBox(4, startAtLogin);
        if (!model.startAtLoginAvailable()) {
            Label why = new Label(messages.text("settings.startAtLogin.unavailable"));
            why.getStyleClass().add("header-detail");
            why.setWrapText(true);
            row.getChildren().add(why);
        }
        row.getStyleClass().add("start-at-login-row");
        return row;
    }

    /**
     * The provider's status after Save: its sentence (build progress while it builds), a failure's fix as a
     * button, and "Details…" for the technical text. Hidden while there is nothing to say.
     */
    private HBox providerRow() {
        ProviderStatusLine provider = model.provider();
        Label sentence = new Label();
        sentence.setId("provider-status");
        sentence.setWrapText(true);
        sentence.getStyleClass().add("status");
        sentence.textProperty().bind(provider.sentence());
        provider.problem().subscribe(problem -> sentence.pseudoClassStateChanged(ERROR, problem));
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        Button fix = new Button();
        fix.setId("provider-fix");
        fix.textProperty().bind(provider.fixLabel());
        fix.setOnAction(event -> provider.fix());
        Hyperlink details = new Hyperlink(messages.text("status.action.details"));
        details.setId("provider-details");
        details.setOnAction(event -> new DetailsDialog(messages).show(provider.details().get()));
        // A button keeps its whole label however long the sentence beside it.
        fix.setMinWidth(Region.USE_PREF_SIZE);
        details.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, sentence, fix, details);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setPadding(new javafx.geometry.Insets(8, 16, 0, 16));
        shownWhen(fix, provider.fixLabel().isNotEmpty());
        shownWhen(details, provider.details().isNotEmpty());
        shownWhen(row, provider.sentence().isNotEmpty());
        row.getStyleClass().add("provider-row");
        return row;
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private HBox bottomBar() {
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.when(model.canSave().or(model.saving()).or(model.status().isNotEmpty()))
                .then(model.status()).otherwise(messages.text("settings.invalid")));
        status.pseudoClassStateChanged(ERROR, model.statusIsError().get());
        model.statusIsError().subscribe(error -> status.pseudoClassStateChanged(ERROR, error));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(messages.text("settings.save"));
        save.setId("save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(event -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, status, save);
        if (openPlex != null) {
            Button plex = new Button(messages.text("plex.open"));
            plex.setId("open-plex");
            plex.setOnAction(event -> openPlex.run());
            plex.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().addFirst(plex);
        }
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }
}
