package dev.stash2plex.app.tray;

import dev.stash2plex.app.health.ProviderStatus;
import java.awt.Image;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The tray icon of each state, loaded once from the PNGs {@code icons/render.sh} renders from the
 * SVG masters in {@code icons/tray/} (resources {@code tray-<state>-<size>.png}). Each state has its
 * own shape, so it reads without colour, and a dark rim, so it shows on light panels too.
 */
public final class TrayIcons {

    /** One icon per state the user can tell apart. */
    public enum Kind {
        NOT_CONFIGURED, ENGINE_UNAVAILABLE, BUILDING, STOPPED, STARTING, HEALTHY, DEGRADED, CRASHED;

        String resourceName(int size) {
            return "tray-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + size + ".png";
        }
    }

    /** The sizes trays ask for; the multi-resolution image lets AWT pick. */
    static final int[] SIZES = {16, 22, 24, 32, 48};

    private final Map<Kind, BaseMultiResolutionImage> images = new EnumMap<>(Kind.class);

    public TrayIcons() {
        for (Kind kind : Kind.values()) {
            Image[] variants = new Image[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                variants[i] = read(kind.resourceName(SIZES[i]));
            }
            images.put(kind, new BaseMultiResolutionImage(variants));
        }
    }

    public static Kind kindOf(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Healthy h -> Kind.HEALTHY;
            // Running and connected; the tooltip says how far the index got.
            case ProviderStatus.Indexing i -> Kind.HEALTHY;
            case ProviderStatus.Degraded d -> Kind.DEGRADED;
            case ProviderStatus.Crashed c -> Kind.CRASHED;
            case ProviderStatus.Failed f -> Kind.CRASHED;
            case ProviderStatus.Stopped s -> Kind.STOPPED;
            case ProviderStatus.NotConfigured n -> Kind.NOT_CONFIGURED;
            case ProviderStatus.EngineUnavailable e -> Kind.ENGINE_UNAVAILABLE;
            case ProviderStatus.Building b -> Kind.BUILDING;
            case ProviderStatus.Starting s -> Kind.STARTING;
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
        try (InputStream in = resource(kind.resourceName(size))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(String name) {
        try (InputStream in = resource(name)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TrayIcons.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Tray icon " + name + " is missing from the app's resources (icons/render.sh)");
        }
        return in;
    }
}
