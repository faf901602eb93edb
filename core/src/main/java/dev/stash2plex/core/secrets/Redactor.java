package dev.stash2plex.core.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one redaction rule: every text that leaves the provider (log line, error answer, {@code /health}
 * field, start-up banner, exit message) can pass through it. It replaces
 * <ul>
 *   <li>the value of a credential-like URL parameter or header ({@code ?apikey=…}, {@code X-Plex-Token=…},
 *       {@code ApiKey: …}), whatever it is, so a key is hidden even before it is known;</li>
 *   <li>each known secret as it is, trimmed, URL-encoded, and with any invisible or non-ASCII
 *       characters left out — a key pasted with a zero-width space is still that key to a reader;</li>
 *   <li>every run of at least {@value #MIN_FRAGMENT} visible characters of a secret that has invisible
 *       characters or line breaks in it, because such a key is often printed in pieces.</li>
 * </ul>
 * Each secret becomes its label ({@link #API_KEY}, {@link #PLEX_TOKEN}), so a reader still sees which
 * credential was involved. Immutable; {@link #and} combines two rules.
 */
public final class Redactor {

    /** What a credential-like parameter's value becomes. */
    public static final String MASK = "<redacted>";
    /** What the Stash API key becomes, wherever it appears. */
    public static final String API_KEY = "<api key>";
    /** What the Plex token becomes. */
    public static final String PLEX_TOKEN = "<plex token>";
    public static final String ADMIN_TOKEN = "<admin token>";
    /** Shorter values are not treated as secrets: masking "ab" everywhere would wreck every message. */
    static final int MIN_SECRET = 4;
    static final int MIN_FRAGMENT = 8;

    /** {@code ?apikey=…}, {@code &token=…}, {@code X-Plex-Token=…}, {@code S2P_STASH_API_KEY=…}: the value, whatever it is. */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)((?:[?&;](?:token|access_token)|\\b[\\w-]*(?:api_?key|plex[_-]token))=)(?!<)[^&#\\s\"'<>]+");
    /** {@code ApiKey: …} as a header is printed, or {@code "ApiKey":"…"} in JSON. */
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile(
            "(?i)\\b((?:apikey|x-plex-token)\"?\\s*:\\s*\"?)(?!<)[^\\s\",;}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[^\\x21-\\x7E]");
    private static final Pattern VISIBLE_RUN = Pattern.compile("[\\x21-\\x7E]{" + MIN_FRAGMENT + ",}");

    /** Redacts only credential-like parameters; for code that has no secrets (yet). */
    public static final Redactor NONE = new Redactor(Map.of());

    /** Secret → what it becomes. */
    private final Map<String, String> secrets;
    /** Each secret's forms as one pattern, longest secrets first so a secret inside another cannot split it. */
    private final List<Map.Entry<Pattern, String>> rules;

    private Redactor(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
        this.rules = secrets.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .map(e -> Map.entry(pattern(formsOf(e.getKey())), e.getValue()))
                .toList();
    }

    /** A rule hiding {@code secret} behind {@code label}; a null, blank or very short value hides nothing. */
    public static Redactor secret(String secret, String label) {
        return secret == null || secret.strip().length() < MIN_SECRET ? NONE : new Redactor(Map.of(secret, label));
    }

    /** A rule hiding each of these values behind {@link #MASK}, for values whose role is unknown. */
    public static Redactor of(Collection<String> secrets) {
        Redactor rule = NONE;
        for (String secret : secrets) {
            rule = rule.and(secret(secret, MASK));
        }
        return rule;
    }

    /** A rule that hides the secrets of both. */
    public Redactor and(Redactor other) {
        if (other.secrets.isEmpty() || secrets.entrySet().containsAll(other.secrets.entrySet())) {
            return this;
        }
        Map<String, String> union = new LinkedHashMap<>(other.secrets);
        union.putAll(secrets);
        return new Redactor(union);
    }

    /** The text with every secret and every credential-like value replaced; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (Map.Entry<Pattern, String> rule : rules) {
            redacted = rule.getKey().matcher(redacted).replaceAll(Matcher.quoteReplacement(rule.getValue()));
        }
        redacted = CREDENTIAL_PARAMETER.matcher(redacted).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return CREDENTIAL_HEADER.matcher(redacted).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    private static Pattern pattern(Set<String> forms) {
        return Pattern.compile(forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    private static Set<String> formsOf(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        String trimmed = secret.strip();
        forms.add(secret);
        forms.add(trimmed);
        String encoded = URLEncoder.encode(trimmed, StandardCharsets.UTF_8);
        forms.add(encoded);
        forms.add(encoded.replace("+", "%20"));
        String visible = INVISIBLE.matcher(trimmed).replaceAll("");
        if (!visible.equals(trimmed)) {
            forms.add(visible);
            Matcher runs = VISIBLE_RUN.matcher(trimmed);
            while (runs.find()) {
                forms.add(runs.group());
            }
        }
        forms.removeIf(form -> form.strip().length() < MIN_SECRET);
        return forms;
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secrets]";
    }
}
