package dev.stash2plex.provider.testing;

import java.util.Set;

/**
 * What older Stash releases lack, as schema coordinates, from the version table of Stash's schema
 * history (groups in v0.27; StashID.updated_at and Tag.sort_name in v0.28; Studio.urls, Tag.stash_ids and
 * the files filter in v0.30), for {@link FakeStash#actAsRelease}.
 */
public final class StashReleases {

    /** Stash v0.22: the oldest release the provider supports. */
    public static final Set<String> ADDED_AFTER_V0_22 = Set.of(
            "Scene.groups", "SceneGroup.group", "SceneGroup.scene_index", "Query.findGroup", "Query.findGroups",
            "SceneFilterType.groups", "Performer.urls", "StashID.updated_at", "Tag.sort_name", "Studio.urls",
            "Tag.stash_ids", "SceneFilterType.files_filter");

    private StashReleases() {
    }
}
