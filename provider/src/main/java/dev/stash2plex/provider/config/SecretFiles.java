package dev.stash2plex.provider.config;

import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code S2P_STASH_API_KEY_FILE}, {@code S2P_PLEX_TOKEN_FILE} and {@code S2P_ADMIN_TOKEN_FILE}: a secret read from a file, such as a
 * Docker or Kubernetes secret mounted read-only, so the value is not in the container's environment
 * (where {@code docker inspect} shows it). The content is trimmed, so the newline an editor adds does
 * not matter. Setting a secret both directly and as a file is an error rather than one silently
 * winning: a key changed in one place but not in the other would otherwise go on being used stale.
 */
final class SecretFiles {

    /** A key or token is a few hundred bytes; a bigger file is the wrong file. */
    static final int MAX_BYTES = 64 * 1024;

    /** Each secret and the setting naming its file, in the order problems are reported. */
    private static final List<Map.Entry<Setting, Setting>> FILE_OF = List.of(
            Map.entry(Setting.STASH_API_KEY, Setting.STASH_API_KEY_FILE),
            Map.entry(Setting.PLEX_TOKEN, Setting.PLEX_TOKEN_FILE),
            Map.entry(Setting.ADMIN_TOKEN, Setting.ADMIN_TOKEN_FILE));

    private SecretFiles() {
    }

    /**
     * What resolving found.
     *
     * @param named the secrets a file was named for, usable or not: not "missing", whatever became of the file
     * @param problems one per file that is set together with its secret, or cannot be used
     */
    record Resolution(Set<Setting> named, List<String> problems) {
    }

    /** Puts the content of every named secret file into {@code merged} as its secret's value. */
    static Resolution resolve(Map<Setting, RawValue> merged) {
        Set<Setting> named = EnumSet.noneOf(Setting.class);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Setting, Setting> pair : FILE_OF) {
            Setting secret = pair.getKey();
            RawValue file = merged.remove(pair.getValue());
            if (file == null || file.text() == null || file.text().isBlank()) {
                continue;
            }
            named.add(secret);
            RawValue direct = merged.get(secret);
            if (direct != null && (direct.node() != null || (direct.text() != null && !direct.text().isBlank()))) {
                problems.add("Set either " + direct.origin() + " or " + file.origin() + ", not both");
                continue;
            }
            String origin = "the file " + file.text().strip() + " (" + file.origin() + ")";
            try {
                merged.put(secret, new RawValue(secret, read(file.text().strip()), null, origin));
            } catch (UnusableFile e) {
                problems.add(origin + " " + e.getMessage());
            }
        }
        return new Resolution(named, problems);
    }

    private static String read(String name) throws UnusableFile {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnusableFile("is not a valid file path");
        }
        if (Files.isDirectory(path)) {
            throw new UnusableFile("is a folder, not a file");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UnusableFile("is larger than " + MAX_BYTES / 1024 + " KiB; it must hold only the secret");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnusableFile("does not exist (is the secret mounted into the container?)");
        } catch (AccessDeniedException e) {
            throw new UnusableFile("cannot be read by the provider's user (permission denied)");
        } catch (IOException e) {
            throw new UnusableFile("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        // Bytes that are not UTF-8 become U+FFFD, which the secret check then names with its position.
        String content = new String(bytes, StandardCharsets.UTF_8).strip();
        if (content.isEmpty()) {
            throw new UnusableFile("is empty");
        }
        return content;
    }

    /** Why a named file cannot be used; the message finishes a sentence that starts with the file. */
    private static final class UnusableFile extends Exception {
        UnusableFile(String message) {
            super(message, null, false, false);
        }
    }
}
