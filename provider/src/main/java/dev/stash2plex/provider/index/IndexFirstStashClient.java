package dev.stash2plex.provider.index;

import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashImage;
import dev.stash2plex.core.stash.StashVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scene lookups answered from the index while it is usable, and by Stash otherwise. A miss first
 * asks Stash what changed since the last refresh (at most every couple of seconds, whoever asks),
 * so a scene added moments ago is still found, and then answers from the index again: a file
 * Stash does not know costs one cheap "what changed" query, never a scan per file.
 */
public final class IndexFirstStashClient implements StashClient {

    /** Title search narrows 100,000 titles to this many before the title step ranks them. */
    static final int TITLE_CANDIDATES = 200;

    private final SceneIndex index;
    private final StashClient stash;

    public IndexFirstStashClient(SceneIndex index, StashClient stash) {
        this.index = index;
        this.stash = stash;
    }

    @Override
    public StashVersion version() throws StashException {
        return stash.version();
    }

    @Override
    public Optional<Scene> findScene(String id) throws StashException {
        if (!index.usable()) {
            return stash.findScene(id);
        }
        Optional<Scene> scene = index.scene(id);
        if (scene.isEmpty() && index.catchUp()) {
            scene = index.scene(id);
        }
        return scene;
    }

    @Override
    public List<SceneHit> findScenesByPath(String exactPath) throws StashException {
        if (!index.usable()) {
            return stash.findScenesByPath(exactPath);
        }
        return hits(() -> index.byPath(exactPath));
    }

    @Override
    public List<SceneHit> findScenesByBasename(String basename) throws StashException {
        if (!index.usable()) {
            return stash.findScenesByBasename(basename);
        }
        List<SceneHit> exact = hits(() -> index.byBasename(basename));
        // Plex on Windows or macOS may spell a name in another case than Stash stored it.
        return exact.isEmpty() ? toHits(index.byBasenameIgnoringCase(basename)) : exact;
    }

    @Override
    public List<SceneHit> findScenesByOshash(String oshash) throws StashException {
        if (!index.usable()) {
            return stash.findScenesByOshash(oshash);
        }
        return hits(() -> index.byOshash(oshash));
    }

    /** The index keeps no stash-box ids by themselves: a legacy re-match is rare enough to ask Stash. */
    @Override
    public List<SceneHit> findScenesByStashId(String endpoint, String stashId) throws StashException {
        return stash.findScenesByStashId(endpoint, stashId);
    }

    @Override
    public List<SceneHit> searchScenes(String text, int limit) throws StashException {
        if (!index.usable()) {
            return stash.searchScenes(text, limit);
        }
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        return toHits(index.searchTitles(words, Math.max(limit, TITLE_CANDIDATES)));
    }

    @Override
    public StashImage fetchImage(ImageKind kind, String id) throws StashException {
        return stash.fetchImage(kind, id);
    }

    private List<SceneHit> hits(Supplier<List<Scene>> lookup) {
        List<Scene> found = lookup.get();
        if (found.isEmpty() && index.catchUp()) {
            found = lookup.get();
        }
        return toHits(found);
    }

    private static List<SceneHit> toHits(List<Scene> scenes) {
        return scenes.stream().map(SceneHit::of).toList();
    }
}
