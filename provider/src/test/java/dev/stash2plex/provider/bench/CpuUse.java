package dev.stash2plex.provider.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * CPU time a phase used, split between the provider's process and this JVM (the fake Stash and the
 * clients). On a shared machine the wall-clock pace depends on who else runs; CPU per file does not.
 */
record CpuUse(double providerSeconds, double stashAndClientsSeconds) {

    /** A reading at the start of a phase. */
    record Start(ProviderProcess provider, double providerSeconds, double stashAndClientsSeconds) {

        CpuUse used() {
            return new CpuUse(provider.cpuSeconds() - providerSeconds, thisJvm() - stashAndClientsSeconds);
        }
    }

    static Start start(ProviderProcess provider) {
        return new Start(provider, provider.cpuSeconds(), thisJvm());
    }

    /** Milliseconds per file, e.g. {@code provider 1.2 ms, fake Stash + clients 0.8 ms}. */
    String perFile(int files) {
        return String.format(Locale.ROOT, "provider %.2f ms, fake Stash + clients %.2f ms",
                providerSeconds * 1000 / files, stashAndClientsSeconds * 1000 / files);
    }

    private static double thisJvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
