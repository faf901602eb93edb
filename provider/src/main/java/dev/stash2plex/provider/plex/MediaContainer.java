package dev.stash2plex.provider.plex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.guid.PlexIds;
import java.util.List;

/**
 * The envelope of every match, metadata, images and extras answer. A metadata container always
 * carries a {@code Metadata} array (empty rather than absent when nothing matched); an images
 * container carries {@code Image} instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaContainer(
        @JsonProperty("offset") int offset,
        @JsonProperty("totalSize") int totalSize,
        @JsonProperty("size") int size,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("Metadata") List<Metadata> metadata,
        @JsonProperty("Image") List<Image> images) {

    /** The JSON body: {@code {"MediaContainer": {...}}}. */
    public record Envelope(@JsonProperty("MediaContainer") MediaContainer mediaContainer) {
    }

    public static Envelope ofMetadata(List<Metadata> metadata) {
        return new Envelope(new MediaContainer(0, metadata.size(), metadata.size(), PlexIds.IDENTIFIER,
                List.copyOf(metadata), null));
    }

    /** One page of a longer list: {@code offset} where it starts, {@code totalSize} how many there are in all. */
    public static Envelope ofPage(List<Metadata> metadata, int offset, int totalSize) {
        return new Envelope(new MediaContainer(offset, totalSize, metadata.size(), PlexIds.IDENTIFIER,
                List.copyOf(metadata), null));
    }

    /** A page of another provider's items (the TV layout's), under that provider's identifier. */
    public static Envelope ofPage(String identifier, List<Metadata> metadata, int offset, int totalSize) {
        return new Envelope(new MediaContainer(offset, totalSize, metadata.size(), identifier, List.copyOf(metadata), null));
    }

    public static Envelope ofImages(String identifier, List<Image> images) {
        return new Envelope(new MediaContainer(0, images.size(), images.size(), identifier, null, List.copyOf(images)));
    }

    public static Envelope ofImages(List<Image> images) {
        return new Envelope(new MediaContainer(0, images.size(), images.size(), PlexIds.IDENTIFIER,
                null, List.copyOf(images)));
    }
}
