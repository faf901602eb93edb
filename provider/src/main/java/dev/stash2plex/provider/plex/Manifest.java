package dev.stash2plex.provider.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.guid.PlexIds;
import java.util.List;

/** The root document Plex reads when the provider is registered: a single {@code MediaProvider} object. */
public record Manifest(@JsonProperty("MediaProvider") MediaProvider mediaProvider) {

    public record MediaProvider(
            @JsonProperty("identifier") String identifier,
            @JsonProperty("title") String title,
            @JsonProperty("version") String version,
            @JsonProperty("Types") List<ProviderType> types,
            @JsonProperty("Feature") List<Feature> features) {
    }

    public record ProviderType(@JsonProperty("type") int type, @JsonProperty("Scheme") List<Scheme> schemes) {
    }

    public record Scheme(@JsonProperty("scheme") String scheme) {
    }

    public record Feature(@JsonProperty("type") String type, @JsonProperty("key") String key) {
    }

    public static final int MOVIE = 1;
    public static final int SHOW = 2;
    public static final int SEASON = 3;
    public static final int EPISODE = 4;
    public static final int COLLECTION = 18;

    /**
     * A movie provider (type 1) with the match and metadata features, and the collection feature
     * (type 18, declared next to 1 as a movie provider with collections does).
     */
    public static Manifest forVersion(String version) {
        List<Scheme> scheme = List.of(new Scheme(PlexIds.IDENTIFIER));
        return new Manifest(new MediaProvider(
                PlexIds.IDENTIFIER,
                PlexIds.TITLE,
                version,
                List.of(new ProviderType(MOVIE, scheme), new ProviderType(COLLECTION, scheme)),
                List.of(new Feature("metadata", PlexIds.METADATA_KEY), new Feature("match", PlexIds.MATCH_KEY),
                        new Feature("collection", PlexIds.COLLECTION_KEY))));
    }

    /**
     * A TV provider (types 2, 3 and 4, as Plex recommends one parent type per provider) with its own
     * identifier; registered at its own root, below which its feature keys resolve.
     */
    public static Manifest forTv(String identifier, String title, String version, String metadataKey, String matchKey) {
        List<Scheme> scheme = List.of(new Scheme(identifier));
        return new Manifest(new MediaProvider(identifier, title, version,
                List.of(new ProviderType(SHOW, scheme), new ProviderType(SEASON, scheme), new ProviderType(EPISODE, scheme)),
                List.of(new Feature("metadata", metadataKey), new Feature("match", matchKey))));
    }
}
