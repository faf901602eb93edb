package dev.stash2plex.app.plex.discovery;

import java.net.URI;

/**
 * A Plex Media Server that answered on the local network.
 *
 * @param url the address it answered from, with the port it announced
 */
public record LanServer(String name, String resourceIdentifier, String version, URI url) {
}
