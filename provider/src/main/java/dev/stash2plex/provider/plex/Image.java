package dev.stash2plex.provider.plex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One piece of artwork.
 *
 * @param type {@code coverPoster}, {@code background}, {@code clearLogo}…
 * @param url absolute and fetchable by Plex without credentials
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(@JsonProperty("type") String type, @JsonProperty("url") String url, @JsonProperty("alt") String alt) {

    public static final String COVER_POSTER = "coverPoster";
    public static final String BACKGROUND = "background";
    public static final String CLEAR_LOGO = "clearLogo";
}
