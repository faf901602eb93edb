package dev.stash2plex.app.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a user reads, from {@code messages.properties}, by key. This package is at the bottom:
 * it knows no feature. Each feature turns its own results and exceptions into text with these keys
 * ({@code health.StatusText}, {@code settings.SettingsText}, {@code plex.PlexText}, …), so the text's
 * logic lives with the feature and nothing here ever receives a secret.
 */
public final class UserMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public UserMessages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale();
    }

    public static UserMessages forLocale(Locale locale) {
        return new UserMessages(ResourceBundle.getBundle("dev.stash2plex.app.messages", locale));
    }

    /** The language the words are in, for numbers and times written beside them. */
    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
