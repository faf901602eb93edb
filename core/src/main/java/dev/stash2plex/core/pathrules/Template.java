package dev.stash2plex.core.pathrules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;

/**
 * A {@code stash_pattern}, parsed once at load. It follows Python's {@code re.sub} template rules so the
 * original provider's configurations mean the same here: {@code \1}–{@code \99} and {@code \g<n>} /
 * {@code \g<name>} are references, {@code \\} is one backslash, a backslash before any other non-letter
 * stays as written. Letter escapes such as {@code \n} are refused, because no file path wants a control
 * character and the likelier cause is a Windows path that needed {@code \\}.
 * Java's own {@code $1} syntax is deliberately not used: a {@code $} in a path is plain text.
 */
record Template(List<Part> parts) {

    sealed interface Part permits Text, Ref {
    }

    record Text(String text) implements Part {
    }

    /** A group reference; {@code written} is how the user spelt it, for error messages. */
    record Ref(int group, String written) implements Part {
    }

    Template {
        parts = List.copyOf(parts);
    }

    /** Parses and checks every reference against the Plex pattern's groups; the message is the reason. */
    static Template parse(String source, int groupCount, Map<String, Integer> groupNames) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c != '\\') {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 >= source.length()) {
                throw new IllegalArgumentException("stash_pattern ends with a lone backslash; write \\\\ for a backslash");
            }
            char next = source.charAt(i + 1);
            int end;
            Ref ref;
            if (next == '\\') {
                text.append('\\');
                i += 2;
                continue;
            } else if (next >= '1' && next <= '9') {
                end = i + 2 < source.length() && Character.isDigit(source.charAt(i + 2)) ? i + 3 : i + 2;
                ref = new Ref(Integer.parseInt(source.substring(i + 1, end)), source.substring(i, end));
            } else if (next == 'g') {
                end = source.indexOf('>', i);
                if (i + 2 >= source.length() || source.charAt(i + 2) != '<' || end < 0) {
                    throw new IllegalArgumentException("stash_pattern has \\g without <group>; write \\g<1> or \\g<name>");
                }
                end++;
                ref = namedRef(source.substring(i, end), groupNames);
            } else if (next == '0') {
                throw new IllegalArgumentException("stash_pattern has \\0, which is not a group reference; "
                        + "write \\g<0> for the whole matched part");
            } else if (Character.isLetter(next) && next < 128) {
                throw new IllegalArgumentException("stash_pattern has the unknown escape \\" + next
                        + "; write \\\\ for a literal backslash");
            } else {
                text.append(c).append(next);
                i += 2;
                continue;
            }
            if (ref.group() > groupCount) {
                throw new IllegalArgumentException("stash_pattern refers to group " + ref.group() + " (" + ref.written()
                        + "), but plex_pattern has " + groupsText(groupCount));
            }
            if (!text.isEmpty()) {
                parts.add(new Text(text.toString()));
                text.setLength(0);
            }
            parts.add(ref);
            i = end;
        }
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString()));
        }
        return new Template(parts);
    }

    private static Ref namedRef(String written, Map<String, Integer> groupNames) {
        String inner = written.substring(3, written.length() - 1);
        if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
            // Long numbers cannot name a real group; clamping keeps the "has only N groups" message.
            return new Ref(inner.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(inner), written);
        }
        Integer group = groupNames.get(inner);
        if (group == null) {
            throw new IllegalArgumentException("stash_pattern refers to group \"" + inner + "\" (" + written
                    + "), but plex_pattern has no group named \"" + inner + "\"");
        }
        return new Ref(group, written);
    }

    private static String groupsText(int groupCount) {
        return switch (groupCount) {
            case 0 -> "no groups";
            case 1 -> "only 1 group";
            default -> "only " + groupCount + " groups";
        };
    }

    Set<Integer> groupsUsed() {
        return parts.stream().filter(Ref.class::isInstance).map(part -> ((Ref) part).group()).collect(Collectors.toSet());
    }

    /** The text this template produces for one match; a group that did not take part gives "" as in Python. */
    String expand(MatchResult match) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Text t -> out.append(t.text());
                case Ref r -> out.append(match.group(r.group()) == null ? "" : match.group(r.group()));
            }
        }
        return out.toString();
    }
}
