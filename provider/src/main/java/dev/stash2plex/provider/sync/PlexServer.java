package dev.stash2plex.provider.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Plex Media Server calls the sync makes (reference: Plex's PMS API): list sections, page
 * through a section's items with their guids, refresh an item, scan a folder, upload artwork. The
 * token goes only in the {@code X-Plex-Token} header, never in a URL; every failure is one of the
 * {@link PlexServerException} kinds.
 */
final class PlexServer {

    static final int PAGE_SIZE = 200;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** Plex answers a section page of 200 items in well under a mebibyte; anything far bigger is not Plex. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final URI base;
    private final String token;
    private final String clientId;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    PlexServer(URI base, String token, String clientId) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.token = token;
        this.clientId = clientId;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server's address for messages (it carries no secret: the settings refuse a query string). */
    String address() {
        return base.toString();
    }

    List<PlexSection> sections() throws PlexServerException {
        JsonNode container = container(send(request("/library/sections").GET(), "list the library sections"));
        List<PlexSection> sections = new ArrayList<>();
        for (JsonNode directory : container.path("Directory")) {
            List<String> locations = new ArrayList<>();
            directory.path("Location").forEach(location -> locations.add(location.path("path").asText()));
            String stamp = directory.path("scannedAt").asText() + "/" + directory.path("contentChangedAt").asText()
                    + "/" + directory.path("updatedAt").asText() + "/" + directory.path("refreshing").asText();
            sections.add(new PlexSection(directory.path("key").asText(), directory.path("type").asText(),
                    directory.path("title").asText(), stamp, locations));
        }
        return sections;
    }

    /** One page of a movie section's items with their guids; the total comes with it. */
    ItemPage items(String sectionKey, int start, int size) throws PlexServerException {
        HttpRequest.Builder request = request("/library/sections/" + segment(sectionKey) + "/all?type=1&includeGuids=1")
                .header("X-Plex-Container-Start", Integer.toString(start))
                .header("X-Plex-Container-Size", Integer.toString(size)).GET();
        JsonNode container = container(send(request, "list the items of section " + sectionKey));
        List<PlexItem> items = new ArrayList<>();
        for (JsonNode item : container.path("Metadata")) {
            List<String> files = new ArrayList<>();
            item.path("Media").forEach(media -> media.path("Part").forEach(part -> files.add(part.path("file").asText())));
            items.add(new PlexItem(item.path("ratingKey").asText(), item.path("guid").asText(), files));
        }
        int total = container.has("totalSize") ? container.path("totalSize").asInt() : start + items.size();
        return new ItemPage(items, total);
    }

    record ItemPage(List<PlexItem> items, int totalSize) {
    }

    /** Asks Plex to read the item's metadata again, which makes it call this provider. */
    void refreshItem(String ratingKey) throws PlexServerException {
        send(request("/library/metadata/" + segment(ratingKey) + "/refresh")
                .PUT(HttpRequest.BodyPublishers.noBody()), "refresh item " + ratingKey);
    }

    /** Asks Plex to scan one folder (as Plex sees it) of a section, so a new file gets its item. */
    void scanFolder(String sectionKey, String plexFolder) throws PlexServerException {
        send(request("/library/sections/" + segment(sectionKey) + "/refresh?path=" + query(plexFolder))
                .POST(HttpRequest.BodyPublishers.noBody()), "scan a folder of section " + sectionKey);
    }

    /** Uploads image bytes as the item's poster ({@code posters}) or background ({@code arts}). */
    void uploadImage(String ratingKey, String element, String contentType, byte[] image) throws PlexServerException {
        send(request("/library/metadata/" + segment(ratingKey) + "/" + element).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)), "upload the " + element + " of item " + ratingKey);
    }

    /** Has Plex download the item's poster or background from {@code url} itself. */
    void uploadImageUrl(String ratingKey, String element, String url) throws PlexServerException {
        send(request("/library/metadata/" + segment(ratingKey) + "/" + element + "?url=" + query(url))
                .POST(HttpRequest.BodyPublishers.noBody()), "hand Plex the " + element + " address of item " + ratingKey);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json")
                .header("X-Plex-Token", token)
                .header("X-Plex-Client-Identifier", clientId)
                .header("X-Plex-Product", "Stash2Plex")
                .header("X-Plex-Version", "1");
    }

    private byte[] send(HttpRequest.Builder builder, String what) throws PlexServerException {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PlexServerException.Unreachable("Plex at " + address() + " could not be reached to " + what + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlexServerException.Unreachable("interrupted while asking Plex to " + what, e);
        }
        int status = response.statusCode();
        if (status == 401) {
            throw new PlexServerException.Unauthorized("Plex at " + address() + " refused the token (HTTP 401) when asked to "
                    + what + "; set a valid token in S2P_PLEX_TOKEN_FILE or S2P_PLEX_TOKEN and restart the provider");
        }
        if (status == 404) {
            throw new PlexServerException.NotFound("Plex at " + address() + " has no such thing (HTTP 404) when asked to " + what);
        }
        if (status >= 500 || status == 429) {
            throw new PlexServerException.ServerError("Plex at " + address() + " answered HTTP " + status + " when asked to " + what);
        }
        if (status < 200 || status > 299) {
            throw new PlexServerException.Rejected("Plex at " + address() + " answered HTTP " + status + " when asked to " + what);
        }
        if (response.body().length > MAX_ANSWER_BYTES) {
            throw new PlexServerException.Rejected("Plex's answer to " + what + " is over " + MAX_ANSWER_BYTES + " bytes");
        }
        return response.body();
    }

    private JsonNode container(byte[] body) throws PlexServerException {
        try {
            JsonNode container = json.readTree(body).path("MediaContainer");
            if (!container.isObject()) {
                throw new PlexServerException.Rejected("Plex at " + address() + " answered without a MediaContainer");
            }
            return container;
        } catch (IOException e) {
            throw new PlexServerException.Rejected("Plex at " + address() + " answered something that is not JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
