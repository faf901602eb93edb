package dev.stash2plex.app.settings;

import java.util.Objects;

/**
 * A secret setting (Stash API key, Plex token). Its {@link #toString()} never shows the value, so a
 * record holding it can be logged or put in an exception message without leaking it; code that
 * really needs the text asks for {@link #reveal()}.
 */
public record Secret(String value) {

    public static final Secret NONE = new Secret("");

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "(empty)" : "(secret)";
    }
}
