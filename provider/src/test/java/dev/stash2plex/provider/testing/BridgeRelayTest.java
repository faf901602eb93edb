package dev.stash2plex.provider.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BridgeRelayTest {

    @Test
    void relaysHttpRequestsAndAnswersToTheTarget() throws Exception {
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            byte[] body = ("you asked for " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.start();
        try (BridgeRelay relay = BridgeRelay.start(InetAddress.getLoopbackAddress(), target.getAddress().getPort());
                HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + relay.port() + "/graphql?n=" + i)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("you asked for /graphql?n=" + i);
            }
        } finally {
            target.stop(0);
        }
    }

    @Test
    void anEngineThatReportsNoGatewayMeansTheDocker0BridgeNotLoopback() throws Exception {
        Assumptions.assumeTrue(NetworkInterface.getByName("docker0") != null, "No docker0 bridge on this machine");
        try (BridgeRelay relay = BridgeRelay.onDockerBridge("", 9)) {
            assertThat(relay.address().isLoopbackAddress()).isFalse();
            assertThat(Collections.list(NetworkInterface.getByName("docker0").getInetAddresses())).contains(relay.address());
        }
    }

    @Test
    void aTargetThatIsDownEndsTheClientsConnectionAtOnce() throws Exception {
        int down = TestPorts.free();
        try (BridgeRelay relay = BridgeRelay.start(InetAddress.getLoopbackAddress(), down);
                java.net.Socket client = new java.net.Socket(InetAddress.getLoopbackAddress(), relay.port())) {
            client.setSoTimeout(2000);
            assertThat(client.getInputStream().read()).as("end of stream, not a wait for the timeout").isEqualTo(-1);
        }
    }
}
