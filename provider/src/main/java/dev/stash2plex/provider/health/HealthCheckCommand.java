package dev.stash2plex.provider.health;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's {@code HEALTHCHECK}: asks the provider in the same container for
 * {@code GET /health} and exits 0 on HTTP 200, 1 otherwise, with one line for {@code docker inspect}.
 * The runtime image has no curl or wget, so this runs in its own short-lived JVM:
 * {@code java -cp /app/provider.jar dev.stash2plex.provider.health.HealthCheckCommand}.
 * It uses only {@code java.base} and never touches the provider's libraries, so it starts fast.
 */
final class HealthCheckCommand {

    static final int DEFAULT_PORT = 9090;
    static final int TIMEOUT_MILLIS = 3_000;

    private HealthCheckCommand() {
    }

    static void main(String[] args) {
        System.exit(check(System.getenv("S2P_PROVIDER_PORT")) ? 0 : 1);
    }

    /** Prints one line saying what it found; true when the provider answered 200. */
    static boolean check(String portSetting) {
        int port;
        try {
            port = port(portSetting);
        } catch (IllegalArgumentException e) {
            System.out.println("unhealthy: " + e.getMessage());
            return false;
        }
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

    /** S2P_PROVIDER_PORT as the provider reads it: unset or blank means the default. */
    static int port(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(setting.strip());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("S2P_PROVIDER_PORT is not a port number: " + setting.strip());
    }
}
