package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.guid.PlexIds.CollectionKind;
import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.Group;
import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneGroup;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.core.stash.Tag;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.metadata.MetadataOptions.Field;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The collections a scene belongs to, as the {@code Collection} entries of its movie: its groups, its studio, the
 * studio's parent (a collection of its own, holding every scene of its sub-studios), and the tags the
 * user picked ({@code S2P_COLLECTION_TAGS}).
 */
public final class SceneCollections {

    private final ImageUrls imageUrls;
    private final MetadataOptions options;

    public SceneCollections(ImageUrls imageUrls, MetadataOptions options) {
        this.imageUrls = imageUrls;
        this.options = options;
    }

    /** @param groups the scene's groups (Stash v0.27+), empty when unknown */
    List<Metadata.CollectionTag> of(Scene scene, List<SceneGroup> groups, String imageBase) {
        List<Metadata.CollectionTag> collections = new ArrayList<>();
        if (options.sends(Field.GROUP_COLLECTIONS)) {
            for (SceneGroup membership : groups) {
                collections.add(group(membership.group(), imageBase));
            }
        }
        if (options.sends(Field.STUDIO_COLLECTIONS)) {
            for (Studio studio = scene.studio(); studio != null; studio = studio.parent()) {
                collections.add(studio(studio, imageBase));
            }
        }
        if (options.sends(Field.TAG_COLLECTIONS)) {
            for (Tag tag : scene.tags()) {
                if (options.isCollectionTag(tag.name())) {
                    collections.add(entry(CollectionKind.TAG, tag.id(), tag.name(), null));
                }
            }
        }
        return collections;
    }

    public Metadata.CollectionTag studio(Studio studio, String imageBase) {
        String logo = studio.hasImage()
                ? imageUrls.url(imageBase, ImageKind.STUDIO, studio.id(), studio.imageVersion())
                : null;
        return entry(CollectionKind.STUDIO, studio.id(), studio.name(), logo);
    }

    public Metadata.CollectionTag group(Group group, String imageBase) {
        String front = group.hasImage()
                ? imageUrls.url(imageBase, ImageKind.GROUP_FRONT, group.id(), group.imageVersion())
                : null;
        String ratingKey = PlexIds.collectionRatingKey(CollectionKind.GROUP, group.id());
        return new Metadata.CollectionTag(PlexIds.collectionGuid(ratingKey), PlexIds.collectionChildrenKey(ratingKey),
                group.name(), group.synopsis(), front, null);
    }

    public Metadata.CollectionTag tag(Tag tag) {
        return entry(CollectionKind.TAG, tag.id(), tag.name(), null);
    }

    private static Metadata.CollectionTag entry(CollectionKind kind, String stashId, String name, String thumb) {
        String ratingKey = PlexIds.collectionRatingKey(kind, stashId);
        return new Metadata.CollectionTag(PlexIds.collectionGuid(ratingKey), PlexIds.collectionChildrenKey(ratingKey),
                name, null, thumb, null);
    }
}
