package dev.stash2plex.app.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each length-prefixed so that {@code ("ab","c")} and
 * {@code ("a","bc")} differ. Used for the labels that decide "rebuild?" and "recreate?"; only the
 * hex digest ever leaves this class, never the fields (they may hold the Stash API key).
 */
final class ContentHash {

    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    ContentHash add(String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        addLength(bytes.length);
        digest.update(bytes);
        return this;
    }

    ContentHash addFile(Path file) throws IOException {
        addLength(Files.size(file));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return this;
    }

    /** The digest as 64 lowercase hex digits; the object is spent afterwards. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void addLength(long length) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (length >>> shift));
        }
    }
}
