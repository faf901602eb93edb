package dev.stash2plex.provider.images;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The image types the provider passes on to Plex: raster formats Plex shows as artwork. Not SVG — an
 * SVG is a document that can carry scripts, and a client that opens the image URL directly would run
 * them — and not anything else Stash might send with an {@code image/} type.
 */
final class ImageTypes {

    /** As Stash may spell it → as we send it. {@code image/jpg} is not registered but common. */
    private static final Map<String, String> PASSED = Map.of(
            "image/jpeg", "image/jpeg",
            "image/jpg", "image/jpeg",
            "image/png", "image/png",
            "image/webp", "image/webp",
            "image/gif", "image/gif",
            "image/avif", "image/avif");

    private ImageTypes() {
    }

    /** The media type to answer with (parameters dropped), or empty when the image is not passed on. */
    static Optional<String> passable(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(PASSED.get(mediaType));
    }
}
