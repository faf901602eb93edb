package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrayIconsTest {

    private final TrayIcons icons = new TrayIcons();

    /**
     * The icon as someone who cannot tell colours apart sees it: transparent, dark or light per pixel.
     * Two states whose masks are equal differ by colour alone.
     */
    private static String greyMask(BufferedImage image) {
        StringBuilder mask = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                mask.append((rgb >>> 24) <= 128 ? '.' : luminance(rgb) > 150 ? 'o' : '#');
            }
        }
        return mask.toString();
    }

    @Test
    void everyStateReadsWithoutColourAtEverySize() {
        for (int size : TrayIcons.SIZES) {
            Set<String> masks = new HashSet<>();
            for (TrayIcons.Kind kind : TrayIcons.Kind.values()) {
                masks.add(greyMask(icons.image(kind, size)));
            }
            assertThat(masks).as("distinct icons without colour at %d px", size).hasSize(TrayIcons.Kind.values().length);
        }
    }

    @Test
    void everyIconHasItsSizeATransparentCornerAndShowsOnLightAndDarkPanels() {
        for (TrayIcons.Kind kind : TrayIcons.Kind.values()) {
            for (int size : TrayIcons.SIZES) {
                BufferedImage image = icons.image(kind, size);
                assertThat(image.getWidth()).as("%s at %d", kind, size).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
                assertThat(image.getRGB(0, 0) >>> 24).as("%s corner", kind).isLessThan(64);
                assertThat(pixels(image).anyMatch(rgb -> (rgb >>> 24) > 128 && luminance(rgb) < 90))
                        .as("%s at %d has a dark part for light panels", kind, size).isTrue();
                assertThat(pixels(image).anyMatch(rgb -> (rgb >>> 24) > 128 && luminance(rgb) > 110))
                        .as("%s at %d has a bright part for dark panels", kind, size).isTrue();
            }
        }
    }

    @Test
    void windowsGetThePngBytes() {
        assertThat(icons.png(TrayIcons.Kind.CRASHED, 32)).startsWith(0x89, 'P', 'N', 'G');
    }

    private static IntStream pixels(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()));
    }

    private static int luminance(int rgb) {
        return (int) (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
    }
}
