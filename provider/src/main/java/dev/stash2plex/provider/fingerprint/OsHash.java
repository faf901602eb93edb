package dev.stash2plex.provider.fingerprint;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The "oshash" Stash records for every video file (OpenSubtitles' hash): the file size plus the
 * sums of the little-endian 64-bit words of its first and last 64 KiB, wrapping on overflow, as
 * 16 lowercase hex digits. Only those two chunks are read, so a file of any size costs the same.
 *
 * <p>Small files follow Stash's hasher: below 64 KiB both chunks are the whole file (so its
 * words count twice), and such a file must then be a whole number of words. Where Stash's hasher
 * gives no hash (an empty file) or refuses the file (smaller than 64 KiB and not a multiple of 8
 * bytes, which includes everything under 8 bytes), Stash cannot have recorded one, so there is
 * nothing to look up and the answer is empty.
 */
public final class OsHash {

    static final int CHUNK_BYTES = 64 * 1024;
    private static final int WORD_BYTES = Long.BYTES;

    private OsHash() {
    }

    /**
     * @return the oshash Stash would record for {@code file}, or empty when it records none
     * @throws FingerprintReadException when the file cannot be opened or read, or shrinks while read
     */
    public static Optional<String> of(Path file) throws FingerprintReadException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int chunk = (int) Math.min(CHUNK_BYTES, size);
            if (size == 0 || chunk % WORD_BYTES != 0) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.allocate(chunk).order(ByteOrder.LITTLE_ENDIAN);
            // long arithmetic wraps exactly like Go's uint64; only the printing must be unsigned.
            long hash = size;
            hash += wordSum(channel, buffer, 0);
            hash += wordSum(channel, buffer, size - chunk);
            return Optional.of(HexFormat.of().toHexDigits(hash));
        } catch (IOException e) {
            throw new FingerprintReadException(file, e);
        }
    }

    /** Fills {@code buffer} from {@code position} on and sums its words. */
    private static long wordSum(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        buffer.clear();
        while (buffer.hasRemaining()) {
            // A positional read may return fewer bytes than asked; -1 means the file got shorter.
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file became shorter while it was read");
            }
        }
        buffer.flip();
        long sum = 0;
        while (buffer.hasRemaining()) {
            sum += buffer.getLong();
        }
        return sum;
    }
}
