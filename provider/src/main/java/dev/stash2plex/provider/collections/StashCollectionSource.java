package dev.stash2plex.provider.collections;

import dev.stash2plex.core.guid.PlexIds.CollectionKind;
import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.GroupScene;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashCollections;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.http.Paging;
import dev.stash2plex.provider.metadata.SceneCollections;
import dev.stash2plex.provider.metadata.SceneToMetadata;
import dev.stash2plex.provider.plex.Metadata;
import java.util.List;
import java.util.Optional;

/**
 * A collection and its members from Stash: a studio (with every sub-studio's scenes, so a parent
 * studio is a collection of its own), a group (in the group's scene order) or a tag.
 */
public final class StashCollectionSource {

    /** A group is a handful of scenes; this bounds a runaway one. */
    static final int GROUP_LIMIT = 1000;

    /** One page of a collection's movies, and how many it has in all. */
    public record Members(List<Metadata> page, int totalSize) {
    }

    private final StashCollections stash;
    private final SceneToMetadata mapping;
    private final SceneCollections collections;

    public StashCollectionSource(StashCollections stash, SceneToMetadata mapping, SceneCollections collections) {
        this.stash = stash;
        this.mapping = mapping;
        this.collections = collections;
    }

    /** The collection as a Plex item of type collection, or empty when Stash has no such studio, group or tag. */
    public Optional<Metadata> collection(CollectionKind kind, String id, String imageBase) throws StashException {
        Optional<Metadata.CollectionTag> tag = switch (kind) {
            case STUDIO -> stash.studio(id).map(studio -> collections.studio(studio, imageBase));
            case GROUP -> stash.group(id).map(group -> collections.group(group, imageBase));
            case TAG -> stash.tag(id).map(collections::tag);
        };
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String ratingKey = PlexIds.collectionRatingKey(kind, id);
        Metadata.CollectionTag entry = tag.get();
        int count = members(kind, id, new Paging(0, 0), imageBase).map(Members::totalSize).orElse(0);
        return Optional.of(Metadata.builder(ratingKey, PlexIds.collectionChildrenKey(ratingKey), entry.guid(),
                        Metadata.COLLECTION, entry.tag())
                .summary(entry.summary()).thumb(entry.thumb()).art(entry.art()).childCount(count).build());
    }

    /** A page of the collection's movies, or empty when Stash has no such studio, group or tag. */
    public Optional<Members> members(CollectionKind kind, String id, Paging paging, String imageBase)
            throws StashException {
        return switch (kind) {
            case STUDIO -> window(StashPages.window(paging, (page, perPage) -> stash.scenesOfStudio(id, true, page, perPage)),
                    () -> stash.studio(id).isPresent(), imageBase);
            case TAG -> window(StashPages.window(paging, (page, perPage) -> stash.scenesOfTag(id, page, perPage)),
                    () -> stash.tag(id).isPresent(), imageBase);
            case GROUP -> {
                List<GroupScene> scenes = stash.scenesOfGroup(id, GROUP_LIMIT);
                if (scenes.isEmpty() && stash.group(id).isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new Members(paging.slice(scenes).stream()
                        .map(member -> mapping.map(member.scene(), imageBase)).toList(), scenes.size()));
            }
        };
    }

    @FunctionalInterface
    private interface Exists {
        boolean check() throws StashException;
    }

    /** An empty collection is told from an unknown one by asking for the owner only then. */
    private Optional<Members> window(StashPages.Window<Scene> window, Exists exists, String imageBase)
            throws StashException {
        if (window.total() == 0 && !exists.check()) {
            return Optional.empty();
        }
        return Optional.of(new Members(window.items().stream().map(scene -> mapping.map(scene, imageBase)).toList(),
                window.total()));
    }
}
