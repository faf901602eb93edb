package dev.stash2plex.provider.library;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRuleException;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.pathrules.RuleStatus;
import dev.stash2plex.core.pathrules.SelfTest;
import dev.stash2plex.provider.index.store.MatchHistory.SharedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out path rules from evidence: a file Plex asked about and a Stash file of the same name share
 * their last folders; what comes before differs, and that pair of folder prefixes is a rule
 * ({@code ^/plex/prefix/(.*)} → {@code /stash/prefix/\1}). A file whose same-named Stash files share
 * equally many folders with it says nothing and is left out. Each rule must pass its round-trip self
 * test before it is offered, and is offered with how many of the files it would match.
 */
public final class RuleProposals {

    /** Characters with a meaning in a Java regex outside a class, written escaped so the rule stays invertible. */
    private static final String REGEX_SPECIALS = "\\^$.|?*+()[]{}";

    private RuleProposals() {
    }

    /** A file as the rules see it: the filename joined with its library folder, and its Stash namesakes. */
    private record Evidence(String filename, String root, String plexPath, List<String> stashPaths) {
    }

    /** One file's vote: the folder prefixes that differ on each side, and the example that shows it. */
    private record Prefixes(String root, String plex, String stash) {
    }

    public static List<ProposedRule> propose(List<SharedName> shared, int max) {
        List<Evidence> evidence = evidence(shared);
        Map<Prefixes, List<Evidence>> votes = new LinkedHashMap<>();
        Map<Prefixes, String> exampleStash = new LinkedHashMap<>();
        for (Evidence file : evidence) {
            bestNamesake(file).ifPresent(stash -> {
                int sharedLength = sharedSuffixLength(file.plexPath(), stash);
                Prefixes prefixes = new Prefixes(file.root(), file.plexPath().substring(0, file.plexPath().length() - sharedLength),
                        stash.substring(0, stash.length() - sharedLength));
                votes.computeIfAbsent(prefixes, k -> new ArrayList<>()).add(file);
                exampleStash.putIfAbsent(prefixes, stash);
            });
        }
        List<ProposedRule> proposals = new ArrayList<>();
        votes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Prefixes, List<Evidence>> e) -> e.getValue().size()).reversed())
                .forEach(vote -> {
                    Evidence example = vote.getValue().getFirst();
                    String stashExample = vote.getKey().stash() + example.plexPath().substring(vote.getKey().plex().length());
                    PathRuleDefinition rule = definition(vote.getKey(), proposals.size() + 1, example.plexPath(), stashExample);
                    checked(rule).ifPresent(rules -> proposals.add(new ProposedRule(rule, wouldMatch(rules, evidence),
                            vote.getValue().size(), "passed")));
                });
        return proposals.stream().limit(max).toList();
    }

    private static List<Evidence> evidence(List<SharedName> shared) {
        Map<String, List<SharedName>> byFile = shared.stream()
                .collect(Collectors.groupingBy(SharedName::filename, LinkedHashMap::new, Collectors.toList()));
        List<Evidence> evidence = new ArrayList<>();
        byFile.forEach((filename, rows) -> {
            String root = rows.getFirst().libraryRoot();
            String plexPath = root == null ? filename : root.replaceAll("/+$", "") + "/" + filename.replaceFirst("^/+", "");
            evidence.add(new Evidence(filename, root, plexPath,
                    rows.stream().map(row -> row.stashPath().replace('\\', '/')).distinct().toList()));
        });
        return evidence;
    }

    /** The Stash file sharing the most trailing folders with the Plex file, unless two share as many. */
    private static Optional<String> bestNamesake(Evidence file) {
        String best = null;
        int bestLength = -1;
        boolean tie = false;
        for (String stash : file.stashPaths()) {
            int length = sharedSuffixLength(file.plexPath(), stash);
            if (length > bestLength) {
                best = stash;
                bestLength = length;
                tie = false;
            } else if (length == bestLength) {
                tie = true;
            }
        }
        return tie || best == null || best.equals(file.plexPath()) ? Optional.empty() : Optional.of(best);
    }

    /** Characters of the whole trailing path segments both paths end with (the file name at least, when they share it). */
    static int sharedSuffixLength(String plex, String stash) {
        int length = 0;
        int i = plex.length();
        int j = stash.length();
        while (i > 0 && j > 0 && plex.charAt(i - 1) == stash.charAt(j - 1)) {
            i--;
            j--;
            if (plex.charAt(i) == '/') {
                length = plex.length() - i - 1;
            }
        }
        boolean bothAtSegmentStart = (i == 0 || plex.charAt(i - 1) == '/') && (j == 0 || stash.charAt(j - 1) == '/');
        return bothAtSegmentStart ? plex.length() - i : length;
    }

    private static PathRuleDefinition definition(Prefixes prefixes, int number, String plexExample, String stashExample) {
        String plexPattern = "^" + regexQuoted(prefixes.plex()) + "(.*)";
        String stashPattern = prefixes.stash().replace("\\", "\\\\") + "\\1";
        return new PathRuleDefinition("suggested-" + number, plexPattern, stashPattern, false, prefixes.root(),
                plexExample, stashExample);
    }

    /** The rule compiled alone, when it is active and its self test passed both ways or one way. */
    private static Optional<PathRules> checked(PathRuleDefinition rule) {
        try {
            PathRules rules = PathRules.compile(List.of(rule));
            RuleStatus status = rules.statuses().getFirst();
            return status.active() && status.selfTest().outcome() == SelfTest.Outcome.PASSED ? Optional.of(rules) : Optional.empty();
        } catch (PathRuleException e) {
            return Optional.empty();
        }
    }

    private static int wouldMatch(PathRules rules, List<Evidence> evidence) {
        int count = 0;
        for (Evidence file : evidence) {
            Optional<String> mapped = rules.plexFilenameToStash(file.filename()).map(m -> m.path());
            if (mapped.isPresent() && Set.copyOf(file.stashPaths()).contains(mapped.get())) {
                count++;
            }
        }
        return count;
    }

    private static String regexQuoted(String text) {
        StringBuilder quoted = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (REGEX_SPECIALS.indexOf(c) >= 0) {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.toString();
    }
}
