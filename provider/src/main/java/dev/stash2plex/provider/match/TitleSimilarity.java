package dev.stash2plex.provider.match;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title comparison that ignores case, accents, punctuation and a trailing year. */
final class TitleSimilarity {

    /** "Film (1998)", "Film [1998]", "Film - 1998": Plex's scanner does not always move the year out. */
    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)[\\s._-]*[(\\[]?((?:19|20)\\d{2})[)\\]]?\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleSimilarity() {
    }

    /** A title without its trailing year, and the year: the request's own, else the one cut off the title. */
    record CleanTitle(String title, Integer year) {
    }

    static CleanTitle clean(String title, Integer year) {
        Matcher matcher = TRAILING_YEAR.matcher(title.strip());
        if (matcher.matches() && !matcher.group(1).isBlank()) {
            return new CleanTitle(matcher.group(1).strip(), year != null ? year : Integer.valueOf(matcher.group(2)));
        }
        return new CleanTitle(title.strip(), year);
    }

    static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Share of words the two titles have in common (Jaccard), 0 to 1. */
    static double similarity(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normalized.split(" ")));
    }
}
