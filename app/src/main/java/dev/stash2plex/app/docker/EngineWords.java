package dev.stash2plex.app.docker;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own words for the failures a user can act on, read once into an {@link EngineProblem}.
 * Docker has no error codes for these, only text (the same on Docker Engine, Docker Desktop and Podman's
 * compatible API, which copies it); this is the one class that reads that text, so everything past the
 * {@code docker} package works on the typed problem.
 */
final class EngineWords {

    /** {@code Bind for 0.0.0.0:9090 failed: port is already allocated} (another container holds it),
     * {@code listen tcp4 0.0.0.0:9090: bind: address already in use} (another program does), and Docker
     * Desktop's {@code Ports are not available: exposing port TCP 0.0.0.0:9090 -> …}. */
    private static final Pattern PORT = Pattern.compile(
            "(?:Bind for|listen tcp[46]?|exposing port TCP) \\[?[0-9a-fA-F.:]*]?:(\\d{1,5})\\b");
    private static final Pattern PORT_TAKEN = Pattern.compile(
            "port is already allocated|address already in use|Ports are not available|only one usage of each socket address",
            Pattern.CASE_INSENSITIVE);
    /** {@code Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io …: no such host}. */
    private static final Pattern REGISTRY_URL = Pattern.compile("Get \"?https?://([^/\"\\s]+)");
    private static final Pattern LOOKUP = Pattern.compile("lookup ([^\\s:]+)");
    private static final Pattern UNREACHABLE = Pattern.compile(
            "no such host|i/o timeout|connection refused|network is unreachable|TLS handshake timeout"
                    + "|Client\\.Timeout exceeded|temporary failure in name resolution|no route to host",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_IN_REGISTRY = Pattern.compile(
            "pull access denied|repository does not exist|manifest unknown|manifest for \\S+ not found|not found: manifest",
            Pattern.CASE_INSENSITIVE);

    private EngineWords() {
    }

    /** What a failed container call (create, start) means, from the engine's message. */
    static EngineProblem container(String said) {
        return diskFull(said).or(() -> portInUse(said)).orElseGet(EngineProblem.Unclassified::new);
    }

    /**
     * What a failed build means, from the builder's error.
     *
     * @param image the image the build was fetching when it failed ({@code FROM}), or empty when not known
     */
    static EngineProblem build(String said, String image) {
        Optional<EngineProblem> disk = diskFull(said);
        if (disk.isPresent()) {
            return disk.get();
        }
        if (NOT_IN_REGISTRY.matcher(said).find()) {
            return new EngineProblem.ImageUnavailable(image);
        }
        if (UNREACHABLE.matcher(said).find() && (REGISTRY_URL.matcher(said).find() || LOOKUP.matcher(said).find())) {
            return new EngineProblem.RegistryUnreachable(image, registry(said));
        }
        return new EngineProblem.Unclassified();
    }

    /** Whether a socket refused us for want of permission ({@code EACCES}, Windows' {@code Access is denied}). */
    static boolean permissionDenied(String said) {
        String text = said.toLowerCase(Locale.ROOT);
        return text.contains("permission denied") || text.contains("access is denied") || text.contains("accessdenied");
    }

    /** Windows' answer for a named pipe nobody serves ({@code ERROR_FILE_NOT_FOUND}). */
    static boolean noSuchPipe(String said) {
        String text = said.toLowerCase(Locale.ROOT);
        return text.contains("cannot find the file specified") || text.contains("filenotfoundexception");
    }

    private static Optional<EngineProblem> portInUse(String said) {
        Matcher port = PORT.matcher(said);
        if (PORT_TAKEN.matcher(said).find() && port.find()) {
            return Optional.of(new EngineProblem.PortInUse(Integer.parseInt(port.group(1))));
        }
        return Optional.empty();
    }

    private static Optional<EngineProblem> diskFull(String said) {
        return said.toLowerCase(Locale.ROOT).contains("no space left on device")
                ? Optional.of(new EngineProblem.DiskFull()) : Optional.empty();
    }

    private static String registry(String said) {
        Matcher url = REGISTRY_URL.matcher(said);
        if (url.find()) {
            return url.group(1);
        }
        Matcher lookup = LOOKUP.matcher(said);
        return lookup.find() ? lookup.group(1) : "";
    }
}
