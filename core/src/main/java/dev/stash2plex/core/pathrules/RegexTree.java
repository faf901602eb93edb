package dev.stash2plex.core.pathrules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java regex read into the few shapes the Stash → Plex inverter must tell apart: text it can write back,
 * groups, zero-width checks, and parts whose matched text cannot be predicted. The pattern has already been
 * compiled by Java, so this reader may be lenient; it only has to agree with Java on what is literal and on
 * how groups are numbered (the inverter checks the count against Java's own).
 */
final class RegexTree {

    sealed interface Node permits Literal, Opaque, Anchor, Flags, Backref, Group, Quantified {
        /** The node as written, so messages and derived patterns can quote it. */
        String source();
    }

    /** Text that always matches itself: {@code a}, {@code \.}, {@code \Q(1)\E}, {@code [.]}. */
    record Literal(String text, String source) implements Node {
    }

    /** Matches text that cannot be predicted: {@code .}, {@code \w}, {@code [a-z]}, {@code \p{L}}. */
    record Opaque(String source) implements Node {
    }

    /** Zero-width: {@code ^}, {@code $}, {@code \b}, … */
    record Anchor(String source) implements Node {
    }

    /** {@code (?i)}: switches flags for the rest of the enclosing group. */
    record Flags(String source) implements Node {
    }

    record Backref(int group, String source) implements Node {
    }

    /**
     * A group; {@code capture} is Java's group number, or 0 for a non-capturing one. {@code open} is the
     * opening as written ({@code (}, {@code (?<n>}, {@code (?:}, {@code (?=} …).
     */
    record Group(int capture, String open, boolean zeroWidth, List<List<Node>> alternatives) implements Node {
        public String source() {
            return open + render(alternatives) + ")";
        }
    }

    record Quantified(Node node, String quantifier) implements Node {
        public String source() {
            return node.source() + quantifier;
        }
    }

    private final String text;
    private final int javaGroupCount;
    private final Map<String, Integer> names;
    private final Map<Integer, Group> groups = new HashMap<>();
    private int pos;
    private final List<List<Node>> root;

    private RegexTree(String text, int javaGroupCount, Map<String, Integer> names) {
        this.text = text;
        this.javaGroupCount = javaGroupCount;
        this.names = names;
        this.root = alternatives(false);
    }

    static RegexTree read(PlexPattern pattern) {
        return new RegexTree(pattern.javaSource(), pattern.groupCount(), pattern.groupNames());
    }

    List<List<Node>> root() {
        return root;
    }

    /** Capturing groups by number, as this reader counted them. */
    Map<Integer, Group> groups() {
        return Map.copyOf(groups);
    }

    static String render(List<List<Node>> alternatives) {
        List<String> parts = new ArrayList<>();
        for (List<Node> sequence : alternatives) {
            parts.add(String.join("", sequence.stream().map(Node::source).toList()));
        }
        return String.join("|", parts);
    }

    private List<List<Node>> alternatives(boolean nested) {
        List<List<Node>> alternatives = new ArrayList<>();
        List<Node> sequence = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ')' && nested) {
                pos++;
                break;
            } else if (c == '|') {
                pos++;
                alternatives.add(List.copyOf(sequence));
                sequence = new ArrayList<>();
            } else if ("*+?{".indexOf(c) >= 0 && !sequence.isEmpty()) {
                sequence.add(new Quantified(sequence.removeLast(), quantifier()));
            } else {
                sequence.add(atom());
            }
        }
        alternatives.add(List.copyOf(sequence));
        return List.copyOf(alternatives);
    }

    private String quantifier() {
        int start = pos;
        pos = text.charAt(pos) == '{' ? text.indexOf('}', pos) + 1 : pos + 1;
        if (pos < text.length() && (text.charAt(pos) == '?' || text.charAt(pos) == '+')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Node atom() {
        int start = pos;
        int c = text.codePointAt(pos);
        pos += Character.charCount(c);
        return switch (c) {
            case '(' -> group(start);
            case '[' -> characterClass(start);
            case '\\' -> {
                RegexEscape.Read read = RegexEscape.read(text, start, javaGroupCount, names);
                pos = read.end();
                yield read.node();
            }
            case '.' -> new Opaque(".");
            case '^', '$' -> new Anchor(Character.toString(c));
            default -> new Literal(Character.toString(c), Character.toString(c));
        };
    }

    private Node group(int start) {
        if (!text.startsWith("?", pos)) {
            return capture(start, "(");
        }
        if (text.startsWith("?=", pos) || text.startsWith("?!", pos)) {
            return nonCapturing(start, pos + 2, true);
        }
        if (text.startsWith("?<=", pos) || text.startsWith("?<!", pos)) {
            return nonCapturing(start, pos + 3, true);
        }
        if (text.startsWith("?<", pos)) {
            return capture(start, text.substring(start, text.indexOf('>', pos) + 1));
        }
        if (text.startsWith("?>", pos)) {
            return nonCapturing(start, pos + 2, false);
        }
        int end = pos + 1; // (?:…), or flags: (?i) alone switches them, (?i:…) is a group with them
        while (text.charAt(end) != ')' && text.charAt(end) != ':') {
            end++;
        }
        if (text.charAt(end) == ':') {
            return nonCapturing(start, end + 1, false);
        }
        pos = end + 1;
        return new Flags(text.substring(start, pos));
    }

    private Group nonCapturing(int start, int contentStart, boolean zeroWidth) {
        pos = contentStart;
        return new Group(0, text.substring(start, contentStart), zeroWidth, alternatives(true));
    }

    private Group capture(int start, String open) {
        int number = groups.size() + 1;
        groups.put(number, null); // reserve the number at the opening parenthesis, as Java does
        pos = start + open.length();
        Group group = new Group(number, open, false, alternatives(true));
        groups.put(number, group);
        return group;
    }

    private Node characterClass(int start) {
        int depth = 1;
        int i = pos;
        if (i < text.length() && text.charAt(i) == '^') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ']') {
            i++; // a ']' first in a class is literal
        }
        while (i < text.length() && depth > 0) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = text.startsWith("\\Q", i) ? Math.max(text.indexOf("\\E", i), i) + 2 : i + 2;
                continue;
            }
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            i++;
        }
        pos = Math.min(i, text.length());
        String source = text.substring(start, pos);
        String inner = source.substring(1, source.length() - 1);
        boolean singleChar = inner.codePointCount(0, inner.length()) == 1 && !inner.equals("^");
        boolean escapedPunctuation = inner.length() == 2 && inner.charAt(0) == '\\'
                && !Character.isLetterOrDigit(inner.charAt(1));
        if (singleChar || escapedPunctuation) {
            return new Literal(inner.substring(inner.length() - 1), source);
        }
        return new Opaque(source);
    }
}
