package dev.stash2plex.core.stash;

import java.util.regex.Pattern;

/** What a caller's value must be, or becomes, before it goes into a Stash query or into a message about one. */
final class QueryArguments {

    /** Stash ids are Go ints; anything else makes Stash fail the whole query, so it is never sent. */
    private static final Pattern STASH_ID = Pattern.compile("[0-9]{1,18}");
    private static final String RE2_SPECIALS = "\\.+*?()|[]{}^$";

    private QueryArguments() {
    }

    static boolean isStashId(String id) {
        return id != null && STASH_ID.matcher(id).matches();
    }

    /** Backslash before each RE2 metacharacter, so a basename matches only itself. */
    static String re2Escape(String literal) {
        StringBuilder escaped = new StringBuilder(literal.length() + 8);
        literal.chars().forEach(c -> {
            if (RE2_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }

    /** An id for a message: quoted, cut at 40 characters, control characters replaced. */
    static String printable(String id) {
        if (id == null) {
            return "null";
        }
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }
}
