package dev.stash2plex.app.icons;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/**
 * The app icon for window title bars, task bars and Alt+Tab, in every size rendered from
 * {@code icons/stash2plex.svg} (icons/render.sh): the window system picks the closest one.
 */
public final class WindowIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcons() {
    }

    /** Loads the images; call on the FX thread when a Stage is built (they are small PNGs inside the jar). */
    public static List<Image> load() {
        return IntStream.of(SIZES)
                .mapToObj(size -> new Image(WindowIcons.class.getResource("stash2plex-" + size + ".png").toExternalForm()))
                .toList();
    }
}
