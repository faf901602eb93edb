package dev.stash2plex.app.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.app.library.LibraryData.Page;
import dev.stash2plex.app.library.LibraryData.Refresh;
import dev.stash2plex.app.library.LibraryData.Report;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.core.access.AdminHeader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Reads the provider's library view on this machine's loopback, where the container's port is
 * published, and asks its Plex sync to refresh a scene. The provider shows file paths (and takes
 * refreshes) only from admins: a container sees this app arrive through Docker's port forwarding, not
 * on loopback, so the admin token (S2P_ADMIN_TOKEN, when set) goes in its header. Blocking: call from
 * a background thread.
 */
public final class LibraryClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final IntSupplier port;
    private final Supplier<Optional<String>> adminToken;
    private final ObjectMapper json = new ObjectMapper();

    public LibraryClient(HttpClient http, IntSupplier port, Supplier<Optional<String>> adminToken) {
        this.http = http;
        this.port = port;
        this.adminToken = adminToken;
    }

    public Report report() throws LibraryException {
        JsonNode root = get("/library/report");
        Map<String, Integer> byStep = new LinkedHashMap<>();
        root.path("by_step").properties().forEach(e -> byStep.put(e.getKey(), e.getValue().asInt()));
        JsonNode last = root.path("last_run");
        return new Report(root.path("files").asInt(), byStep, root.path("plex_unmatched").asInt(),
                root.path("stash_unmatched").asInt(), root.path("stash_basis").asText(), root.path("scenes").asInt(),
                last.isObject() ? last.path("finished_at").asText() : null);
    }

    public Page gaps(Side side, String search, int offset, int limit) throws LibraryException {
        StringBuilder path = new StringBuilder("/library/gaps?side=").append(side == Side.PLEX ? "plex" : "stash")
                .append("&offset=").append(offset).append("&limit=").append(limit);
        if (search != null && !search.isBlank()) {
            path.append("&q=").append(URLEncoder.encode(search.strip(), StandardCharsets.UTF_8));
        }
        JsonNode root = get(path.toString());
        List<Row> rows = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            rows.add(side == Side.PLEX
                    ? new Row(item.path("filename").asText(), text(item.path("title")), null)
                    : new Row(text(item.path("path")), text(item.path("title")), item.path("scene_id").asText()));
        }
        return new Page(root.path("total").asInt(), root.path("offset").asInt(), rows);
    }

    /** The provider's explain trace of one Plex filename, as lines: each step, its outcome and why. */
    public List<String> explain(String filename) throws LibraryException {
        JsonNode root = get("/explain?type=1&filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (JsonNode step : root.path("automatic").path("steps")) {
            lines.add(step.path("name").asText() + ": " + step.path("outcome").asText() + " \u2014 " + step.path("detail").asText());
            for (JsonNode attempt : step.path("ruleAttempts")) {
                lines.add("    rule " + attempt.path("ruleName").asText() + ": " + (attempt.path("matched").asBoolean()
                        ? "\u2192 " + attempt.path("stashPath").asText() : attempt.path("reason").asText()));
            }
        }
        JsonNode chosen = root.path("automatic").path("candidates");
        lines.add(chosen.isEmpty() ? "\u21D2 no match" : "\u21D2 scene " + chosen.get(0).path("scene").path("id").asText()
                + " (" + chosen.get(0).path("step").asText() + ")");
        return lines;
    }

    public List<Suggestion> suggestions() throws LibraryException {
        List<Suggestion> suggestions = new ArrayList<>();
        for (JsonNode proposal : get("/library/rules/proposals").path("proposals")) {
            JsonNode rule = proposal.path("rule");
            suggestions.add(new Suggestion(new PathRuleSetting(rule.path("name").asText(), rule.path("plex_pattern").asText(),
                    rule.path("stash_pattern").asText(), rule.path("case_insensitive").asBoolean(),
                    text(rule.path("plex_library_root")), text(rule.path("test_plex_path")), text(rule.path("test_stash_path"))),
                    proposal.path("would_match").asInt()));
        }
        return suggestions;
    }

    /** Whether the provider's Plex sync is on ({@code /health}'s {@code sync.state} is there and not {@code off}). */
    public boolean syncOn() throws LibraryException {
        JsonNode state = send(request("/health", false).GET(), 200).path("sync").path("state");
        return state.isTextual() && !state.asText().equals("off");
    }

    /**
     * Asks the provider's Plex sync to refresh this scene's Plex items now ({@code POST /sync/refresh}).
     *
     * @throws LibraryException.SyncOff the provider's sync is off (no Plex token, say)
     */
    public Refresh refreshInPlex(String sceneId) throws LibraryException {
        JsonNode root = send(request("/sync/refresh?scene=" + URLEncoder.encode(sceneId, StandardCharsets.UTF_8), true)
                .POST(HttpRequest.BodyPublishers.noBody()), 202);
        JsonNode sync = root.path("sync");
        return new Refresh(root.path("scene_id").asText(sceneId), root.path("plex_items").size(), sync.path("state").asText(),
                text(sync.path("reason")));
    }

    private JsonNode get(String path) throws LibraryException {
        return send(request(path, true).GET(), 200);
    }

    /** A request to the provider; the admin token goes only where the provider asks for it. */
    private HttpRequest.Builder request(String path, boolean admin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + path))
                .timeout(TIMEOUT).header("Accept", "application/json");
        if (admin) {
            adminToken.get().filter(token -> !token.isBlank()).ifPresent(token -> request.header(AdminHeader.NAME, token));
        }
        return request;
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws LibraryException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LibraryException.Unreachable(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException.Unreachable("interrupted", e);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new LibraryException.Failed("HTTP " + response.statusCode() + ", not JSON");
        }
        if (response.statusCode() == 403) {
            throw new LibraryException.NotAllowed(body.path("message").asText());
        }
        if (response.statusCode() == 409 && body.path("error").asText().equals("sync-off")) {
            throw new LibraryException.SyncOff(body.path("message").asText());
        }
        if (response.statusCode() != expected) {
            throw new LibraryException.Failed(body.path("message").asText("HTTP " + response.statusCode()));
        }
        return body;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }
}
