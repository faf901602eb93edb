package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scene held by {@link FakeStash}; build one with {@link #builder(String)}. Null texts are
 * served as {@code ""}, like Stash does.
 */
public record FakeScene(
        String id,
        String title,
        String code,
        String details,
        String director,
        List<String> urls,
        String date,
        Integer rating100,
        String createdAt,
        String updatedAt,
        FakeStudio studio,
        List<FakePerformer> performers,
        List<FakeTag> tags,
        List<FakeFile> files,
        boolean hasCover,
        boolean organized,
        List<FakeStashId> stashIds,
        List<FakeSceneGroup> groups) {

    /** Fixed, so tests and image URLs ({@code ?t=}) are deterministic. */
    public static final String DEFAULT_UPDATED_AT = "2024-05-01T12:00:00Z";
    public static final String DEFAULT_CREATED_AT = "2024-04-01T08:30:00Z";

    public FakeScene {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[0-9]+")) {
            throw new IllegalArgumentException("Stash scene ids are integers: " + id);
        }
        urls = List.copyOf(urls);
        performers = List.copyOf(performers);
        tags = List.copyOf(tags);
        files = List.copyOf(files);
        stashIds = List.copyOf(stashIds);
        groups = List.copyOf(groups);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A fresh builder starting from this scene, for a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(id).title(title).code(code).details(details).director(director)
                .date(date).rating100(rating100).createdAt(createdAt).updatedAt(updatedAt).studio(studio);
        urls.forEach(builder::url);
        performers.forEach(builder::performer);
        tags.forEach(builder::tag);
        files.forEach(builder::file);
        stashIds.forEach(builder::stashId);
        groups.forEach(builder::group);
        builder.organized(organized);
        return hasCover ? builder.withCover() : builder;
    }

    /** This scene showing other versions of its studio, performers and tags; its own updated_at stays. */
    FakeScene withEntities(FakeStudio shownStudio, List<FakePerformer> shownPerformers, List<FakeTag> shownTags) {
        return new FakeScene(id, title, code, details, director, urls, date, rating100, createdAt, updatedAt,
                shownStudio, shownPerformers, shownTags, files, hasCover, organized, stashIds, groups);
    }

    /** Fluent, single-threaded fixture builder. */
    public static final class Builder {
        private final String id;
        private String title;
        private String code;
        private String details;
        private String director;
        private final List<String> urls = new ArrayList<>();
        private String date;
        private Integer rating100;
        private String createdAt = DEFAULT_CREATED_AT;
        private String updatedAt = DEFAULT_UPDATED_AT;
        private FakeStudio studio;
        private final List<FakePerformer> performers = new ArrayList<>();
        private final List<FakeTag> tags = new ArrayList<>();
        private final List<FakeFile> files = new ArrayList<>();
        private boolean hasCover;
        private boolean organized;
        private final List<FakeStashId> stashIds = new ArrayList<>();
        private final List<FakeSceneGroup> groups = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String value) { title = value; return this; }

        public Builder code(String value) { code = value; return this; }

        public Builder details(String value) { details = value; return this; }

        public Builder director(String value) { director = value; return this; }

        public Builder url(String value) { urls.add(value); return this; }

        /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (Stash v0.30 partial dates). */
        public Builder date(String value) { date = value; return this; }

        public Builder rating100(Integer value) { rating100 = value; return this; }

        public Builder createdAt(String value) { createdAt = value; return this; }

        public Builder updatedAt(String value) { updatedAt = value; return this; }

        public Builder studio(FakeStudio value) { studio = value; return this; }

        public Builder studio(String studioId, String name) { return studio(FakeStudio.of(studioId, name)); }

        public Builder performer(FakePerformer value) { performers.add(value); return this; }

        public Builder performer(String performerId, String name) { return performer(FakePerformer.of(performerId, name)); }

        public Builder tag(String tagId, String name) { return tag(new FakeTag(tagId, name)); }

        public Builder tag(FakeTag value) { tags.add(value); return this; }

        /** The first file added is the primary one, as in Stash. */
        public Builder file(String path, long size, double durationSeconds) {
            return file(new FakeFile(path, size, durationSeconds));
        }

        /** A file as given, e.g. with an explicit oshash. */
        public Builder file(FakeFile value) { files.add(value); return this; }

        public Builder file(String path) { return file(path, 1_048_576, 600.5); }

        /** Forgets the files added so far, e.g. when an edit moves the scene's file. */
        public Builder clearFiles() { files.clear(); return this; }

        /** The scene has a cover image, so its screenshot route serves a scene-specific PNG. */
        public Builder withCover() { hasCover = true; return this; }

        public Builder organized(boolean value) { organized = value; return this; }

        public Builder stashId(FakeStashId value) { stashIds.add(value); return this; }

        public Builder stashId(String endpoint, String stashId) { return stashId(new FakeStashId(endpoint, stashId)); }

        /** The scene in a group, at {@code sceneIndex} (null: no position) — Stash's SceneGroup. */
        public Builder group(FakeSceneGroup value) { groups.add(value); return this; }

        public Builder group(FakeGroup group, Integer sceneIndex) { return group(new FakeSceneGroup(group, sceneIndex)); }

        public FakeScene build() {
            return new FakeScene(id, title, code, details, director, urls, date, rating100, createdAt, updatedAt,
                    studio, performers, tags, files, hasCover, organized, stashIds, groups);
        }
    }
}
