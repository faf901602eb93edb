package dev.stash2plex.core.pathrules;

import dev.stash2plex.core.pathrules.RegexTree.Anchor;
import dev.stash2plex.core.pathrules.RegexTree.Backref;
import dev.stash2plex.core.pathrules.RegexTree.Flags;
import dev.stash2plex.core.pathrules.RegexTree.Group;
import dev.stash2plex.core.pathrules.RegexTree.Literal;
import dev.stash2plex.core.pathrules.RegexTree.Node;
import dev.stash2plex.core.pathrules.RegexTree.Opaque;
import dev.stash2plex.core.pathrules.RegexTree.Quantified;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Derives the Stash → Plex direction of a rule from its Plex → Stash definition, or explains why there is
 * none. See {@link PathRules} for the approach; this class holds its two halves:
 * <ul>
 *   <li>the reverse regex, built from the template: its text quoted, the first use of each group replaced by
 *       a capture of that group's <em>own</em> regex (so {@code [^/]+} still stops at a slash), later uses by a
 *       back-reference (both uses must agree);</li>
 *   <li>the Plex plan: the Plex pattern's structure, walked once, as a list of fixed text and group values.
 *       Whatever the walk cannot write back unambiguously makes the rule one-way, with the reason.</li>
 * </ul>
 */
final class Inversion {

    sealed interface Piece permits Fixed, Value {
    }

    record Fixed(String text) implements Piece {
    }

    record Value(int group) implements Piece {
    }

    /** The derived direction: match {@code regex} at the start of a Stash path, then write {@code plan}. */
    record Reverse(Pattern regex, List<Piece> plan) {

        Reverse {
            plan = List.copyOf(plan);
        }

        String plexPrefix(MatchResult match) {
            StringBuilder out = new StringBuilder();
            for (Piece piece : plan) {
                switch (piece) {
                    case Fixed f -> out.append(f.text());
                    case Value v -> out.append(match.group("ref" + v.group()));
                }
            }
            return out.toString();
        }
    }

    /** Exactly one of the two is set. */
    record Result(Reverse reverse, String oneWayReason) {
    }

