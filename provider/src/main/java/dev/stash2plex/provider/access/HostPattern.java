package dev.stash2plex.provider.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One host name the provider answers to: an exact name ({@code nas.example.lan}) or every name below
 * a domain ({@code *.example.lan}). Names compare case-insensitively and without a trailing dot.
 *
 * @param name the name in lower case, without the {@code *.} of a wildcard
 * @param wildcard true for {@code *.name}: any name ending in {@code .name}, not {@code name} itself
 */
public record HostPattern(String name, boolean wildcard) {

    /**
     * Letters, digits, dots and hyphens: the names a URL can carry and an image URL may echo
     * (underscores are not valid in host names, and {@code ImageUrls} would not echo them).
     */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}$");

    /** Whether {@code host} (normalized) is a syntactically valid host name at all. */
    static boolean isHostName(String host) {
        return NAME.matcher(host).matches();
    }

    public boolean matches(String host) {
        return wildcard ? host.endsWith("." + name) : host.equals(name);
    }

    @Override
    public String toString() {
        return wildcard ? "*." + name : name;
    }

    /** {@code *.example.lan} or {@code nas.example.lan}, in any case, with or without a port (ignored). */
    public static HostPattern parse(String entry) {
        String text = PORT.matcher(entry.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        boolean wildcard = text.startsWith("*.");
        String name = normalize(wildcard ? text.substring(2) : text);
        if (!isHostName(name)) {
            throw new IllegalArgumentException("entry \"" + entry.strip() + "\" is not a host name"
                    + " (letters, digits, dots and hyphens, optionally starting with *. for every name below a domain)");
        }
        return new HostPattern(name, wildcard);
    }

    /**
     * {@code S2P_ALLOWED_HOSTS}: a comma-separated list of {@link #parse} entries. Blank means none. An
     * IP address in the list is skipped: every IP-literal Host is accepted anyway.
     *
     * @throws IllegalArgumentException naming the entry that is not a host name
     */
    public static List<HostPattern> parseList(String text) {
        List<HostPattern> patterns = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return patterns;
        }
        for (String entry : text.split(",")) {
            if (!entry.isBlank() && !HostHeader.isIpLiteral(HostHeader.hostOf(entry))) {
                patterns.add(parse(entry));
            }
        }
        return List.copyOf(patterns);
    }

    /** Lower case and without the trailing dot of a fully qualified name ({@code nas.local.} is {@code nas.local}). */
    static String normalize(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
