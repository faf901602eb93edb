package dev.stash2plex.core.stash;

import java.util.List;

/**
 * Everything the provider reads about one Stash scene. Stash sends {@code ""} where the schema
 * says null, so text fields are normalised to null by the client before a record is built.
 *
 * @param date {@code YYYY-MM-DD}, and from Stash v0.30 also {@code YYYY-MM} or {@code YYYY}
 * @param updatedAt RFC 3339 as Stash sent it; used to version image URLs
 * @param files primary file first; may be empty (scenes without files exist)
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
        List<SceneFile> files) {

    public Scene {
        urls = List.copyOf(urls);
        performers = List.copyOf(performers);
        tags = List.copyOf(tags);
        files = List.copyOf(files);
    }
}
