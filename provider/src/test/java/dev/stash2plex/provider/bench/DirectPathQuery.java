package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.stash.SentQueries;
import dev.stash2plex.provider.testing.FakeStash;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The path query the provider sends without the index, sent straight to the fake Stash one at a
 * time: what one file costs Stash on its own, growing with the library because the filter scans it.
 */
final class DirectPathQuery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectPathQuery() {
    }

    /** The median milliseconds of one query per path, sent one after another. */
    static double medianMillis(FakeStash stash, List<String> stashPaths) throws IOException, InterruptedException {
        String query = SentQueries.text("scenes-by-path.graphql");
        long[] nanos = new long[stashPaths.size()];
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < nanos.length; i++) {
                byte[] body = JSON.writeValueAsBytes(Map.of("operationName", "FindScenesByPath", "query", query,
                        "variables", Map.of("path", stashPaths.get(i), "perPage", 50)));
                HttpRequest request = HttpRequest.newBuilder(URI.create(stash.baseUrl() + "/graphql"))
                        .header("Content-Type", "application/json").header("ApiKey", stash.apiKey())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long sent = System.nanoTime();
                HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                nanos[i] = System.nanoTime() - sent;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the fake Stash answered the path query with HTTP " + answer.statusCode());
                }
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }
}
