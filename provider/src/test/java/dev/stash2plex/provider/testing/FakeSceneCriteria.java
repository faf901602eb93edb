package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code scene_filter} (and {@code filter.q}) as the test Stash runs it on one scene, traps
 * included: path EQUALS is SQLite's LIKE (ASCII case-insensitive, {@code _} and {@code %} are
 * wildcards) over every file, MATCHES_REGEX is case-sensitive unless {@code (?i)}, oshash EQUALS is
 * a LIKE too, and timestamps compare as text. Criteria it does not know fail loudly.
 */
final class FakeSceneCriteria {

    private static final Pattern SEARCH_TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private FakeSceneCriteria() {
    }

    /** The test, or null when nothing is filtered (so a caller can skip the scan). */
    @SuppressWarnings("unchecked")
    static Predicate<FakeScene> of(Map<String, Object> sceneFilter, Object q, FakeClock clock) {
        Predicate<FakeScene> matches = null;
        if (sceneFilter != null) {
            for (Map.Entry<String, Object> criterion : sceneFilter.entrySet()) {
                Map<String, Object> input = (Map<String, Object>) criterion.getValue();
                Predicate<FakeScene> test = switch (criterion.getKey()) {
                    case "path" -> anyFile(text(input, "path"), FakeFile::path);
                    case "files_filter" -> filesFilter(input);
                    // Stash LEFT JOINs the oshash fingerprint of every file and runs its string criterion.
                    case "oshash" -> anyFile(text(input, "oshash"), FakeFile::oshash);
                    case "updated_at" -> timestamp(input, FakeScene::updatedAt, clock);
                    case "created_at" -> timestamp(input, FakeScene::createdAt, clock);
                    case "performers" -> includes(input, "performers",
                            scene -> scene.performers().stream().map(FakePerformer::id).toList());
                    case "tags" -> includes(input, "tags", scene -> scene.tags().stream().map(FakeTag::id).toList());
                    case "studios" -> includes(input, "studios", FakeSceneCriteria::studioAndAncestors);
                    case "groups" -> includes(input, "groups",
                            scene -> scene.groups().stream().map(g -> g.group().id()).toList());
                    case "stash_id_endpoint" -> stashId(input);
                    default -> throw new FakeResolverError("FakeStash does not implement scene_filter." + criterion.getKey());
                };
                matches = matches == null ? test : matches.and(test);
            }
        }
        if (q instanceof String text && !text.isBlank()) {
            matches = matches == null ? search(text) : matches.and(search(text));
        }
        return matches;
    }

    /**
     * A (hierarchical) multi criterion with INCLUDES: the scene holds any of the ids. For studios,
     * Stash's {@code depth: -1} also takes scenes of every sub-studio; only depth 0 and -1 are
     * implemented, and other modifiers fail loudly rather than match everything.
     */
    @SuppressWarnings("unchecked")
    private static Predicate<FakeScene> includes(Map<String, Object> input, String name,
                                                 Function<FakeScene, List<String>> held) {
        if (!"INCLUDES".equals(input.get("modifier"))) {
            throw new FakeResolverError("FakeStash implements only " + name + " INCLUDES, not " + input.get("modifier"));
        }
        Object depth = input.get("depth");
        boolean allLevels = depth instanceof Number number && number.intValue() == -1;
        if (depth != null && !allLevels && !(depth instanceof Number number && number.intValue() == 0)) {
            throw new FakeResolverError("FakeStash implements " + name + " depth 0 and -1 only, not " + depth);
        }
        List<String> wanted = input.get("value") == null ? List.of() : (List<String>) input.get("value");
        return scene -> {
            List<String> ids = held.apply(scene);
            // Without depth -1 a studio criterion looks at the scene's own studio only.
            List<String> considered = name.equals("studios") && !allLevels && !ids.isEmpty() ? List.of(ids.getFirst()) : ids;
            return considered.stream().anyMatch(wanted::contains);
        };
    }

