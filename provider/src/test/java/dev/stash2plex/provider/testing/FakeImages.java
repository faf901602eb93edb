package dev.stash2plex.provider.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
        int hue = (entity + "/" + id).hashCode();
        return encode(new Color(hue & 0xFFFFFF), 4);
    }

    /** What Stash serves for a scene without a cover, or a performer or studio without an image. */
    public static byte[] placeholder() {
        return encode(Color.GRAY, 2);
    }

    /** Whether the entity has its own image; empty when Stash has no such entity (a 404). */
    static Optional<Boolean> hasImage(List<FakeScene> scenes, String entity, String id) {
        return switch (entity) {
            case "scene" -> scenes.stream().filter(s -> s.id().equals(id)).findFirst().map(FakeScene::hasCover);
            case "performer" -> scenes.stream().flatMap(s -> s.performers().stream())
                    .filter(p -> p.id().equals(id)).findFirst().map(FakePerformer::hasImage);
            case "studio" -> scenes.stream()
                    .flatMap(s -> Stream.iterate(s.studio(), Objects::nonNull, FakeStudio::parent))
                    .filter(s -> s.id().equals(id)).findFirst().map(FakeStudio::hasImage);
            default -> Optional.empty();
        };
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
