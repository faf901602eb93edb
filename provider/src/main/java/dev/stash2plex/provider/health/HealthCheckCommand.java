package dev.stash2plex.provider.health;

import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.config.ConfigException;
import dev.stash2plex.provider.config.ConfigLoader;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The container's {@code HEALTHCHECK}: asks the provider in the same container for
 * {@code GET /health} and exits 0 on HTTP 200, 1 otherwise, with one line for {@code docker inspect}.
 * The runtime image has no curl or wget, so this runs in its own short-lived JVM:
 * {@code java -cp /app/provider.jar dev.stash2plex.provider.health.HealthCheckCommand}.
 * It reads the port through the provider's own configuration loader, so a port set only in
 * {@code provider.yml} is found too.
 */
final class HealthCheckCommand {

    static final int TIMEOUT_MILLIS = 3_000;

    private HealthCheckCommand() {
    }

    static void main(String[] args) {
        OptionalInt port = port(System.getenv());
        System.exit(port.isPresent() && check(port.getAsInt()) ? 0 : 1);
    }

    /**
     * The port the provider listens on, read the way the provider reads it (environment over
     * {@code provider.yml} over the default); empty, with a line printed, when the configuration
     * cannot be used — the provider then is not running either.
     */
    static OptionalInt port(Map<String, String> environment) {
        // The environment wins over provider.yml in the loader too, and compose and the desktop app always
        // set the port there: then the check needs neither the YAML parser nor the validation, which were
        // four fifths of its CPU (0.4 s against 0.08 s a check; docs/benchmarks.md).
        OptionalInt fromEnvironment = validPort(environment.get(Setting.PROVIDER_PORT.envName()));
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        try {
            return OptionalInt.of(new ConfigLoader(environment).load().providerPort());
        } catch (ConfigException e) {
            System.out.println("unhealthy: " + e.getMessage());
            return OptionalInt.empty();
        }
    }

    /** The port when the text is one (1–65535, blanks around it allowed); empty for anything else, which the loader then explains. */
    private static OptionalInt validPort(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Prints one line saying what it found; true when the provider answered 200. */
    static boolean check(int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/health");
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            System.out.println((status == 200 ? "healthy: " : "unhealthy: ") + uri + " answered HTTP " + status);
            return status == 200;
        } catch (IOException e) {
            System.out.println("unhealthy: " + uri + " did not answer (" + e + ")");
            return false;
        }
    }
}
