package dev.stash2plex.provider.config;

import dev.stash2plex.core.secrets.SecretText;
import dev.stash2plex.core.settings.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings that reach Stash and Plex (their URLs, the API key and the token), validated; each problem
 * is noted with its origin, and a message never shows a credential, not even one pasted into a URL.
 */
final class ConnectionSettings {

    private final Function<Setting, RawValue> raw;
    private final List<String> problems;

    ConnectionSettings(Function<Setting, RawValue> raw, List<String> problems) {
        this.raw = raw;
        this.problems = problems;
    }

    /**
     * A key or token: trimmed, and only visible ASCII, because it is sent as an HTTP header and an
     * invisible character pasted along with it would make every request fail (see {@link SecretText}).
     */
    String secret(Setting setting) {
        RawValue value = raw.apply(setting);
        if (value.text() == null) {
            if (value.node() != null) {
                problems.add(value.origin() + " must be a single text value, not a list or mapping");
            }
            return "";
        }
        String text = SecretText.trimmed(value.text());
        SecretText.problem(text).ifPresent(problem -> problems.add(value.origin() + " " + problem + "; " + pasteAgain(setting)));
        return text;
    }

    private static String pasteAgain(Setting setting) {
        return setting == Setting.PLEX_TOKEN
                ? "copy the token again (Plex Web: an item's Get Info > View XML, X-Plex-Token in the address)"
                : "paste the key again from Stash > Settings > Security > API Key";
    }

    Optional<URI> httpUrl(Setting setting) {
        RawValue value = raw.apply(setting);
        if (value.text() == null || value.text().isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.text().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException ignored) {
            // reported below, with the origin of the value
        }
        if (value.text().contains("?") || value.text().contains("#")) {
            // Typically http://stash:9999/?apikey=…, copied from a browser: a key must not end up in a URL.
            problems.add(value.origin() + " must not carry a query or fragment (such as ?apikey= and a key); keys and tokens go in"
                    + " their own settings (S2P_STASH_API_KEY, S2P_PLEX_TOKEN), which are sent only in headers" + shownUrl(value));
        } else {
            problems.add(value.origin() + " must be an http:// or https:// URL with a host, such as http://192.168.1.20:9999"
                    + shownUrl(value));
        }
        return Optional.empty();
    }

    /** A URL for a message: without its query, fragment and user info, which may all carry credentials. */
    private static String shownUrl(RawValue value) {
        String url = value.text().strip();
        int cut = url.length();
        for (char end : new char[] {'?', '#'}) {
            int at = url.indexOf(end);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        url = url.substring(0, cut).replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
        return " (got \"" + url + (cut < value.text().strip().length() ? "?…" : "") + "\")";
    }
}
