package dev.stash2plex.provider.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address: a bucket holds up to {@link #BURST_SECONDS} seconds' worth of
 * requests and refills at the configured rate, so a client may burst and then keeps the average.
 * The table is bounded: a bucket idle long enough to be full again holds nothing worth keeping and
 * is dropped when a new client arrives, and past {@link #MAX_CLIENTS} the least recently seen goes.
 */
final class ClientRateLimit {

    /** Plex's scans arrive in bursts; ten seconds' worth absorbs them. */
    static final int BURST_SECONDS = 10;
    /** A LAN has far fewer clients; this only caps the memory a stream of new addresses can take. */
    static final int MAX_CLIENTS = 4096;

    /**
     * @param allowed whether the request may go on
     * @param retryAfter when the client will have a request again (zero when allowed)
     * @param firstRefusal true for the first refusal after an allowed request, to log once per episode
     */
    record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {
    }

    /** A client's bucket at one moment; replaced, never changed. */
    private record Bucket(double tokens, Instant at, boolean refusing) {
    }

    private static final Decision ALLOWED = new Decision(true, Duration.ZERO, false);

    private final double perSecond;
    private final double capacity;
    private final Duration refillTime;
    private final Clock clock;
    private final int maxClients;
    /** In access order, so the eldest entries are the clients seen least recently. */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    ClientRateLimit(int perSecond, Clock clock, int maxClients) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("a rate limit needs a positive rate");
        }
        this.perSecond = perSecond;
        this.capacity = (double) perSecond * BURST_SECONDS;
        this.refillTime = Duration.ofSeconds(BURST_SECONDS);
        this.clock = clock;
        this.maxClients = maxClients;
    }

    /** Takes one request from {@code client}'s bucket. */
    synchronized Decision take(String client) {
        Instant now = clock.instant();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            forgetIdleClients(now);
            bucket = new Bucket(capacity, now, false);
        }
        double tokens = Math.min(capacity, bucket.tokens() + secondsBetween(bucket.at(), now) * perSecond);
        if (tokens >= 1) {
            buckets.put(client, new Bucket(tokens - 1, now, false));
            return ALLOWED;
        }
        buckets.put(client, new Bucket(tokens, now, true));
        long wait = (long) Math.ceil((1 - tokens) / perSecond);
        return new Decision(false, Duration.ofSeconds(Math.max(1, wait)), !bucket.refusing());
    }

    /** How many clients the table holds now. */
    synchronized int clients() {
        return buckets.size();
    }

    private void forgetIdleClients(Instant now) {
        Iterator<Map.Entry<String, Bucket>> eldestFirst = buckets.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            Bucket bucket = eldestFirst.next().getValue();
            boolean fullAgain = !Duration.between(bucket.at(), now).minus(refillTime).isNegative();
            if (!fullAgain && buckets.size() < maxClients) {
                break;
            }
            eldestFirst.remove();
        }
    }

    /** Never negative: the wall clock may step back, which must not take tokens away. */
    private static double secondsBetween(Instant from, Instant to) {
        Duration elapsed = Duration.between(from, to);
        return Math.max(0, elapsed.getSeconds() + elapsed.getNano() / 1e9);
    }
}
