package dev.stash2plex.app.tray;

import dev.stash2plex.app.health.ProviderStatus;
import java.awt.Image;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The tray icon of each state, drawn once at start-up at the sizes trays use (16, 22, 24, 32 px).
 * Issue 6 replaces the drawing with PNGs rendered from an SVG master; the kinds stay.
 */
public final class TrayIcons {

    /** One icon per group of states that look alike to the user. */
    public enum Kind {
        HEALTHY, DEGRADED, ERROR, STOPPED, ENGINE_DOWN, BUSY
    }

    static final int[] SIZES = {16, 22, 24, 32};

    private final Map<Kind, BaseMultiResolutionImage> images = new EnumMap<>(Kind.class);

    public TrayIcons() {
        IconRenderer renderer = new IconRenderer();
        for (Kind kind : Kind.values()) {
            Image[] variants = new Image[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                variants[i] = renderer.render(kind, SIZES[i]);
            }
            images.put(kind, new BaseMultiResolutionImage(variants));
        }
    }

    public static Kind kindOf(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Healthy h -> Kind.HEALTHY;
            case ProviderStatus.Degraded d -> Kind.DEGRADED;
            case ProviderStatus.Crashed c -> Kind.ERROR;
            case ProviderStatus.Failed f -> Kind.ERROR;
            case ProviderStatus.Stopped s -> Kind.STOPPED;
            case ProviderStatus.NotConfigured n -> Kind.STOPPED;
            case ProviderStatus.EngineUnavailable e -> Kind.ENGINE_DOWN;
            case ProviderStatus.Building b -> Kind.BUSY;
            case ProviderStatus.Starting s -> Kind.BUSY;
        };
    }

    /** All sizes of one icon. */
    public MultiResolutionImage image(Kind kind) {
        return images.get(kind);
    }

    /** The variant that best fits a square of {@code size} pixels (the multi-resolution image picks). */
    public BufferedImage image(Kind kind, int size) {
        return (BufferedImage) images.get(kind).getResolutionVariant(size, size);
    }

    /** PNG bytes, for JavaFX windows (which cannot show AWT images without javafx-swing). */
    public byte[] png(Kind kind, int size) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(kind, size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
