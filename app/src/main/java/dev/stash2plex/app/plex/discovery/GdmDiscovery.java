package dev.stash2plex.app.plex.discovery;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plex's "G'Day Mate" LAN discovery: one {@code M-SEARCH * HTTP/1.1} datagram to UDP port 32414, and
 * every Plex Media Server that hears it answers with HTTP-like headers ({@code Content-Type:
 * plex/media-server}, {@code Name}, {@code Port}, {@code Resource-Identifier}, {@code Version}). The
 * address asked is injected: the broadcast address on a desktop, a responder on loopback in tests.
 * Needs no account and no token. Blocks for {@code listen}: never on the FX thread.
 *
 * <p>Not in the project's reference notes: written from Plex's widely used discovery protocol
 * (python-plexapi's {@code gdm.py}); UNVERIFIED against a live server here.
 */
public final class GdmDiscovery {

    /** Every host of the local network, on GDM's server port. */
    public static final InetSocketAddress BROADCAST = new InetSocketAddress("255.255.255.255", 32414);

    private static final Logger LOG = LoggerFactory.getLogger(GdmDiscovery.class);
    private static final byte[] SEARCH = "M-SEARCH * HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress target;
    private final Duration listen;
    private final Clock clock;

    public GdmDiscovery(InetSocketAddress target, Duration listen, Clock clock) {
        this.target = target;
        this.listen = listen;
        this.clock = clock;
    }

    /** The servers that answered within the listening time, each once. */
    public List<LanServer> discover() throws IOException {
        Map<String, LanServer> found = new HashMap<>();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bindAddress(), 0))) {
            socket.setBroadcast(true);
            socket.send(new DatagramPacket(SEARCH, SEARCH.length, target));
            Instant end = clock.instant().plus(listen);
            byte[] buffer = new byte[2048];
            while (true) {
                long left = Duration.between(clock.instant(), end).toMillis();
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, left));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException e) {
                    break;
                }
                parse(new String(reply.getData(), reply.getOffset(), reply.getLength(), StandardCharsets.UTF_8), reply.getAddress())
                        .ifPresent(server -> found.putIfAbsent(server.resourceIdentifier(), server));
            }
        }
        LOG.info("GDM: {} Plex server(s) answered on the local network", found.size());
        return found.values().stream().sorted(java.util.Comparator.comparing(LanServer::name)).toList();
    }

    /** A server's answer, or empty for anything else (a player, a malformed datagram). */
    static Optional<LanServer> parse(String reply, InetAddress from) {
        String[] lines = reply.split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.") || !lines[0].contains(" 200 ")) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        if (!"plex/media-server".equals(headers.get("content-type")) || !headers.getOrDefault("port", "").matches("\\d{1,5}")) {
            return Optional.empty();
        }
        String host = from.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host.replaceFirst("%.*", "") + "]";
        }
        return Optional.of(new LanServer(headers.getOrDefault("name", ""), headers.getOrDefault("resource-identifier", host),
                headers.getOrDefault("version", ""), URI.create("http://" + host + ":" + headers.get("port"))));
    }

    /** A loopback target is answered to loopback; anything else from every interface. */
    private InetAddress bindAddress() throws IOException {
        return target.getAddress() != null && target.getAddress().isLoopbackAddress() ? InetAddress.getLoopbackAddress()
                : new InetSocketAddress(0).getAddress();
    }
}
