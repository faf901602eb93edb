package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Stash's {@code findScenes} semantics over in-memory scenes, including the traps: path EQUALS is
 * SQLite's LIKE (ASCII case-insensitive, {@code _} and {@code %} are wildcards) over every file,
 * MATCHES_REGEX is case-sensitive unless {@code (?i)}, and without a sort there is no order.
 * Anything the fake does not implement is a resolver error, never a silent "match everything".
 */
final class FakeSceneQuery {

    /** What Stash reports as a resolver error: HTTP 200 with {@code errors[]}. */
    static final class ResolverError extends RuntimeException {
        ResolverError(String message) {
            super(message);
        }
    }

    record Page(List<FakeScene> scenes, int count) {
    }

    private static final Set<String> SORTS = Set.of("id", "title", "date", "path", "created_at", "updated_at");
    private static final Pattern SEARCH_TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private FakeSceneQuery() {
    }

    @SuppressWarnings("unchecked")
    static Page find(Collection<FakeScene> all, Map<String, Object> sceneFilter, Map<String, Object> filter) {
        Predicate<FakeScene> matches = scene -> true;
        if (sceneFilter != null) {
            for (Map.Entry<String, Object> criterion : sceneFilter.entrySet()) {
                matches = matches.and(switch (criterion.getKey()) {
                    case "path" -> path((Map<String, Object>) criterion.getValue());
                    case "files_filter" -> filesFilter((Map<String, Object>) criterion.getValue());
                    default -> throw new ResolverError("FakeStash does not implement scene_filter." + criterion.getKey());
                });
            }
        }
        Map<String, Object> find = filter == null ? Map.of() : filter;
        if (find.get("q") instanceof String q && !q.isBlank()) {
            matches = matches.and(search(q));
        }
        List<FakeScene> found = new ArrayList<>(all.stream().filter(matches).toList());
        sort(found, (String) find.get("sort"), "DESC".equals(find.get("direction")));
        return new Page(page(found, number(find.get("page"), 1), number(find.get("per_page"), 25)), found.size());
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

    private static Predicate<FakeScene> path(Map<String, Object> criterion) {
        Predicate<String> test = text(criterion, "path");
        // Stash LEFT JOINs every file: a scene matches when any of its files does.
        return scene -> scene.files().stream().anyMatch(file -> test.test(file.path()));
    }

    @SuppressWarnings("unchecked")
    private static Predicate<FakeScene> filesFilter(Map<String, Object> filesFilter) {
        Predicate<FakeScene> matches = scene -> true;
        for (Map.Entry<String, Object> criterion : filesFilter.entrySet()) {
            String field = criterion.getKey();
            if (!field.equals("basename") && !field.equals("path")) {
                throw new ResolverError("FakeStash does not implement files_filter." + field);
            }
            Predicate<String> text = text((Map<String, Object>) criterion.getValue(), field);
            Predicate<FakeFile> test = field.equals("basename")
                    ? file -> text.test(file.basename())
                    : file -> text.test(file.path());
            matches = matches.and(scene -> scene.files().stream().anyMatch(test));
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
            default -> throw new ResolverError("FakeStash does not implement " + name + " " + modifier);
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
            throw new ResolverError("error parsing regexp: " + e.getDescription() + ": `" + value + "`");
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

    private static void sort(List<FakeScene> scenes, String sort, boolean descending) {
        if (sort == null) {
            return;
        }
        if (!SORTS.contains(sort)) {
            throw new ResolverError("invalid sort: " + sort);
        }
        Comparator<FakeScene> byId = Comparator.comparingLong(scene -> Long.parseLong(scene.id()));
        Comparator<FakeScene> order = switch (sort) {
            case "title" -> Comparator.comparing((FakeScene scene) -> scene.title() == null ? "" : scene.title());
            case "date" -> Comparator.comparing((FakeScene scene) -> scene.date() == null ? "" : scene.date());
            case "path" -> Comparator.comparing((FakeScene scene) -> scene.files().isEmpty() ? "" : scene.files().getFirst().path());
            case "created_at" -> Comparator.comparing(FakeScene::createdAt);
            case "updated_at" -> Comparator.comparing(FakeScene::updatedAt);
            default -> byId;
        };
        scenes.sort(descending ? order.reversed().thenComparing(byId) : order.thenComparing(byId));
    }

    private static List<FakeScene> page(List<FakeScene> scenes, int page, int perPage) {
        if (perPage < 0) {
            return scenes;
        }
        long from = (long) (Math.max(page, 1) - 1) * perPage;
        return from >= scenes.size() ? List.of()
                : scenes.subList((int) from, (int) Math.min(scenes.size(), from + perPage));
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number number ? number.intValue() : fallback;
    }
}
