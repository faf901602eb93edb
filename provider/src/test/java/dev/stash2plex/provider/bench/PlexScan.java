package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Plex library scan as the provider sees it: one automatic match request per file, as Plex
 * sends it (the file name relative to the library folder), from a fixed number of concurrent
 * clients. Every answer is checked: exactly one scene, the one the file belongs to.
 */
final class PlexScan {

    /** A file as Plex names it, and the Stash scene it must match. */
    record File(String plexFilename, String sceneId) {
    }

    /** @param mismatches one line per wrong answer: no scene, another scene, several, or an error */
    record Result(int files, double seconds, List<String> mismatches) {

        double filesPerSecond() {
            return files / seconds;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int concurrency;

    PlexScan(int concurrency) {
        this.concurrency = concurrency;
    }

    Result run(int port, List<File> files) throws InterruptedException {
        URI matches = URI.create("http://127.0.0.1:" + port + "/library/metadata/matches?X-Plex-Language=en-US&X-Plex-Country=US");
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        String wrong = check(http, matches, files.get(i));
                        if (wrong != null) {
                            mismatches.add(wrong);
                        }
                    }
                    return null;
                });
            }
        }
        return new Result(files.size(), (System.nanoTime() - start) / 1e9, List.copyOf(mismatches));
    }

    /** Null when the answer names exactly the file's scene; otherwise what was wrong. */
    private static String check(HttpClient http, URI matches, File file) {
        try {
            String body = JSON.writeValueAsString(Map.of("type", 1, "filename", file.plexFilename()));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(matches).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return file + ": HTTP " + answer.statusCode();
            }
            JsonNode found = JSON.readTree(answer.body()).at("/MediaContainer/Metadata");
            if (found.size() == 1 && file.sceneId().equals(found.get(0).path("ratingKey").asText())) {
                return null;
            }
            return file + ": answered " + (found.isEmpty() ? "no scene" : found.findValuesAsText("ratingKey"));
        } catch (Exception e) {
            return file + ": " + e;
        }
    }
}
