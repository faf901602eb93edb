package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.core.settings.Setting;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form's working copy of the scalar settings as JavaFX properties (FormsFX binds to these); the
 * saved {@link AppSettings} record is never edited, a new one is made from these on save. The Plex address's
 * default is shown as the field's placeholder: an empty field is saved as the default, so a saved file reads
 * the same whichever way it was written.
 */
final class SettingsValues {

    /** Plex on this computer, as the provider's container reaches it: the field's placeholder. */
    static final String DEFAULT_PLEX_URL = Setting.PLEX_URL.defaultValue();

    final StringProperty stashUrl = new SimpleStringProperty("");
    final StringProperty apiKey = new SimpleStringProperty("");
    final StringProperty plexUrl = new SimpleStringProperty("");
    final StringProperty plexToken = new SimpleStringProperty("");
    final IntegerProperty port = new SimpleIntegerProperty();
    final ObjectProperty<LogLevel> logLevel = new SimpleObjectProperty<>();

    void load(AppSettings settings) {
        stashUrl.set(settings.stashUrl());
        apiKey.set(settings.stashApiKey().reveal());
        // The default address is the field's placeholder, not a value: an empty field means "the default".
        plexUrl.set(settings.plexUrl().strip().equals(DEFAULT_PLEX_URL) ? "" : settings.plexUrl());
        plexToken.set(settings.plexToken().reveal());
        port.set(settings.providerPort());
        logLevel.set(settings.logLevel());
    }

    /**
     * The Plex address "Test connection" asks: what the user entered; with the field empty, the default only when
     * a Plex token says Plex is used at all; otherwise none (blank), so a form nobody told about Plex reports
     * nothing about it.
     */
    String plexUrlToCheck() {
        if (!plexUrl.get().isBlank()) {
            return plexUrl.get().strip();
        }
        return plexToken.get().isBlank() ? "" : DEFAULT_PLEX_URL;
    }

    /** A new record from {@code base} with the values in the form; surrounding spaces are pasting accidents. */
    AppSettings applyTo(AppSettings base) {
        return base.withStash(stashUrl.get().strip(), new Secret(apiKey.get().strip()))
                .withPlex(plexUrl.get().isBlank() ? DEFAULT_PLEX_URL : plexUrl.get().strip(), new Secret(plexToken.get().strip()))
                .withProvider(port.get(), logLevel.get());
    }
}
