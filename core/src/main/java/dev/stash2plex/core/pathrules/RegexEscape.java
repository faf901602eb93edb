package dev.stash2plex.core.pathrules;

import dev.stash2plex.core.pathrules.RegexTree.Anchor;
import dev.stash2plex.core.pathrules.RegexTree.Backref;
import dev.stash2plex.core.pathrules.RegexTree.Literal;
import dev.stash2plex.core.pathrules.RegexTree.Node;
import dev.stash2plex.core.pathrules.RegexTree.Opaque;
import java.util.Map;

/**
 * Reads one backslash escape of a Java regex. Kept apart from {@link RegexTree} because Java has many
 * escapes, and the inverter's correctness hangs on one question per escape: does it stand for exactly one
 * known character (so Stash → Plex can write it back), for no character, or for an unknown one?
 */
final class RegexEscape {

    record Read(Node node, int end) {
    }

    private RegexEscape() {
    }

    /** {@code start} is the index of the backslash. */
    static Read read(String text, int start, int javaGroupCount, Map<String, Integer> names) {
        if (start + 1 >= text.length()) {
            return new Read(new Opaque("\\"), text.length());
        }
        char c = text.charAt(start + 1);
        int after = start + 2;
        return switch (c) {
            case 'Q' -> {
                int close = text.indexOf("\\E", after);
                int end = close < 0 ? text.length() : close + 2;
                String quoted = text.substring(after, close < 0 ? text.length() : close);
                yield new Read(new Literal(quoted, text.substring(start, end)), end);
            }
            case 'k' -> {
                int close = text.indexOf('>', after);
                String name = text.substring(after + 1, close);
                yield new Read(new Backref(names.getOrDefault(name, 0), text.substring(start, close + 1)), close + 1);
            }
            case 'x' -> text.startsWith("{", after)
                    ? hex(text, start, after + 1, text.indexOf('}', after), 1)
                    : hex(text, start, after, after + 2, 0);
            case 'u' -> hex(text, start, after, after + 4, 0);
            case '0' -> octal(text, start, after);
            case 't' -> literal(text, start, after, '\t');
            case 'n' -> literal(text, start, after, '\n');
            case 'r' -> literal(text, start, after, '\r');
            case 'f' -> literal(text, start, after, '\f');
            case 'a' -> literal(text, start, after, '\u0007');
            case 'e' -> literal(text, start, after, '\u001B');
            case 'c' -> literal(text, start, after + 1, (char) (text.charAt(after) ^ 64));
            case 'p', 'P', 'N' -> {
                int end = text.startsWith("{", after) ? text.indexOf('}', after) + 1 : after + 1;
                yield new Read(new Opaque(text.substring(start, end)), end);
            }
            case 'b' -> {
                int end = text.startsWith("{g}", after) ? after + 3 : after;
                yield new Read(new Anchor(text.substring(start, end)), end);
            }
            case 'B', 'A', 'G', 'z', 'Z' -> new Read(new Anchor(text.substring(start, after)), after);
            default -> {
                if (c >= '1' && c <= '9') {
                    yield backref(text, start, javaGroupCount);
                }
                if (Character.isLetterOrDigit(c)) {
                    yield new Read(new Opaque(text.substring(start, after)), after); // \w \d \s \R \X \h \v …
                }
                int end = start + 1 + Character.charCount(text.codePointAt(start + 1));
                yield new Read(new Literal(text.substring(start + 1, end), text.substring(start, end)), end);
            }
        };
    }

    private static Read literal(String text, int start, int end, char value) {
        return new Read(new Literal(String.valueOf(value), text.substring(start, end)), end);
    }

    private static Read hex(String text, int start, int digitsStart, int digitsEnd, int closing) {
        int codePoint = Integer.parseInt(text.substring(digitsStart, digitsEnd), 16);
        int end = digitsEnd + closing;
        return new Read(new Literal(Character.toString(codePoint), text.substring(start, end)), end);
    }

    /** Java's {@code \0n}, {@code \0nn}, {@code \0mnn} (m ≤ 3). */
    private static Read octal(String text, int start, int digitsStart) {
        int end = digitsStart;
        int value = 0;
        while (end < text.length() && end - digitsStart < 3 && text.charAt(end) >= '0' && text.charAt(end) <= '7'
                && value * 8 + (text.charAt(end) - '0') <= 0377) {
            value = value * 8 + (text.charAt(end) - '0');
            end++;
        }
        return new Read(new Literal(String.valueOf((char) value), text.substring(start, end)), end);
    }

    /** Java reads {@code \12} as group 12 only when that group exists, else as group 1 followed by "2". */
    private static Read backref(String text, int start, int javaGroupCount) {
        int end = start + 2;
        int group = text.charAt(start + 1) - '0';
        while (end < text.length() && Character.isDigit(text.charAt(end))
                && group * 10 + (text.charAt(end) - '0') <= javaGroupCount) {
            group = group * 10 + (text.charAt(end) - '0');
            end++;
        }
        return new Read(new Backref(group, text.substring(start, end)), end);
    }
}
