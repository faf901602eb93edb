package dev.stash2plex.app.settings.form;

import com.dlsc.formsfx.model.structure.Field;
import com.dlsc.formsfx.model.structure.Form;
import com.dlsc.formsfx.model.structure.IntegerField;
import com.dlsc.formsfx.model.structure.PasswordField;
import com.dlsc.formsfx.model.structure.Section;
import com.dlsc.formsfx.model.structure.SingleSelectionField;
import com.dlsc.formsfx.model.structure.StringField;
import com.dlsc.formsfx.model.util.BindingMode;
import com.dlsc.formsfx.model.validators.CustomValidator;
import com.dlsc.formsfx.model.validators.IntegerRangeValidator;
import com.dlsc.formsfx.model.validators.Validator;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.FieldProblem;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.SettingsText;
import dev.stash2plex.app.settings.SettingsValidation;
import dev.stash2plex.app.settings.UnusableCharacter;
import dev.stash2plex.core.settings.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;

/**
 * The FormsFX model of the scalar settings: two forms (Stash, then Plex and provider) so the view can
 * put "Test connection" right under the Stash fields. Fields are bound continuously to the
 * {@link SettingsValues}: a valid edit updates the value at once. The rules come from
 * {@link SettingsValidation}, one FormsFX validator per problem so each has its own message.
 */
final class SettingsForm {

    final StringField stashUrl;
    final PasswordField apiKey;
    final StringField plexUrl;
    final PasswordField plexToken;
    final IntegerField port;
    final SingleSelectionField<LogLevel> logLevel;
    final Form stash;
    final Form others;

    SettingsForm(SettingsValues values, UserMessages messages) {
        stashUrl = Field.ofStringType(values.stashUrl)
                .label(messages.text("settings.stashUrl.label"))
                .placeholder(messages.text("settings.stashUrl.placeholder"))
                .id("stash-url")
                .validate(checks(messages, text -> SettingsValidation.url(text, true), FieldProblem.URL_MISSING,
                        FieldProblem.URL_SPACES, FieldProblem.URL_SCHEME, FieldProblem.URL_HOST, FieldProblem.URL_PORT,
                        FieldProblem.URL_EXTRA, FieldProblem.NOT_STORABLE));
        apiKey = Field.ofPasswordType(values.apiKey)
                .label(messages.text("settings.apiKey.label"))
                .placeholder(messages.text("settings.apiKey.placeholder"))
                .id("stash-api-key")
                .validate(secretChecks(messages, Setting.STASH_API_KEY,
                        checks(messages, SettingsValidation::apiKey, FieldProblem.KEY_MISSING, FieldProblem.NOT_STORABLE)));
        plexUrl = Field.ofStringType(values.plexUrl)
                .label(messages.text("settings.plexUrl.label"))
                .placeholder(messages.text("settings.plexUrl.placeholder"))
                .id("plex-url")
                .validate(checks(messages, text -> SettingsValidation.url(text, false), FieldProblem.URL_SPACES,
                        FieldProblem.URL_SCHEME, FieldProblem.URL_HOST, FieldProblem.URL_PORT, FieldProblem.URL_EXTRA,
                        FieldProblem.NOT_STORABLE));
        plexToken = Field.ofPasswordType(values.plexToken)
                .label(messages.text("settings.plexToken.label"))
                .placeholder(messages.text("settings.plexToken.placeholder"))
                .id("plex-token")
                .validate(secretChecks(messages, Setting.PLEX_TOKEN,
                        checks(messages, SettingsValidation::optionalSecret, FieldProblem.NOT_STORABLE)));
        port = Field.ofIntegerType(values.port)
                .label(messages.text("settings.port.label"))
                .id("provider-port")
                .format(messages.text("settings.port.format"))
                .validate(IntegerRangeValidator.between(1, 65535, new SettingsText(messages).field(FieldProblem.PORT_RANGE)));
        logLevel = Field.ofSingleSelectionType(
                        new javafx.beans.property.SimpleListProperty<>(FXCollections.observableArrayList(LogLevel.values())),
                        values.logLevel)
                .label(messages.text("settings.logLevel.label"))
                .id("log-level");
        stash = Form.of(Section.of(stashUrl, apiKey).title(messages.text("settings.section.stash")))
                .binding(BindingMode.CONTINUOUS);
        others = Form.of(
                        Section.of(plexUrl, plexToken).title(messages.text("settings.section.plex")),
                        Section.of(port, logLevel).title(messages.text("settings.section.provider")))
                .binding(BindingMode.CONTINUOUS);
    }

    /** True while every field holds a value that can be saved. */
    BooleanBinding valid() {
        return stash.validProperty().and(others.validProperty());
    }

    /** True while the Stash URL and key are good enough to try a connection. */
    ReadOnlyBooleanProperty stashValid() {
        return stash.validProperty();
    }

    /** {@link #printableAscii} first, then the others. */
    @SuppressWarnings("unchecked")
    private static Validator<String>[] secretChecks(UserMessages messages, Setting secret, Validator<String>[] others) {
        List<Validator<String>> all = new ArrayList<>();
        all.add(printableAscii(messages, secret));
        all.addAll(List.of(others));
        return all.toArray(Validator[]::new);
    }

    /**
     * The key or token holds only what a key can (printable ASCII), else a message naming the
     * character and its position, never the value. FormsFX builds fail results only in its own
     * validators, hence one made for the message at hand.
     */
    private static Validator<String> printableAscii(UserMessages messages, Setting secret) {
        return text -> {
            Optional<UnusableCharacter> character = SettingsValidation.unusableCharacter(text);
            String message = character.map(found -> new SettingsText(messages).unusableCharacter(secret, found)).orElse("");
            return CustomValidator.<String>forPredicate(ignored -> character.isEmpty(), message).validate(text);
        };
    }

    @SuppressWarnings("unchecked")
    private static Validator<String>[] checks(UserMessages messages, Function<String, Optional<FieldProblem>> check,
                                              FieldProblem... problems) {
        List<Validator<String>> validators = Arrays.stream(problems)
                .<Validator<String>>map(problem -> CustomValidator.forPredicate(
                        (String text) -> !check.apply(text).equals(Optional.of(problem)), new SettingsText(messages).field(problem)))
                .toList();
        return validators.toArray(Validator[]::new);
    }
}
