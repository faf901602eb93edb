package dev.stash2plex.core.secrets;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The secrets every log output of this process must hide. Whoever learns a secret registers it here
 * (the Stash client its API key, the provider its configuration's secrets); the log backends read
 * {@link #rule()} when they write a line. Process-wide on purpose: a logging backend is created by its
 * own configuration file, not by our {@code Main}, so this is the one place both can reach.
 */
public final class SecretsInLogs {

    private static final AtomicReference<Redactor> RULE = new AtomicReference<>(Redactor.NONE);

    private SecretsInLogs() {
    }

    /** From now on, log output hides these secrets too (in addition to any registered before). */
    public static void cover(Redactor secrets) {
        RULE.updateAndGet(current -> current.and(secrets));
    }

    /** The rule log lines go through now. */
    public static Redactor rule() {
        return RULE.get();
    }
}
