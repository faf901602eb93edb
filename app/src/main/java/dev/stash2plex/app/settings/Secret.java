package dev.stash2plex.app.settings;

import java.util.Objects;

/**
 * A secret setting (Stash API key, Plex token). Its {@link #toString()} never shows the value, so a
 * record holding it can be logged or put in an exception message without leaking it; code that
 * really needs the text asks for {@link #reveal()}.
 */
public record Secret(String value) {

    public static final Secret NONE = new Secret("");
    /** What a secret looks like in a message. */
    public static final String MASK = "***";

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * The text with this secret masked wherever it occurs: for a message that may echo it (an HTTP
     * library quoting a header value it refused, say) before it is shown or logged.
     */
    public String redact(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        String masked = text.replace(value, MASK);
        String stripped = value.strip();
        return stripped.isEmpty() ? masked : masked.replace(stripped, MASK);
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "(empty)" : "(secret)";
    }
}
