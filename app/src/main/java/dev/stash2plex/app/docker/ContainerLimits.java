package dev.stash2plex.app.docker;

import java.util.Map;

/**
 * What a provider container may use of the machine: the same limits as {@code docker-compose.yml}'s
 * {@code mem_limit}, {@code memswap_limit}, {@code pids_limit} and {@code logging}. Without them a
 * leak could take the host's memory, a runaway its process table, and a flood of bad requests its
 * disk (Docker's json-file log is never rotated by default).
 *
 * @param memoryBytes the memory limit, swap included (no swap on top): the provider's heap is a
 *                    share of it (the Dockerfile's {@code MaxRAMPercentage})
 * @param pids        processes and threads, the health check's JVM included
 * @param logMaxSize  the size at which Docker starts a new log file ({@code 10m})
 * @param logMaxFiles how many log files Docker keeps
 */
public record ContainerLimits(long memoryBytes, long pids, String logMaxSize, int logMaxFiles) {

    /** 512 MiB (the provider measures 130–300 MiB under a full scan), 256 PIDs, three log files of 10 MB. */
    public static final ContainerLimits PROVIDER = new ContainerLimits(512L * 1024 * 1024, 256, "10m", 3);

    /** The json-file log driver's options, as {@code docker inspect} shows them. */
    Map<String, String> logOptions() {
        return Map.of("max-size", logMaxSize, "max-file", Integer.toString(logMaxFiles));
    }

    void addTo(ContentHash hash) {
        hash.add("memory").add(Long.toString(memoryBytes)).add("pids").add(Long.toString(pids))
                .add("log-max-size").add(logMaxSize).add("log-max-files").add(Integer.toString(logMaxFiles));
    }
}
