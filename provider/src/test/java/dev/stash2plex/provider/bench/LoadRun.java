package dev.stash2plex.provider.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Sends a fixed number of requests from a fixed number of concurrent clients and measures each one. */
final class LoadRun {

    /** Figures of one phase; latencies in milliseconds. */
    record Result(String name, int requests, int failures, double seconds, double p50, double p90, double p99, double max) {

        static String header() {
            return String.format("%-40s %8s %9s %8s %8s %8s %8s %6s", "phase", "requests", "req/s", "p50 ms", "p90 ms",
                    "p99 ms", "max ms", "errors");
        }

        String row() {
            return String.format("%-40s %8d %9.0f %8.2f %8.2f %8.2f %8.2f %6d", name, requests, requests / seconds, p50, p90,
                    p99, max, failures);
        }
    }

    private final HttpClient http;
    private final int concurrency;

    LoadRun(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    /** Requests {@code first} … {@code first + count - 1}, each built by {@code request}. */
    Result phase(String name, int first, int count, IntFunction<HttpRequest> request) throws InterruptedException {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request.apply(first + i), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - sent;
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        Result result = new Result(name, count, failures.get(), seconds, percentile(nanos, 50), percentile(nanos, 90),
                percentile(nanos, 99), nanos[count - 1] / 1e6);
        System.out.println(result.row());
        return result;
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
