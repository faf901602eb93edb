package dev.stash2plex.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first launch's side on a real lock file and a real Unix-domain socket, with this test as the
 * second launch's client. A second launch in another process: {@link SingleInstanceIT}.
 */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void theFirstLaunchListensAndASecondOneMakesItReveal() throws Exception {
        Claim first = new SingleInstance(dir, Duration.ofSeconds(5)).claim();
        assertThat(first).isInstanceOf(Claim.First.class);
        CountDownLatch revealed = new CountDownLatch(1);
        RevealListener listener = ((Claim.First) first).listener();
        listener.start(revealed::countDown);

        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve(SingleInstance.SOCKET)))) {
            assertThat(RevealProtocol.ask(client, Duration.ofSeconds(5))).isTrue();
        }
        assertThat(revealed.await(5, TimeUnit.SECONDS)).isTrue();

        listener.close();
        assertThat(dir.resolve(SingleInstance.SOCKET)).doesNotExist();
    }

    @Test
    void aStaleSocketFileFromACrashIsReplaced() throws Exception {
        // A crashed instance leaves its socket file behind, with nobody listening on it.
        Path socket = dir.resolve(SingleInstance.SOCKET);
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        Claim claim = new SingleInstance(dir, Duration.ofSeconds(5)).claim();

        assertThat(claim).isInstanceOf(Claim.First.class);
        AtomicInteger reveals = new AtomicInteger();
        RevealListener listener = ((Claim.First) claim).listener();
        listener.start(reveals::incrementAndGet);
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            assertThat(RevealProtocol.ask(client, Duration.ofSeconds(5))).isTrue();
        }
        listener.close();
        assertThat(reveals).hasValue(1);
    }

    @Test
    void anUnknownRequestIsIgnoredAndTheListenerKeepsAnswering() throws Exception {
        RevealListener listener = ((Claim.First) new SingleInstance(dir, Duration.ofSeconds(5)).claim()).listener();
        AtomicInteger reveals = new AtomicInteger();
        listener.start(reveals::incrementAndGet);
        Path socket = dir.resolve(SingleInstance.SOCKET);

        try (SocketChannel stray = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            RevealProtocol.write(stray, "please-delete-everything");
            assertThat(RevealProtocol.readLine(stray)).isEqualTo("unknown");
        }
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            assertThat(RevealProtocol.ask(client, Duration.ofSeconds(5))).isTrue();
        }
        listener.close();
        assertThat(reveals).hasValue(1);
    }
}