    private static final class NotInvertible extends Exception {
        NotInvertible(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final String TOO_INTRICATE = "plex_pattern is too intricate to invert";

    private final RegexTree tree;
    private final Set<Integer> used;
    private final Map<Integer, List<Piece>> groupPlans = new HashMap<>();

    private Inversion(RegexTree tree, Template template) {
        this.tree = tree;
        this.used = template.groupsUsed();
    }

    static Result of(PlexPattern plex, Template template, boolean caseInsensitive) {
        try {
            RegexTree tree = RegexTree.read(plex);
            if (tree.groups().size() != plex.groupCount()) {
                return new Result(null, TOO_INTRICATE);
            }
            Inversion inversion = new Inversion(tree, template);
            List<Piece> plan = inversion.used.contains(0) ? List.of(new Value(0)) : inversion.plan(tree.root());
            Pattern regex = Pattern.compile(inversion.reverseRegex(template), PlexPattern.flags(caseInsensitive));
            return new Result(new Reverse(regex, plan), null);
        } catch (NotInvertible e) {
            return new Result(null, e.getMessage());
        } catch (RuntimeException e) {
            // Java's regex syntax is large and the reader is lenient; a pattern it misreads must cost the rule
            // its reverse direction, never the provider its start-up.
            return new Result(null, TOO_INTRICATE);
        }
    }

    private List<Piece> plan(List<List<Node>> alternatives) throws NotInvertible {
        if (alternatives.size() > 1) {
            throw new NotInvertible("stash→plex cannot tell which alternative of \"" + RegexTree.render(alternatives)
                    + "\" to write back, because it is outside the groups stash_pattern uses");
        }
        List<Piece> pieces = new ArrayList<>();
        for (Node node : alternatives.getFirst()) {
            switch (node) {
                case Literal l -> pieces.add(new Fixed(l.text()));
                case Anchor a -> { /* zero-width: writes nothing */ }
                case Group g when g.zeroWidth() -> { /* lookaround: writes nothing */ }
                case Group g when used.contains(g.capture()) -> {
                    groupPlans.put(g.capture(), List.of(new Value(g.capture())));
                    pieces.add(new Value(g.capture()));
                }
                case Group g -> pieces.addAll(unusedGroup(g));
                case Backref b -> {
                    List<Piece> plan = groupPlans.get(b.group());
                    if (plan == null) {
                        throw new NotInvertible("stash→plex cannot rebuild the back-reference " + b.source());
                    }
                    pieces.addAll(plan);
                }
                case Quantified q -> throw new NotInvertible("stash→plex cannot rebuild \"" + q.source()
                        + "\": it is repeated or optional and not inside a group stash_pattern uses");
                case Opaque o -> throw new NotInvertible("stash→plex cannot rebuild \"" + o.source()
                        + "\": it is not inside a group stash_pattern uses");
                case Flags f -> throw flags(f);
            }
        }
        return pieces;
    }

    /** A group the template does not use can still be written back when its content is fixed text. */
    private List<Piece> unusedGroup(Group group) throws NotInvertible {
        try {
            List<Piece> plan = plan(group.alternatives());
            if (group.capture() > 0) {
                groupPlans.put(group.capture(), plan);
            }
            return plan;
        } catch (NotInvertible e) {
            if (group.capture() == 0) {
                throw e;
            }
            throw new NotInvertible("group " + group.capture() + " " + group.source()
                    + " is not used in stash_pattern, so stash→plex cannot rebuild it");
        }
    }

    private String reverseRegex(Template template) throws NotInvertible {
        StringBuilder regex = new StringBuilder();
        Set<Integer> captured = new HashSet<>();
        for (Template.Part part : template.parts()) {
            switch (part) {
                case Template.Text t -> regex.append(Pattern.quote(t.text()));
                case Template.Ref r when !captured.add(r.group()) ->
                        regex.append("\\k<").append("ref").append(r.group()).append('>');
                case Template.Ref r -> regex.append("(?<").append("ref").append(r.group()).append('>')
                        .append(groupRegex(r.group())).append(')');
            }
        }
        return regex.toString();
    }

    /** The regex a group matches, with its inner groups made non-capturing so names and numbers cannot clash. */
    private String groupRegex(int group) throws NotInvertible {
        if (group > 0) {
            return fragment(tree.groups().get(group).alternatives());
        }
        List<List<Node>> whole = new ArrayList<>();
        for (List<Node> sequence : tree.root()) {
            // The whole match is inserted mid-pattern, where a leading ^ could never match.
            boolean anchored = !sequence.isEmpty() && sequence.getFirst() instanceof Anchor a
                    && (a.source().equals("^") || a.source().equals("\\A"));
            whole.add(anchored ? sequence.subList(1, sequence.size()) : sequence);
        }
        return fragment(whole);
    }

    private String fragment(List<List<Node>> alternatives) throws NotInvertible {
        List<String> parts = new ArrayList<>();
        for (List<Node> sequence : alternatives) {
            StringBuilder part = new StringBuilder();
            for (Node node : sequence) {
                part.append(fragment(node));
            }
            parts.add(part.toString());
        }
        return String.join("|", parts);
    }

    private String fragment(Node node) throws NotInvertible {
        return switch (node) {
            case Group g -> (g.capture() > 0 ? "(?:" : g.open()) + fragment(g.alternatives()) + ")";
            case Quantified q -> fragment(q.node()) + q.quantifier();
            case Backref b -> throw new NotInvertible("a group stash_pattern uses contains the back-reference "
                    + b.source() + ", which stash→plex cannot follow");
            case Flags f -> throw flags(f);
            default -> node.source();
        };
    }

    private static NotInvertible flags(Flags flags) {
        return new NotInvertible("plex_pattern switches flags inline (" + flags.source()
                + "); use case_insensitive instead");
    }
}