    /**
     * Stash's StashIDCriterionInput with EQUALS: a scene holding an id equal to {@code stash_id}
     * (exact, in SQL {@code =}) from the {@code endpoint}, when one is given.
     */
    private static Predicate<FakeScene> stashId(Map<String, Object> input) {
        if (!"EQUALS".equals(input.get("modifier"))) {
            throw new FakeResolverError("FakeStash implements only stash_id_endpoint EQUALS, not " + input.get("modifier"));
        }
        Object endpoint = input.get("endpoint");
        Object stashId = input.get("stash_id");
        return scene -> scene.stashIds().stream().anyMatch(id -> (endpoint == null || endpoint.equals(id.endpoint()))
                && (stashId == null || stashId.equals(id.stashId())));
    }

    /** The scene's studio id first, then its parent's, and so on up. */
    private static List<String> studioAndAncestors(FakeScene scene) {
        List<String> ids = new ArrayList<>();
        for (FakeStudio studio = scene.studio(); studio != null; studio = studio.parent()) {
            ids.add(studio.id());
        }
        return ids;
    }

    /** {@code value} as SQLite's {@code LIKE} without an ESCAPE clause would read it. */
    static Pattern like(String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // CASE_INSENSITIVE without UNICODE_CASE folds ASCII only, exactly like SQLite's LIKE.
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static Predicate<FakeScene> timestamp(Map<String, Object> input, Function<FakeScene, String> column,
                                                  FakeClock clock) {
        Predicate<String> test = FakeTimestampCriterion.of(input, clock.tomorrow());
        return scene -> test.test(column.apply(scene));
    }

    /** Stash LEFT JOINs every file: a scene matches when any of its files does. */
    private static Predicate<FakeScene> anyFile(Predicate<String> test, Function<FakeFile, String> column) {
        return scene -> scene.files().stream().anyMatch(file -> test.test(column.apply(file)));
    }

    @SuppressWarnings("unchecked")
    private static Predicate<FakeScene> filesFilter(Map<String, Object> filesFilter) {
        Predicate<FakeScene> matches = scene -> true;
        for (Map.Entry<String, Object> criterion : filesFilter.entrySet()) {
            String field = criterion.getKey();
            if (!field.equals("basename") && !field.equals("path")) {
                throw new FakeResolverError("FakeStash does not implement files_filter." + field);
            }
            Predicate<String> text = text((Map<String, Object>) criterion.getValue(), field);
            matches = matches.and(anyFile(text, field.equals("basename") ? FakeFile::basename : FakeFile::path));
        }
        return matches;
    }

    private static Predicate<String> text(Map<String, Object> criterion, String name) {
        String value = (String) criterion.get("value");
        String modifier = (String) criterion.get("modifier");
        return switch (modifier) {
            case "EQUALS" -> like(value).asMatchPredicate();
            case "NOT_EQUALS" -> like(value).asMatchPredicate().negate();
            case "INCLUDES" -> includes(value);
            case "EXCLUDES" -> includes(value).negate();
            case "MATCHES_REGEX" -> regex(value).asPredicate();
            case "NOT_MATCHES_REGEX" -> regex(value).asPredicate().negate();
            default -> throw new FakeResolverError("FakeStash does not implement " + name + " " + modifier);
        };
    }

    /** Stash splits INCLUDES on whitespace and ORs the words, unless the value is wrapped in quotes. */
    private static Predicate<String> includes(String value) {
        List<String> words = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? List.of(value.substring(1, value.length() - 1))
                : List.of(value.trim().split("\\s+"));
        List<Pattern> likes = words.stream().map(word -> like("%" + word + "%")).toList();
        return text -> likes.stream().anyMatch(like -> like.matcher(text).matches());
    }

    private static Pattern regex(String value) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new FakeResolverError("error parsing regexp: " + e.getDescription() + ": `" + value + "`");
        }
    }

    /** Every word (or "quoted phrase") must appear in the title, the details or a file path. */
    private static Predicate<FakeScene> search(String q) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = SEARCH_TERM.matcher(q);
        while (matcher.find()) {
            terms.add((matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT));
        }
        return scene -> terms.stream().allMatch(term -> contains(scene.title(), term) || contains(scene.details(), term)
                || scene.files().stream().anyMatch(file -> contains(file.path(), term)));
    }

    private static boolean contains(String text, String term) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(term);
    }
}
