package dev.stash2plex.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Stash API key and the shapes a paste gives it in real life, for tests that search every
 * output for it. The key is obviously not a real one; it has {@code /}, {@code +} and {@code =} so its
 * URL-encoded form differs from it.
 */
public final class KeyShapes {

    public static final String KEY = "fake-key/NOT-REAL+0042=";

    /** Each bad shape by name; the invisible characters sit at known positions (1-based) of the trimmed value. */
    public static final Map<String, String> BAD = shapes();

    private static final Pattern VISIBLE_RUN = Pattern.compile("[\\x21-\\x7E]{8,}");
    private static final int WINDOW = 12;

    private KeyShapes() {
    }

    private static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("zero-width space", "fake-key/NOT-\u200BREAL+0042=");
        shapes.put("byte order mark", "\uFEFFfake-key/NOT-REAL+0042=");
        shapes.put("line break inside", "fake-key/NOT-REAL\r\n+0042=");
        shapes.put("smart quotes", "\u201Cfake-key/NOT-REAL+0042=\u201D");
        shapes.put("DEL", "fake-key/NOT-REAL\u007F+0042=");
        shapes.put("space inside", "fake-key/NOT-REAL +0042=");
        return Map.copyOf(shapes);
    }

    /** The key as it appears in a URL query. */
    public static String urlEncoded(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /**
     * Fails when {@code output} shows the key or any shape of it, even in part: any {@value #WINDOW}
     * consecutive visible characters of the key or of a shape (a shorter piece between invisible
     * characters: the whole piece, from eight characters on), as is or URL-encoded, in any letter case.
     */
    public static void assertHidden(String what, String output) {
        String lower = output.toLowerCase();
        for (String fragment : fragments()) {
            assertThat(lower).as(what + " must not show the key (fragment \"" + fragment + "\")")
                    .doesNotContain(fragment.toLowerCase());
        }
    }

    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>();
        List<String> all = new ArrayList<>(BAD.values());
        all.add(KEY);
        for (String shape : all) {
            for (String form : List.of(shape, urlEncoded(shape.strip()))) {
                Matcher runs = VISIBLE_RUN.matcher(form);
                while (runs.find()) {
                    String run = runs.group();
                    for (int i = 0; i + WINDOW <= run.length() || i == 0; i++) {
                        fragments.add(run.substring(i, Math.min(run.length(), i + WINDOW)));
                    }
                }
            }
        }
        return fragments;
    }
}
