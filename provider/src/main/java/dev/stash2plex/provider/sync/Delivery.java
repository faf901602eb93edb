package dev.stash2plex.provider.sync;

import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.provider.index.store.PlexPlacements;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.SyncQueue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one job: a refresh of every Plex item showing the scene (as the store's map of Plex's items
 * has it), then its artwork; for a scene
 * Plex has no item for, optionally a scan of its folder. Plex being away, busy or refusing the token
 * is thrown to the sync loop, which backs off with the job still queued.
 */
final class Delivery {

    enum Outcome { DELIVERED, NOT_IN_PLEX }

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final PathRules pathRules;
    private final SyncSettings settings;
    private final ArtworkUpload artwork;

    Delivery(PathRules pathRules, SyncSettings settings, ArtworkUpload artwork) {
        this.pathRules = pathRules;
        this.settings = settings;
        this.artwork = artwork;
    }

    /** What one pass over the due jobs shares: the folders already scanned, whether the map was looked at again. */
    static final class Pass {
        final Set<String> scannedFolders = new HashSet<>();
        final List<PlexLibraryMap.NewItem> found = new ArrayList<>();
        boolean mapUpdated;
    }

    Outcome deliver(SyncQueue.Job job, SceneStore store, SyncQueue queue, PlexLibraryMap map, PlexServer plex,
            SendPace pace, Pass pass, long now) throws PlexServerException, InterruptedException {
        PlexPlacements placements = store.plexPlacements();
        List<String> items = placements.ratingKeys(job.sceneId());
        boolean requested = job.cause().equals(SyncQueue.REQUESTED);
        if (items.isEmpty() && !pass.mapUpdated && (map.listedAt() < job.firstSeen() || requested)) {
            // A scan may have added the item since the sections were last looked at.
            pass.mapUpdated = true;
            pass.found.addAll(map.update(plex, placements, false, now));
            items = placements.ratingKeys(job.sceneId());
        }
        if (items.isEmpty()) {
            // Someone asked for this scene by hand: its folder is scanned even when new scenes' folders are not.
            if ((settings.scanNewFolders() || requested) && !job.cause().equals("removed")) {
                scanFolders(store.scene(Long.toString(job.sceneId())), map, plex, pace, pass);
            }
            queue.done(job);
            return Outcome.NOT_IN_PLEX;
        }
        for (String item : items) {
            pace.await();
            try {
                plex.refreshItem(item);
            } catch (PlexServerException.NotFound gone) {
                // Deleted in Plex since the listing: list again next time; nothing to refresh.
                map.invalidate();
            }
        }
        queue.done(job);
        if (settings.uploadArtwork()) {
            Optional<Scene> scene = store.scene(Long.toString(job.sceneId()));
            for (String item : items) {
                if (scene.isPresent()) {
                    uploadQuietly(plex, queue, pace, item, scene.get());
                }
            }
        }
        return Outcome.DELIVERED;
    }

    /** The artwork of an item Plex matched since the last listing, unless it has this version already. */
    void artworkOfNewItem(PlexLibraryMap.NewItem item, SceneStore store, SyncQueue queue, PlexServer plex, SendPace pace)
            throws PlexServerException, InterruptedException {
        Optional<Scene> scene = store.scene(Long.toString(item.sceneId()));
        if (scene.isPresent()) {
            uploadQuietly(plex, queue, pace, item.ratingKey(), scene.get());
        }
    }

    /** Artwork Plex refuses (a 4xx) is logged and left; Plex away or refusing the token goes to the loop. */
    private void uploadQuietly(PlexServer plex, SyncQueue queue, SendPace pace, String ratingKey, Scene scene)
            throws PlexServerException, InterruptedException {
        try {
            artwork.upload(plex, queue, pace, ratingKey, scene);
        } catch (PlexServerException.Rejected | PlexServerException.NotFound e) {
            LOG.atInfo().addKeyValue("item", ratingKey).addKeyValue("reason", e.getMessage())
                    .log("Plex sync: Plex did not take the artwork");
        }
    }

    private void scanFolders(Optional<Scene> scene, PlexLibraryMap map, PlexServer plex, SendPace pace, Pass pass)
            throws PlexServerException, InterruptedException {
        if (scene.isEmpty()) {
            return;
        }
        for (SceneFile file : scene.get().files()) {
            Optional<String> plexPath = pathRules.stashToPlex(file.path()).map(mapping -> mapping.path());
            if (plexPath.isEmpty()) {
                continue;
            }
            String folder = folderOf(plexPath.get());
            Optional<PlexSection> section = map.sectionHolding(plexPath.get());
            if (section.isEmpty() || !pass.scannedFolders.add(section.get().key() + "\n" + folder)) {
                continue;
            }
            pace.await();
            plex.scanFolder(section.get().key(), folder);
            LOG.atInfo().addKeyValue("section", section.get().title()).addKeyValue("folder", folder)
                    .log("Plex sync: asked Plex to scan the folder of a new scene");
        }
    }

    private static String folderOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash <= 0 ? path : path.substring(0, slash);
    }
}
