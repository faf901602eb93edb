package dev.stash2plex.core.secrets;

import java.util.Locale;
import java.util.Optional;

/**
 * What a pasted secret (Stash API key, Plex token) must look like: visible ASCII characters only,
 * once surrounding whitespace is trimmed. Both are sent as HTTP header values, and a key copied from a
 * web page or a chat often carries an invisible character (a zero-width space, a byte order mark), a
 * typographic quote or a line break; Java's HTTP client then refuses the header and its error quotes
 * the whole key. Checking first lets the message name the character and its position, never the value.
 * The desktop app's form can use the same check.
 */
public final class SecretText {

    private SecretText() {
    }

    /** The value as it is used: surrounding whitespace (spaces, tabs, a stray CR or LF) removed. */
    public static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * What is wrong with the trimmed value, as the end of a sentence that names the setting first,
     * e.g. {@code "contains an invisible or non-ASCII character at position 17 (U+200B ZERO WIDTH SPACE)"};
     * empty when every character is visible ASCII. The value itself never appears in the text.
     */
    public static Optional<String> problem(String value) {
        String text = trimmed(value);
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            if (c == ' ') {
                return Optional.of("contains a space at position " + position + "; a key or token has none");
            }
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("contains a control character at position " + position + " (" + describe(c) + ")");
            }
            if (c > 0x7E) {
                return Optional.of("contains an invisible or non-ASCII character at position " + position
                        + " (" + describe(c) + ")");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** {@code U+200B ZERO WIDTH SPACE}: the code point and its Unicode name, which is never secret on its own. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }
}
