package dev.stash2plex.provider.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expected hashes are literals computed outside Java by a separate Python implementation of
 * the published algorithm (struct.iter_unpack('<Q', …) over head and tail, summed with the size
 * modulo 2**64, printed with '%016x'; chunk = min(65536, size); no hash for an empty file or a
 * chunk that is not a multiple of 8), run on files with the same byte patterns as below.
 */
class OsHashTest {

    /**
     * Not periodic, unlike {@link #PERIODIC}: its head and tail differ, so reading the wrong chunk,
     * or one chunk twice, changes the hash.
     */
    private static final IntUnaryOperator MIXED = i -> (int) ((i * 2654435761L) >>> 13) & 0xff;

    /**
     * A simple pattern that repeats every 256 bytes, so any two 8-byte aligned 64 KiB
     * windows have the same word sum: alone it could not tell the head from the tail.
     */
    private static final IntUnaryOperator PERIODIC = i -> (i * 31 + 7) & 0xff;

    @TempDir
    Path dir;

    @Test
    void sumsTheFirstAndLast64KiBWithTheSize() throws Exception {
        // python3: size 200000, bytes ((i * 2654435761) >> 13) & 0xff
        assertThat(OsHash.of(file(200_000, MIXED))).contains("5f00a23fdf830e00");
    }

    @Test
    void periodicContentStillHashesLikeStash() throws Exception {
        // python3: size 200000, bytes (i * 31 + 7) & 0xff
        assertThat(OsHash.of(file(200_000, PERIODIC))).contains("5f9fe02060a3cd40");
    }

    @Test
    void aFileOfExactlyTwoChunksIsHeadThenTail() throws Exception {
        // python3: size 131072, bytes ((i * 2654435761) >> 13) & 0xff
        assertThat(OsHash.of(file(131_072, MIXED))).contains("1ec061fd9f42c280");
    }

    @Test
    void overlappingChunksAndATailOffByFewBytesFromAWordBoundary() throws Exception {
        // 100003 bytes: head and tail overlap, and the tail starts at 34467, not a multiple of 8.
        // python3: size 100003, bytes ((i * 2654435761) >> 13) & 0xff
        assertThat(OsHash.of(file(100_003, MIXED))).contains("d5771bb04cf0f8d3");
    }

    @Test
    void aFileSmallerThanAChunkCountsAsHeadAndTail() throws Exception {
        // python3: size 96, bytes ((i * 2654435761) >> 13) & 0xff (all 12 words, counted twice)
        assertThat(OsHash.of(file(96, MIXED))).contains("ee52b91d7fe64d04");
    }

    @Test
    void readsOnlyTheEndsEvenBeyondIntOffsets() throws Exception {
        // A sparse file of 3 GiB + 5 bytes: 01..08 at the start, eight ff bytes at the end, zeros between.
        // python3: 3221225477 + 0x0807060504030201 + 0xffffffffffffffff, modulo 2**64
        Path file = dir.resolve("large.bin");
        long size = 3L * 1024 * 1024 * 1024 + 5;
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
            out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            out.seek(size - 8);
            out.write(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1});
        }

        assertThat(OsHash.of(file)).contains("08070605c4030205");
    }

    @Test
    void noHashWhereStashRecordsNone() throws Exception {
        // Stash's hasher gives "" for an empty file and refuses a small file that is not whole words.
        assertThat(OsHash.of(file(0, MIXED))).isEmpty();
        assertThat(OsHash.of(file(5, MIXED))).isEmpty();
        assertThat(OsHash.of(file(100, MIXED))).isEmpty();
        assertThat(OsHash.of(file(65_535, MIXED))).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsATypedFailure() {
        Path missing = dir.resolve("missing.mp4");

        assertThatThrownBy(() -> OsHash.of(missing))
                .isInstanceOf(FingerprintReadException.class)
                .satisfies(e -> assertThat(((FingerprintReadException) e).file()).isEqualTo(missing))
                .hasCauseInstanceOf(IOException.class);
    }

    private Path file(int size, IntUnaryOperator byteAt) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) byteAt.applyAsInt(i);
        }
        return Files.write(dir.resolve(size + ".bin"), bytes);
    }
}
