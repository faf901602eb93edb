package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IconRendererTest {

    private final IconRenderer renderer = new IconRenderer();

    /** Which pixels are covered at all: the icon's shape, whatever its colour. */
    private static String silhouette(BufferedImage image) {
        StringBuilder mask = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                mask.append((image.getRGB(x, y) >>> 24) > 128 ? '#' : '.');
            }
        }
        return mask.toString();
    }

    @Test
    void everyStateHasItsOwnShapeNotJustItsOwnColour() {
        for (int size : TrayIcons.SIZES) {
            Set<String> shapes = new HashSet<>();
            for (TrayIcons.Kind kind : TrayIcons.Kind.values()) {
                shapes.add(silhouette(renderer.render(kind, size)));
            }
            assertThat(shapes).as("distinct silhouettes at %d px", size).hasSize(TrayIcons.Kind.values().length);
        }
    }

    @Test
    void drawsAtTheAskedSizeWithATransparentCornerAndADarkRimForLightPanels() {
        for (TrayIcons.Kind kind : EnumSet.allOf(TrayIcons.Kind.class)) {
            BufferedImage image = renderer.render(kind, 22);
            assertThat(image.getWidth()).isEqualTo(22);
            assertThat(image.getRGB(0, 0) >>> 24).as("%s corner", kind).isZero();
            assertThat(hasDarkPixel(image)).as("%s shows on a light panel", kind).isTrue();
            assertThat(hasColouredOrLightPixel(image)).as("%s shows on a dark panel", kind).isTrue();
        }
    }

    @Test
    void theSameInputGivesTheSamePixels() {
        assertThat(silhouette(renderer.render(TrayIcons.Kind.DEGRADED, 24)))
                .isEqualTo(silhouette(renderer.render(TrayIcons.Kind.DEGRADED, 24)));
    }

    @Test
    void trayIconsPickTheDrawnVariantForATraySize() {
        TrayIcons icons = new TrayIcons();
        assertThat(icons.image(TrayIcons.Kind.HEALTHY, 22).getWidth()).isEqualTo(22);
        assertThat(icons.image(TrayIcons.Kind.HEALTHY, 32).getWidth()).isEqualTo(32);
        assertThat(icons.png(TrayIcons.Kind.ERROR, 16)).startsWith(0x89, 'P', 'N', 'G');
    }

    private static boolean hasDarkPixel(BufferedImage image) {
        return pixels(image).anyMatch(rgb -> (rgb >>> 24) > 128 && luminance(rgb) < 80);
    }

    private static boolean hasColouredOrLightPixel(BufferedImage image) {
        return pixels(image).anyMatch(rgb -> (rgb >>> 24) > 128 && luminance(rgb) > 120);
    }

    private static java.util.stream.IntStream pixels(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()));
    }

    private static int luminance(int rgb) {
        return (int) (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
    }
}
