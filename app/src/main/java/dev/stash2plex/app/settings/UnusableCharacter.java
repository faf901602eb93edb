package dev.stash2plex.app.settings;

import java.util.Locale;

/**
 * The first character of an API key or token that cannot be part of one: keys and tokens are
 * printable ASCII without spaces, and anything else came with the paste (a zero-width space or a
 * byte-order mark from a web page, a line break, a word processor's curly quote, DEL). Says what it
 * is and where, never which key it is in: the value itself is never shown.
 *
 * @param codePoint the character, e.g. {@code 0x200B}
 * @param position 1-based, counted in characters of the field as the user filled it
 */
public record UnusableCharacter(Kind kind, int codePoint, int position) {

    public enum Kind { INVISIBLE, LINE_BREAK, CONTROL, SPACE, QUOTE, NOT_ASCII }

    /** What kind of character this is, for the message; only called for characters outside {@code !}…{@code ~}. */
    static Kind kindOf(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x85) {
            return Kind.LINE_BREAK;
        }
        if (Character.isISOControl(codePoint)) {
            return Kind.CONTROL;
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return Kind.SPACE;
        }
        if (Character.getType(codePoint) == Character.FORMAT || Character.isWhitespace(codePoint)
                || Character.isIdentifierIgnorable(codePoint)) {
            return Kind.INVISIBLE;
        }
        int type = Character.getType(codePoint);
        if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || codePoint == 0x201A || codePoint == 0x201E || codePoint == 0x2032 || codePoint == 0x2033) {
            return Kind.QUOTE;
        }
        return Kind.NOT_ASCII;
    }

    /** {@code U+200B}. */
    public String codePointText() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
