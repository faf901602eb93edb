package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Sync now" sends the install's admin token as the provider reads it: the provider in its container sees the
 * app arrive from Docker's gateway, not loopback, so without the token it answers 403 (as this stand-in does).
 */
class SyncNowRequestTest {

    private static final String ADMIN = "sync-now-test-admin-token-0123";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer provider;

    @BeforeEach
    void provider() throws Exception {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/sync/now", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("X-Stash2Plex-Admin-Token");
            received.add(exchange.getRequestMethod() + " " + token);
            boolean admin = ADMIN.equals(token);
            byte[] body = (admin ? "{\"state\":\"up_to_date\"}"
                    : "{\"error\":\"admin-only\",\"message\":\"/sync/now is for the provider's operator\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(admin ? 202 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private SyncNowRequest.Answer send(Optional<String> token) throws Exception {
        return new SyncNowRequest(HttpClient.newHttpClient(), () -> token).send(provider.getAddress().getPort());
    }

    @Test
    void theAdminTokenGoesInTheProvidersHeaderAndTheProviderTakesIt() throws Exception {
        assertThat(send(Optional.of(ADMIN))).isEqualTo(new SyncNowRequest.Answer(true, "up_to_date"));
        assertThat(received).containsExactly("POST " + ADMIN);
    }

    @Test
    void withoutATokenNoHeaderIsSentAndTheRefusalIsTheProvidersWords() throws Exception {
        assertThat(send(Optional.empty())).isEqualTo(new SyncNowRequest.Answer(false, "/sync/now is for the provider's operator"));
        assertThat(send(Optional.of("  "))).extracting(SyncNowRequest.Answer::accepted).isEqualTo(false);
        assertThat(received).containsExactly("POST null", "POST null");
    }
}
