package dev.stash2plex.app.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address as the user typed it, seen from this computer and from the provider's container. The
 * user copies the address from the browser ({@code http://localhost:9999}); inside the container
 * {@code localhost} is the container itself, and this computer is {@code host.docker.internal} (the
 * app maps it to the host gateway). So the user's file keeps what they typed and the container gets
 * {@link #forContainer}; the app itself, on this computer, cannot resolve {@code host.docker.internal}
 * on Linux, so it asks {@link #forThisComputer} instead.
 */
public final class ThisComputerAddress {

    /** The name the provider's container has for this computer ({@code --add-host …:host-gateway}). */
    public static final String DOCKER_HOST = "host.docker.internal";

    /** Scheme and the authority's parts, so everything but the host is handed on byte for byte. */
    private static final Pattern URL = Pattern.compile("^(\\s*[A-Za-z][A-Za-z0-9+.-]*://)([^/@?#]*@)?(\\[[^\\]]*]|[^:/?#]*)(.*)$",
            Pattern.DOTALL);

    private ThisComputerAddress() {
    }

    /** True when the address names this computer's loopback: {@code localhost}, {@code 127.x.y.z} or {@code [::1]}. */
    public static boolean isLoopback(String url) {
        return host(url).map(ThisComputerAddress::loopbackHost).orElse(false);
    }

    /** True when the provider's container reaches the address through the host gateway: loopback or {@code host.docker.internal}. */
    public static boolean viaHostGateway(String url) {
        return host(url).map(host -> loopbackHost(host) || host.equalsIgnoreCase(DOCKER_HOST)).orElse(false);
    }

    /** The address for the container: a loopback host becomes {@code host.docker.internal}; scheme, port and path stay. */
    public static String forContainer(String url) {
        return isLoopback(url) ? withHost(url, DOCKER_HOST) : url;
    }

    /** The address for this computer: {@code host.docker.internal} becomes {@code localhost}; anything else stays. */
    public static String forThisComputer(String url) {
        return host(url).filter(DOCKER_HOST::equalsIgnoreCase).isPresent() ? withHost(url, "localhost") : url;
    }

    private static boolean loopbackHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.equals("[::1]") || lower.matches("127(\\.\\d{1,3}){3}");
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = URL.matcher(url);
        return matcher.matches() ? Optional.of(matcher.group(3)).filter(host -> !host.isEmpty()) : Optional.empty();
    }

    private static String withHost(String url, String host) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            return url;
        }
        String userInfo = matcher.group(2) == null ? "" : matcher.group(2);
        return matcher.group(1) + userInfo + host + matcher.group(4);
    }
}
