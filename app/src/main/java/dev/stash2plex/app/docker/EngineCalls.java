package dev.stash2plex.app.docker;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs docker-java calls with a time limit and maps their failures. The limit is enforced here,
 * not by the transport: on a Unix socket or a named pipe the HTTP client's response timeout does
 * not apply, and an engine that accepts connections while still starting (Docker Desktop) would
 * otherwise hang the caller. A call past its limit is abandoned on its virtual thread.
 */
final class EngineCalls implements AutoCloseable {

    private final Duration limit;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("s2p-docker-call-", 0).factory());

    EngineCalls(Duration limit) {
        this.limit = limit;
    }

    /** A call that must answer within the limit. */
    <T> T bounded(String action, Callable<T> call) throws EngineException {
        return bounded(action, List.of(), limit, call);
    }

    /**
     * @param environment entries whose values are masked in a failure's message
     */
    <T> T bounded(String action, Collection<String> environment, Duration timeout, Callable<T> call) throws EngineException {
        Future<T> future = threads.submit(call);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw EngineFailures.map(action, e.getCause(), EngineFailures.Kind.CONTAINER, environment);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw EngineFailures.map(action, e, EngineFailures.Kind.CONTAINER);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EngineException.Unavailable(action + ": interrupted", e);
        }
    }

    /** A call that may rightly take long (a stop with its grace period): no limit, same mapping. */
    <T> T unbounded(String action, Callable<T> call) throws EngineException {
        try {
            return call.call();
        } catch (Exception e) {
            throw EngineFailures.map(action, e, EngineFailures.Kind.CONTAINER);
        }
    }

    Duration limit() {
        return limit;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
