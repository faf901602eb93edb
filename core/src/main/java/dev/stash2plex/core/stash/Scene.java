package dev.stash2plex.core.stash;

import java.util.List;

/**
 * Everything the provider reads about one Stash scene. Stash sends {@code ""} where the schema
 * says null, so text fields are normalised to null by the client before a record is built.
 *
 * @param date {@code YYYY-MM-DD}, and from Stash v0.30 also {@code YYYY-MM} or {@code YYYY}
 * @param updatedAt RFC 3339 as Stash sent it; used to version image URLs
 * @param files primary file first; may be empty (scenes without files exist)
 * @param organized whether the scene is marked organized in Stash
 * @param stashIds the scene's ids on stash-box servers (StashDB, ThePornDB, …)
 */
public record Scene(
        String id,
        String title,
        String code,
        String details,
        String director,
        List<String> urls,
        String date,
        Integer rating100,
        String updatedAt,
        Studio studio,
        List<Performer> performers,
        List<Tag> tags,
        List<SceneFile> files,
        boolean organized,
        List<StashId> stashIds) {

    /**
     * Goes up whenever scene-fields.graphql gains a field the provider uses: an index stored with an
     * older version lacks it and is built anew (see the index's Stash identity).
     */
    public static final int FIELDS_VERSION = 2;

    public Scene {
        // A scene stored by an older index may lack the newer lists: Jackson hands those over as null.
        urls = urls == null ? List.of() : List.copyOf(urls);
        performers = List.copyOf(performers);
        tags = List.copyOf(tags);
        files = List.copyOf(files);
        stashIds = stashIds == null ? List.of() : List.copyOf(stashIds);
    }

    /** A scene not marked organized, without stash-box ids. */
    public Scene(String id, String title, String code, String details, String director, List<String> urls, String date,
            Integer rating100, String updatedAt, Studio studio, List<Performer> performers, List<Tag> tags,
            List<SceneFile> files) {
        this(id, title, code, details, director, urls, date, rating100, updatedAt, studio, performers, tags, files, false,
                List.of());
    }
}
