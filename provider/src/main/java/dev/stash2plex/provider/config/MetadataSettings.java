package dev.stash2plex.provider.config;

import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.metadata.MetadataOptions;
import dev.stash2plex.provider.metadata.TitleTemplate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The settings of what Plex is sent ({@link MetadataOptions}), validated; each problem is noted with its origin. */
final class MetadataSettings {

    /** Long enough for any rating system's label ({@code de/16}, {@code NC-17}, {@code XXX}). */
    private static final int CONTENT_RATING_MAX = 32;

    /** An empty value means "the default" to the loader, so sending no rating needs a word of its own. */
    static final String NONE = "none";

    private final Function<Setting, RawValue> raw;
    private final List<String> problems;

    MetadataSettings(Function<Setting, RawValue> raw, List<String> problems) {
        this.raw = raw;
        this.problems = problems;
    }

    MetadataOptions build() {
        return new MetadataOptions(contentRating(), omitted(), names(Setting.IGNORE_TAGS), organizedOnly(),
                titleTemplate(), names(Setting.COLLECTION_TAGS));
    }

    private String contentRating() {
        RawValue value = raw.apply(Setting.CONTENT_RATING);
        String text = value.text() == null ? "" : value.text().strip();
        if (text.equalsIgnoreCase(NONE)) {
            return "";
        }
        if (text.length() > CONTENT_RATING_MAX || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(value.origin() + " must be a short rating label such as XXX, R or de/18 (or none to send none)");
            return MetadataOptions.DEFAULT_CONTENT_RATING;
        }
        return text;
    }

    private Set<MetadataOptions.Field> omitted() {
        RawValue value = raw.apply(Setting.OMIT_FIELDS);
        Set<MetadataOptions.Field> fields = EnumSet.noneOf(MetadataOptions.Field.class);
        for (String name : list(value)) {
            try {
                fields.add(MetadataOptions.Field.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(value.origin() + " names an unknown field \"" + name + "\"; the fields are "
                        + MetadataOptions.Field.allNames());
            }
        }
        return fields;
    }

    private Set<String> names(Setting setting) {
        return new LinkedHashSet<>(list(raw.apply(setting)));
    }

    private boolean organizedOnly() {
        RawValue value = raw.apply(Setting.ORGANIZED_ONLY);
        String text = value.text() == null ? "" : value.text().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return false;
        }
        return ConfigValidation.switchWord(text).orElseGet(() -> {
            problems.add(value.origin() + " must be true or false (got \"" + value.text() + "\")");
            return false;
        });
    }

    private String titleTemplate() {
        RawValue value = raw.apply(Setting.TITLE_TEMPLATE);
        String text = value.text() == null ? "" : value.text().strip();
        List<String> wrong = TitleTemplate.problems(text);
        wrong.forEach(problem -> problems.add(value.origin() + ": " + problem));
        return wrong.isEmpty() ? text : MetadataOptions.DEFAULT_TITLE_TEMPLATE;
    }

    /** A comma-separated list, or in YAML also a list; blank entries dropped. */
    private List<String> list(RawValue value) {
        if (value.text() == null && value.node() != null) {
            if (!value.node().isArray()) {
                problems.add(value.origin() + " must be a list of names");
                return List.of();
            }
            java.util.ArrayList<String> entries = new java.util.ArrayList<>();
            value.node().forEach(entry -> entries.add(entry.asText().strip()));
            return entries.stream().filter(entry -> !entry.isEmpty()).toList();
        }
        String text = value.text() == null ? "" : value.text();
        return Arrays.stream(text.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
