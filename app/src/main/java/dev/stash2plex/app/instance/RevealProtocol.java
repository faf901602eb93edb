package dev.stash2plex.app.instance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The whole conversation between two launches: the second sends {@code reveal\n}, the first answers
 * {@code ok\n} once it has asked its window to come forward. One short line each way, so a stray
 * client (or a future command) is easy to tell from a real request.
 */
final class RevealProtocol {

    static final String REVEAL = "reveal";
    static final String OK = "ok";
    private static final int MAX_LINE = 64;

    private RevealProtocol() {
    }

    /** Client side: true when the running instance confirmed. */
    static boolean ask(SocketChannel channel, Duration limit) throws IOException {
        return SingleInstance.within(limit, channel, () -> {
            write(channel, REVEAL);
            return OK.equals(readLine(channel));
        });
    }

    static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Reads up to a newline, the end of the stream or {@value #MAX_LINE} bytes, whichever comes first. */
    static String readLine(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE);
        while (buffer.hasRemaining()) {
            int before = buffer.position();
            if (channel.read(buffer) < 0) {
                break;
            }
            if (indexOfNewline(buffer, before) >= 0) {
                break;
            }
        }
        buffer.flip();
        String text = StandardCharsets.US_ASCII.decode(buffer).toString();
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).strip();
    }

    private static int indexOfNewline(ByteBuffer buffer, int from) {
        for (int i = from; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }
}
