package dev.stash2plex.provider.config;

/**
 * The configuration cannot be used. The message is the one line the provider prints before it exits
 * with code 1: it names every missing or invalid setting and never contains a secret value.
 */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
