package dev.stash2plex.app.docker;

import java.util.List;
import java.util.Optional;

/** {@code NAME=value} entries as an env file holds them, read as Docker reads them. */
public final class EnvEntries {

    private EnvEntries() {
    }

    /** The value of the last entry for this name that is not blank: like an env file read twice, the last one wins. */
    public static Optional<String> last(List<String> entries, String name) {
        String prefix = name + "=";
        return entries.stream()
                .filter(entry -> entry.startsWith(prefix))
                .map(entry -> entry.substring(prefix.length()))
                .filter(value -> !value.isBlank())
                .reduce((first, last) -> last);
    }
}
