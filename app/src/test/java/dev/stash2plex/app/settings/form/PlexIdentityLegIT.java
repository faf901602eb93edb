package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.app.plex.FakePlex;
import dev.stash2plex.app.plex.PlexIdentity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Plex leg from this computer against real sockets on loopback: a Plex Media Server (FakePlex) answers with
 * its identifier and version; a closed port, a server that never answers and a web server that is not Plex are
 * each told apart, for the sentence's advice.
 */
class PlexIdentityLegIT {

    private final PlexIdentityLeg leg = new PlexIdentityLeg(new PlexIdentity(Duration.ofSeconds(1)));

    @Test
    void aPlexServerAnswersWithItsIdentifierAndVersion() {
        try (FakePlex plex = FakePlex.start("plex-test-token", "1.43.1.10000-abcdef012")) {
            assertThat(leg.ask(plex.url().toString())).isEqualTo(
                    new PlexHere.Answered("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", "1.43.1.10000-abcdef012"));
            assertThat(plex.requests()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/identity");
                assertThat(request.tokenHeader()).as("no token needed, none sent").isNull();
            });
        }
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(leg.ask("http://127.0.0.1:" + closed)).isInstanceOfSatisfying(PlexHere.Failed.class,
                failed -> assertThat(failed.why()).isEqualTo(PlexHere.Why.REFUSED));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        // The kernel accepts the connection into the backlog; nothing ever reads or answers it.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            assertThat(leg.ask("http://127.0.0.1:" + silent.getLocalPort())).isInstanceOfSatisfying(PlexHere.Failed.class,
                    failed -> assertThat(failed).isEqualTo(new PlexHere.Failed(PlexHere.Why.TIMEOUT, "no answer within 1 s")));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aWebServerThatIsNotPlexIsSaidToBeNotPlex() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = "<html><body>Stash</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/identity") ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try {
            assertThat(leg.ask("http://127.0.0.1:" + other.getAddress().getPort())).isInstanceOfSatisfying(PlexHere.Failed.class,
                    failed -> assertThat(failed.why()).isEqualTo(PlexHere.Why.NOT_PLEX));
        } finally {
            other.stop(0);
        }
    }
}
