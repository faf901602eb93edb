package dev.stash2plex.app.instance;

import java.nio.file.Path;
import java.time.Duration;

/** A launch in a process of its own, for {@link SingleInstanceIT}: exits 0 (revealed the first), 1 (no answer), 10 (is the first). */
public final class SecondLaunch {

    private SecondLaunch() {
    }

    public static void main(String[] args) {
        Claim claim = new SingleInstance(Path.of(args[0]), Duration.ofSeconds(3)).claim();
        switch (claim) {
            case Claim.Second second -> System.exit(second.answered() ? 0 : 1);
            case Claim.First first -> {
                first.listener().close();
                System.exit(10);
            }
        }
    }
}
