package dev.stash2plex.core.pathrules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code plex_pattern} compiled for Java with the meaning it had in the Python original. Two things differ
 * between the engines and matter for paths: Python 3's {@code \w}, {@code \d} and case folding are Unicode-aware
 * (Java's are ASCII unless asked), and Python spells named groups {@code (?P<name>…)} / {@code (?P=name)}.
 * Both are bridged here so an existing rule matches the same paths; anything else is Java syntax, which for
 * path patterns is the same as Python's.
 *
 * @param source   the pattern as the user wrote it (shown in messages)
 * @param compiled the pattern Java runs, with the rule's flags
 */
record PlexPattern(String source, Pattern compiled) {

    private static final Pattern JAVA_GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** Compiles the pattern; the exception message is the user-facing reason (with the index in their text). */
    static PlexPattern compile(String source, boolean caseInsensitive) {
        List<Integer> shifts = new ArrayList<>();
        String java = toJavaSyntax(source, shifts);
        try {
            return new PlexPattern(source, Pattern.compile(java, flags(caseInsensitive)));
        } catch (PatternSyntaxException e) {
            int index = e.getIndex();
            // Each rewrite shortened the text by one character; map Java's index back into the user's text.
            int original = index < 0 ? index : index + (int) shifts.stream().filter(at -> at < index).count();
            String near = original < 0 ? "" : " near index " + original;
            throw new IllegalArgumentException("plex_pattern is not a valid regex: " + e.getDescription() + near
                    + " (" + source + ")", e);
        }
    }

    static int flags(boolean caseInsensitive) {
        int unicode = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        return caseInsensitive ? unicode | Pattern.CASE_INSENSITIVE : unicode;
    }

    /** The Java translation; used by the inverter, which must see the groups Java numbers. */
    String javaSource() {
        return compiled.pattern();
    }

    int groupCount() {
        return compiled.matcher("").groupCount();
    }

    Map<String, Integer> groupNames() {
        return compiled.namedGroups();
    }

    /**
     * Rewrites {@code (?P<n>} to {@code (?<n>} and {@code (?P=n)} to {@code \k<n>}, skipping escapes, quoted
     * runs and character classes where those characters are literal. Records where each rewrite landed.
     */
    private static String toJavaSyntax(String source, List<Integer> shifts) {
        StringBuilder out = new StringBuilder(source.length());
        int classDepth = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && source.startsWith("\\Q", i)) {
                int end = source.indexOf("\\E", i + 2);
                int stop = end < 0 ? source.length() : end + 2;
                out.append(source, i, stop);
                i = stop;
            } else if (c == '\\') {
                out.append(source, i, Math.min(i + 2, source.length()));
                i += 2;
            } else if (c == '[') {
                classDepth++;
                out.append(c);
                i++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
                out.append(c);
                i++;
            } else if (classDepth == 0 && source.startsWith("(?P<", i)) {
                checkGroupName(source, i + 4);
                shifts.add(out.length());
                out.append("(?<");
                i += 4;
            } else if (classDepth == 0 && source.startsWith("(?P=", i) && source.indexOf(')', i) > 0) {
                int close = source.indexOf(')', i);
                shifts.add(out.length());
                out.append("\\k<").append(source, i + 4, close).append('>');
                i = close + 1;
            } else {
                if (classDepth == 0 && source.startsWith("(?<", i) && i + 3 < source.length()
                        && source.charAt(i + 3) != '=' && source.charAt(i + 3) != '!') {
                    checkGroupName(source, i + 3);
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Java accepts fewer group names than Python; say so plainly instead of Java's "missing trailing '>'". */
    private static void checkGroupName(String source, int nameStart) {
        int end = source.indexOf('>', nameStart);
        String name = end < 0 ? source.substring(nameStart) : source.substring(nameStart, end);
        if (end >= 0 && !JAVA_GROUP_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("plex_pattern group name \"" + name
                    + "\" must be letters and digits, starting with a letter (" + source + ")");
        }
    }
}
