package dev.stash2plex.provider.testing;

import java.time.Duration;
import java.util.Map;

/**
 * The behaviour a test dials in while requests are being served: added latency, an injected fault,
 * and what the probe reports. Read by the server's threads, set by the test's thread.
 */
final class FakeStashKnobs {

    /**
     * A deliberate misbehaviour; {@link #NONE} answers like a healthy Stash.
     *
     * @param headers the raw answer's headers for {@link Kind#RAW}
     * @param text the raw body for {@link Kind#RAW}, the error message for {@link Kind#RESOLVER_ERROR}
     */
    record Fault(Kind kind, int status, Map<String, String> headers, String text) {
        enum Kind { NONE, RAW, RESOLVER_ERROR }

        static final Fault NONE = new Fault(Kind.NONE, 200, Map.of(), null);
    }

    private volatile Duration latency = Duration.ZERO;
    private volatile Fault fault = Fault.NONE;
    private volatile String version = "v0.30.1";
    private volatile String systemStatus = "OK";
    private volatile FakeStream imageStream;
    private volatile FakeStream graphqlStream;

    Duration latency() {
        return latency;
    }

    void latency(Duration value) {
        latency = value;
    }

    Fault fault() {
        return fault;
    }

    void fault(Fault value) {
        fault = value;
    }

    String version() {
        return version;
    }

    void version(String value) {
        version = value;
    }

    String systemStatus() {
        return systemStatus;
    }

    void systemStatus(String value) {
        systemStatus = value;
    }

    /** How image routes answer instead of with the picture; null for normally. */
    FakeStream imageStream() {
        return imageStream;
    }

    void imageStream(FakeStream value) {
        imageStream = value;
    }

    /** How {@code /graphql} answers instead of executing the query; null for normally. */
    FakeStream graphqlStream() {
        return graphqlStream;
    }

    void graphqlStream(FakeStream value) {
        graphqlStream = value;
    }

    /** Schema coordinates ({@code Scene.groups}) this Stash is too old to know; empty for the current schema. */
    private volatile java.util.Set<String> unknownToThisRelease = java.util.Set.of();

    java.util.Set<String> unknownToThisRelease() {
        return unknownToThisRelease;
    }

    void unknownToThisRelease(java.util.Set<String> coordinates) {
        unknownToThisRelease = java.util.Set.copyOf(coordinates);
    }

    void reset() {
        unknownToThisRelease = java.util.Set.of();
        latency = Duration.ZERO;
        fault = Fault.NONE;
        imageStream = null;
        graphqlStream = null;
        version = "v0.30.1";
        systemStatus = "OK";
    }
}
