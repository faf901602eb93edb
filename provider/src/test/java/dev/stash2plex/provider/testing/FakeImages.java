package dev.stash2plex.provider.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Small real PNGs for the fake's image routes: one per entity (so a test can tell which one it got)
 * and Stash's generic placeholder for entities without an image.
 */
public final class FakeImages {

    private FakeImages() {
    }

    /** The bytes {@code /{entity}/{id}/…} serves when that entity has an image, e.g. {@code png("scene", "12")}. */
    public static byte[] png(String entity, String id) {
        return png(entity, id, 0);
    }

    /**
     * The bytes after the entity's image was replaced {@code generation} times (see
     * {@link FakeStash#newPerformerImage(String)}); generation 0 is {@link #png(String, String)}.
     */
    public static byte[] png(String entity, String id, int generation) {
        int hue = (entity + "/" + id + (generation == 0 ? "" : "#" + generation)).hashCode();
        return encode(new Color(hue & 0xFFFFFF), 4);
    }

    /** What Stash serves for a scene without a cover, or a performer or studio without an image. */
    public static byte[] placeholder() {
        return encode(Color.GRAY, 2);
    }

    private static byte[] encode(Color color, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
