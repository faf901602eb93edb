package dev.stash2plex.provider.testing;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Performers, studios and tags as Stash's resolvers present them, in a scene or on their own:
 * image URLs absolute on the server's base URL with {@code ?t=} the entity's own updated_at (so a
 * rename changes them too) and {@code default=true} when there is no image.
 */
final class FakeEntityView {

    private final String base;
    private final FakeEntities entities;

    /** @param base the server's base URL without a trailing slash */
    FakeEntityView(String base, FakeEntities entities) {
        this.base = base;
        this.entities = entities;
    }

    Map<String, Object> performer(FakePerformer performer) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", performer.id());
        view.put("name", performer.name());
        view.put("disambiguation", text(performer.disambiguation()));
        view.put("gender", performer.gender());
        view.put("image_path", imagePath("performer", performer.id(), performer.updatedAt(), performer.hasImage()));
        view.put("urls", List.of());
        view.put("alias_list", List.of());
        view.put("favorite", false);
        view.put("tags", List.of());
        view.put("ignore_auto_tag", false);
        view.put("stash_ids", List.of());
        view.put("custom_fields", Map.of());
        view.put("details", "");
        timestamps(view, "performer", performer.id(), performer.updatedAt());
        return view;
    }

    Map<String, Object> studio(FakeStudio studio) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", studio.id());
        view.put("name", studio.name());
        view.put("url", "");
        view.put("urls", List.of());
        view.put("image_path", imagePath("studio", studio.id(), studio.updatedAt(), studio.hasImage()));
        view.put("parent_studio", studio.parent() == null ? null : studio(studio.parent()));
        view.put("child_studios", List.of());
        view.put("aliases", List.of());
        view.put("tags", List.of());
        view.put("stash_ids", List.of());
        view.put("ignore_auto_tag", false);
        view.put("favorite", false);
        view.put("details", "");
        view.put("groups", List.of());
        view.put("movies", List.of());
        timestamps(view, "studio", studio.id(), studio.updatedAt());
        return view;
    }

    Map<String, Object> tag(FakeTag tag) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", tag.id());
        view.put("name", tag.name());
        view.put("description", "");
        view.put("aliases", List.of());
        view.put("ignore_auto_tag", false);
        view.put("favorite", false);
        view.put("stash_ids", List.of());
        view.put("parents", List.of());
        view.put("children", List.of());
        timestamps(view, "tag", tag.id(), tag.updatedAt());
        return view;
    }

    private void timestamps(Map<String, Object> view, String kind, String id, String updatedAt) {
        view.put("created_at", entities.createdAt(kind, id, updatedAt));
        view.put("updated_at", updatedAt);
    }

    private String imagePath(String kind, String id, String updatedAt, boolean hasImage) {
        return base + "/" + kind + "/" + id + "/image?t=" + unix(updatedAt) + (hasImage ? "" : "&default=true");
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static long unix(String rfc3339) {
        return OffsetDateTime.parse(rfc3339).toEpochSecond();
    }
}
