package dev.stash2plex.app.library.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.messages.UserMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Library window's model without a window, against a stand-in for the provider on a loopback socket
 * answering its documented {@code /library/…}, {@code /health} and {@code /sync/refresh} shapes: "Refresh
 * in Plex" is on only while the provider's sync is, sends the admin token, and says what came of it once,
 * in words a user can act on. Executors run in place, so every command has finished when it returns.
 */
class LibraryModelTest {

    private static final String ADMIN = "admin-token-0123456789abcdef";

    /** One request the stand-in received: what, and whether it carried the admin token. */
    private record Received(String method, String pathAndQuery, String adminToken) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile String health = "{\"status\":\"ok\",\"sync\":{\"state\":\"up_to_date\",\"reason\":null}}";
    private volatile int refreshStatus = 202;
    private volatile String refreshBody;
    private volatile int reportStatus = 200;
    private HttpServer provider;
    private final AtomicInteger port = new AtomicInteger();
    private LibraryModel model;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/", this::answer);
        provider.start();
        port.set(provider.getAddress().getPort());
        LibraryClient client = new LibraryClient(HttpClient.newHttpClient(), port::get, () -> Optional.of(ADMIN));
        model = new LibraryModel(client, rule -> true, UserMessages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run, timer);
    }

    @AfterEach
    void stop() {
        provider.stop(0);
        timer.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("X-Stash2Plex-Admin-Token")));
            switch (path) {
                case "/health" -> send(exchange, 200, health);
                case "/library/report" -> send(exchange, reportStatus, reportStatus != 200
                        ? "{\"error\":\"library-unavailable\",\"message\":\"The scene index is not open yet\"}"
                        : "{\"files\":3,\"by_step\":{\"path\":2,\"none\":1},\"plex_unmatched\":1,\"stash_unmatched\":2,"
                        + "\"stash_basis\":\"plex-items\",\"scenes\":4,\"last_run\":null}");
                case "/library/gaps" -> send(exchange, 200, "{\"total\":2,\"offset\":0,\"limit\":50,\"items\":["
                        + "{\"scene_id\":\"12\",\"title\":\"Twelve\",\"path\":\"/stash/12.mp4\"},"
                        + "{\"scene_id\":\"14\",\"title\":\"Fourteen\",\"path\":\"/stash/14.mp4\"}]}");
                case "/library/rules/proposals" -> send(exchange, 200, "{\"considered\":0,\"proposals\":[]}");
                case "/sync/refresh" -> send(exchange, refreshStatus, refreshBody);
                default -> send(exchange, 404, "{\"error\":\"not-found\",\"message\":\"no such route\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String queued(String scene, String items, String state, String reason) {
        return "{\"scene_id\":\"" + scene + "\",\"queued\":true,\"plex_items\":[" + items + "],\"sync\":{\"state\":\"" + state
                + "\",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + ",\"waiting\":1}}";
    }

    private static Row scene(String id) {
        return new Row("/stash/" + id + ".mp4", "Scene " + id, id);
    }

    private List<Received> refreshes() {
        return received.stream().filter(r -> r.pathAndQuery().startsWith("/sync/refresh")).toList();
    }

    @Test
    void refreshInPlexIsOnOnlyWhileTheProvidersHealthSaysTheSyncIsOn() {
        health = "{\"status\":\"ok\",\"sync\":{\"state\":\"off\",\"reason\":\"no Plex token\"}}";
        model.refresh();
        assertThat(model.report().get().stashBasis()).isEqualTo("plex-items");
        RefreshInPlex refresh = model.refreshInPlex();
        assertThat(refresh.syncIsOn().get()).isFalse();
        assertThat(refresh.available().get()).isFalse();
        refresh.run(scene("12"));
        assertThat(refreshes()).as("nothing is asked while the sync is off").isEmpty();

        health = "{\"status\":\"ok\",\"sync\":{\"state\":\"failing\",\"reason\":\"Plex is away\"}}";
        model.refresh();
        assertThat(refresh.available().get()).isTrue();

        // A provider older than the sync has no sync block: nothing to ask.
        health = "{\"status\":\"ok\"}";
        model.refresh();
        assertThat(refresh.available().get()).isFalse();
        // /health is for everyone: the admin token is not sent there.
        assertThat(received).filteredOn(r -> r.pathAndQuery().equals("/health")).extracting(Received::adminToken).containsOnlyNulls();
    }

    @Test
    void aQueuedRefreshIsSaidOnceWithWhatPlexHoldsAndTheRequestCarriesTheAdminToken() {
        model.refresh();
        refreshBody = queued("12", "\"5012\"", "waiting", null);
        model.refreshInPlex().run(scene("12"));
        assertThat(refreshes()).containsExactly(new Received("POST", "/sync/refresh?scene=12", ADMIN));
        assertThat(model.status().get()).isEqualTo("Plex is asked to refresh scene 12 (its item) within a few seconds.");
        assertThat(model.statusIsError().get()).isFalse();
        assertThat(model.refreshInPlex().available().get()).as("ready for the next").isTrue();
        model.refresh();
        assertThat(model.status().get()).as("a read does not wipe it").startsWith("Plex is asked to refresh scene 12");

        refreshBody = queued("14", "\"5014\",\"6014\"", "waiting", null);
        model.refreshInPlex().run(scene("14"));
        assertThat(model.status().get()).isEqualTo("Plex is asked to refresh scene 14 (its 2 items) within a few seconds.");

        refreshBody = queued("14", "", "up_to_date", null);
        model.refreshInPlex().run(scene("14"));
        assertThat(model.status().get()).startsWith("Scene 14 is queued, but Plex had no item for it when last looked at")
                .contains("path rule").contains("Plex movie library");

        refreshBody = queued("14", "\"5014\"", "stopped", "Plex refused the token (HTTP 401)");
        model.refreshInPlex().run(scene("14"));
        assertThat(model.status().get()).isEqualTo(
                "Scene 14 is queued; Plex is not taking changes right now (Plex refused the token (HTTP 401)), so it is sent once Plex does.");

        // A Plex file no scene matched has no scene to refresh.
        int asked = refreshes().size();
        model.refreshInPlex().run(new Row("/data/movies/only in plex.mp4", "", null));
        assertThat(refreshes()).hasSize(asked);
    }

    @Test
    void whatWentWrongIsASentenceTheUserCanActOnAndStaysUntilSomethingElseIsSaid() {
        model.refresh();
        refreshStatus = 409;
        refreshBody = "{\"error\":\"sync-off\",\"message\":\"The Plex sync is off: no Plex token: set S2P_PLEX_TOKEN_FILE\"}";
        model.refreshInPlex().run(scene("12"));
        assertThat(model.statusIsError().get()).isTrue();
        assertThat(model.status().get()).startsWith("Plex was not asked: the provider's Plex sync is off. Sign in with Plex")
                .endsWith("(The provider says: The Plex sync is off: no Plex token: set S2P_PLEX_TOKEN_FILE)");
        assertThat(model.refreshInPlex().available().get()).as("off until /health says otherwise").isFalse();
        model.refresh();
        assertThat(model.statusIsError().get()).as("a read that works does not wipe the refresh's error").isTrue();
        assertThat(model.refreshInPlex().available().get()).isTrue();

        refreshStatus = 400;
        refreshBody = "{\"error\":\"unknown-scene\",\"message\":\"Stash has no scene 12\"}";
        model.refreshInPlex().run(scene("12"));
        assertThat(model.status().get()).isEqualTo("Plex was not asked to refresh scene 12: Stash has no scene 12");

        refreshStatus = 403;
        refreshBody = "{\"error\":\"admin-only\",\"message\":\"/sync/refresh answers only on the provider's own machine\"}";
        model.refreshInPlex().run(scene("12"));
        assertThat(model.status().get()).contains("admin token").contains("S2P_ADMIN_TOKEN");

        provider.stop(0);
        model.refreshInPlex().run(scene("12"));
        assertThat(model.status().get()).startsWith("The provider does not answer.");
        assertThat(model.statusIsError().get()).isTrue();
    }

    @Test
    void aFailedReadIsClearedByTheNextReadThatWorks() {
        reportStatus = 503;
        model.refresh();
        assertThat(model.statusIsError().get()).isTrue();
        assertThat(model.status().get()).contains("The scene index is not open yet");
        reportStatus = 200;
        model.refresh();
        assertThat(model.status().get()).isEmpty();
        assertThat(model.statusIsError().get()).isFalse();
    }
}
