package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form's working copy of the scalar settings as JavaFX properties (FormsFX binds to these); the
 * saved {@link AppSettings} record is never edited, a new one is made from these on save.
 */
final class SettingsValues {

    final StringProperty stashUrl = new SimpleStringProperty("");
    final StringProperty apiKey = new SimpleStringProperty("");
    final StringProperty plexUrl = new SimpleStringProperty("");
    final StringProperty plexToken = new SimpleStringProperty("");
    final IntegerProperty port = new SimpleIntegerProperty();
    final ObjectProperty<LogLevel> logLevel = new SimpleObjectProperty<>();

    void load(AppSettings settings) {
        stashUrl.set(settings.stashUrl());
        apiKey.set(settings.stashApiKey().reveal());
        plexUrl.set(settings.plexUrl());
        plexToken.set(settings.plexToken().reveal());
        port.set(settings.providerPort());
        logLevel.set(settings.logLevel());
    }

    /** A new record from {@code base} with the values in the form; surrounding spaces are pasting accidents. */
    AppSettings applyTo(AppSettings base) {
        return base.withStash(stashUrl.get().strip(), new Secret(apiKey.get().strip()))
                .withPlex(plexUrl.get().strip(), new Secret(plexToken.get().strip()))
                .withProvider(port.get(), logLevel.get());
    }
}
