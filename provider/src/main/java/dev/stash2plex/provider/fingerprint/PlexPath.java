package dev.stash2plex.provider.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An absolute path as Plex writes it, split into where it starts and the folder and file names
 * after that. Plex on Linux or macOS writes {@code /media/a.mp4}; Plex on Windows writes
 * {@code D:\Videos\a.mp4} or {@code \\nas\share\a.mp4}, and a Windows path may use either slash.
 *
 * @param start {@code /}, a drive such as {@code D:}, or {@code \\} for a network share
 * @param names the names after the start; empty names from doubled or trailing slashes are left out
 */
record PlexPath(String start, List<String> names) {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:(?=[\\\\/]|$)");
    private static final Pattern WINDOWS_SEPARATORS = Pattern.compile("[\\\\/]");
    private static final String NETWORK_SHARE = "\\\\";
    private static final String POSIX_ROOT = "/";
    private static final Pattern POSIX_SEPARATOR = Pattern.compile(POSIX_ROOT);

    PlexPath {
        names = List.copyOf(names);
    }

    /**
     * Empty when {@code text} is not absolute, or names {@code .} or {@code ..}: Plex never sends
     * either in a file's path, and a {@code ..} would climb out of a media folder.
     */
    static Optional<PlexPath> parse(String text) {
        String start;
        String rest;
        Pattern separators;
        var drive = DRIVE.matcher(text);
        if (drive.find()) {
            start = drive.group().toUpperCase(Locale.ROOT);
            rest = text.substring(drive.end());
            separators = WINDOWS_SEPARATORS;
        } else if (text.startsWith(NETWORK_SHARE)) {
            start = NETWORK_SHARE;
            rest = text.substring(NETWORK_SHARE.length());
            separators = WINDOWS_SEPARATORS;
        } else if (text.startsWith(POSIX_ROOT)) {
            start = POSIX_ROOT;
            rest = text.substring(POSIX_ROOT.length());
            // On Linux and macOS a backslash is an ordinary character of a file name.
            separators = POSIX_SEPARATOR;
        } else {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : separators.split(rest)) {
            if (name.equals(".") || name.equals("..")) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return Optional.of(new PlexPath(start, names));
    }

    /** Whether {@code folder} is this path or one of its parent folders (whole names, not text). */
    boolean isInside(PlexPath folder) {
        if (!start.equals(folder.start) || folder.names.size() > names.size()) {
            return false;
        }
        for (int i = 0; i < folder.names.size(); i++) {
            if (!sameName(names.get(i), folder.names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The names below {@code folder}, which this path must be inside. */
    List<String> namesBelow(PlexPath folder) {
        return names.subList(folder.names.size(), names.size());
    }

    private boolean sameName(String a, String b) {
        // Windows file names ignore case, so D:\Videos configured as d:\videos is the same folder.
        return start.equals(POSIX_ROOT) ? a.equals(b) : a.equalsIgnoreCase(b);
    }
}
