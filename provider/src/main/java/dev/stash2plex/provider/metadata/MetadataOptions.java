package dev.stash2plex.provider.metadata;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the user chose to send Plex: the content rating, fields left out, tags kept out of the genres,
 * whether only organized scenes match, the title of a scene without one, and which tags become collections.
 *
 * @param contentRating sent as {@code contentRating} on every item; empty sends none
 * @param omitted the {@link Field}s never sent
 * @param ignoredTags tag names (any case) that are never a genre or collection
 * @param organizedOnly when true, only scenes marked organized in Stash are matched
 * @param titleTemplate the title of a scene whose Stash title is empty; see {@link TitleTemplate}
 * @param collectionTags tag names (any case) that become a Plex collection each
 */
public record MetadataOptions(
        String contentRating,
        Set<Field> omitted,
        Set<String> ignoredTags,
        boolean organizedOnly,
        String titleTemplate,
        Set<String> collectionTags) {

    /** What Plex's library filters and parental limits know adult content by; the other Stash tools send it too. */
    public static final String DEFAULT_CONTENT_RATING = "XXX";
    public static final String DEFAULT_TITLE_TEMPLATE = TitleTemplate.BASENAME;

    /** The fields a user may leave out, by the name used in {@code S2P_OMIT_FIELDS}. */
    public enum Field {
        SUMMARY, TAGLINE, STUDIO, PARENT_STUDIO, PERFORMERS, DISAMBIGUATION, TAGS, DIRECTOR, RATING, STASH_IDS,
        CONTENT_RATING, STUDIO_COLLECTIONS, GROUP_COLLECTIONS, TAG_COLLECTIONS;

        /** {@code parent_studio}, …: how the field is written in the setting. */
        public String settingName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static String allNames() {
            return java.util.Arrays.stream(values()).map(Field::settingName).collect(Collectors.joining(", "));
        }
    }

    public MetadataOptions {
        contentRating = contentRating == null ? "" : contentRating.strip();
        omitted = Set.copyOf(omitted);
        ignoredTags = folded(ignoredTags);
        titleTemplate = titleTemplate == null || titleTemplate.isBlank() ? DEFAULT_TITLE_TEMPLATE : titleTemplate;
        collectionTags = folded(collectionTags);
    }

    /** Everything sent, {@code XXX} as content rating, file names as titles, no tag collections. */
    public static MetadataOptions defaults() {
        return new MetadataOptions(DEFAULT_CONTENT_RATING, Set.of(), Set.of(), false, DEFAULT_TITLE_TEMPLATE, Set.of());
    }

    public boolean sends(Field field) {
        return !omitted.contains(field);
    }

    public boolean ignoresTag(String name) {
        return name != null && ignoredTags.contains(fold(name));
    }

    public boolean isCollectionTag(String name) {
        return name != null && collectionTags.contains(fold(name)) && !ignoresTag(name);
    }

    public MetadataOptions withOmitted(Set<Field> fields) {
        return new MetadataOptions(contentRating, fields, ignoredTags, organizedOnly, titleTemplate, collectionTags);
    }

    public MetadataOptions withIgnoredTags(Set<String> names) {
        return new MetadataOptions(contentRating, omitted, names, organizedOnly, titleTemplate, collectionTags);
    }

    public MetadataOptions withOrganizedOnly(boolean only) {
        return new MetadataOptions(contentRating, omitted, ignoredTags, only, titleTemplate, collectionTags);
    }

    public MetadataOptions withTitleTemplate(String template) {
        return new MetadataOptions(contentRating, omitted, ignoredTags, organizedOnly, template, collectionTags);
    }

    public MetadataOptions withCollectionTags(Set<String> names) {
        return new MetadataOptions(contentRating, omitted, ignoredTags, organizedOnly, titleTemplate, names);
    }

    public MetadataOptions withContentRating(String rating) {
        return new MetadataOptions(rating, omitted, ignoredTags, organizedOnly, titleTemplate, collectionTags);
    }

    private static Set<String> folded(Set<String> names) {
        return names.stream().map(MetadataOptions::fold).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
