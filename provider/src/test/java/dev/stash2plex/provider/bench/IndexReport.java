package dev.stash2plex.provider.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prints the index benchmark's figures: a table per library size, the heaps side by side, and a summary. */
final class IndexReport {

    /** The figures of one library size. */
    record SizeFigures(int scenes, IndexOffRun.Figures before, List<IndexOnRun.Figures> after, double loadAverage) {
    }

    private static final String ROW = "%-52s";
    private static final String CELL = " %22s";

    private final PrintStream out;

    IndexReport(PrintStream out) {
        this.out = out;
    }

    void size(SizeFigures size) {
        out.printf(Locale.ROOT, "%n== %,d scenes (load average %.2f when done) ==%n", size.scenes(), size.loadAverage());
        before(size.before());
        after(size.after());
    }

    private void before(IndexOffRun.Figures before) {
        PlexScan.Result sample = before.sample();
        out.printf(Locale.ROOT, "%nBefore: index off (S2P_INDEX_REFRESH_SECONDS=0). A SAMPLE of %d of the %,d files, spread over the library:%n",
                sample.files(), before.libraryFiles());
        out.printf(Locale.ROOT, "  %d files in %.1f s = %.1f files/s, %d mismatches%n", sample.files(), sample.seconds(),
                sample.filesPerSecond(), sample.mismatches().size());
        out.printf(Locale.ROOT, "  Stash requests per file: %.2f (%s)%n", (double) before.requests().total() / sample.files(),
                before.requests().breakdown());
        out.printf(Locale.ROOT, "  CPU per file: %s%n", before.cpu().perFile(sample.files()));
        out.printf(Locale.ROOT, "  The path query alone, sent straight to the fake Stash one at a time: %.1f ms (median of 50)%n",
                before.directQueryMillis());
        out.printf(Locale.ROOT, "  A full scan of all %,d files at this pace: %s (extrapolated, not measured)%n",
                before.libraryFiles(), duration(before.fullScanSeconds()));
        mismatches(sample.mismatches());
    }

    private void after(List<IndexOnRun.Figures> heaps) {
        out.printf(Locale.ROOT, "%nAfter: index on (S2P_INDEX_REFRESH_SECONDS=%d), a fresh data folder:%n", ProviderSetup.INDEX_REFRESH_SECONDS);
        out.printf(Locale.ROOT, ROW, "heap");
        heaps.forEach(heap -> out.printf(Locale.ROOT, CELL, heap.heap()));
        out.println();
        row(heaps, "build: provider answers /health after", f -> f.build() == null ? null : seconds(f.build().providerUpSeconds()));
        row(heaps, "build: index usable after (from process start)", f -> f.build() == null ? null : seconds(f.build().usableSeconds()));
        row(heaps, "build: provider CPU until usable", f -> f.build() == null ? null : seconds(f.build().providerCpuSeconds()));
        row(heaps, "build: Stash requests (fake / index.stash_requests)",
                f -> f.build() == null ? null : f.build().requests().total() + " / " + f.build().indexRequests());
        row(heaps, "RSS after build, peak / now", f -> f.build() == null ? null : memory(f.build().memory()));
        row(heaps, "scan of every file: files/s", f -> f.scan() == null ? null : format("%,d in %.1f s = %,.0f/s",
                f.scan().result().files(), f.scan().result().seconds(), f.scan().result().filesPerSecond()));
        row(heaps, "scan: CPU ms per file, provider / Stash+clients", f -> f.scan() == null ? null
                : format("%.2f / %.2f", f.scan().cpu().providerSeconds() * 1000 / f.scan().result().files(),
                        f.scan().cpu().stashAndClientsSeconds() * 1000 / f.scan().result().files()));
        row(heaps, "scan: Stash requests (per file)", f -> f.scan() == null ? null
                : format("%d (%.4f)", f.scan().requests().total(), (double) f.scan().requests().total() / f.scan().result().files()));
        row(heaps, "scan: of them lookups made by a match", f -> f.scan() == null ? null : Integer.toString(f.scan().requests().lookups()));
        row(heaps, "scan: wrong answers", f -> f.scan() == null ? null : Integer.toString(f.scan().result().mismatches().size()));
        row(heaps, "RSS after scan, peak / now", f -> f.scan() == null ? null : memory(f.scan().memory()));
        row(heaps, "store: /health store_bytes", f -> f.store() == null ? null : mib(f.store().healthBytes()));
        row(heaps, "store: data folder running / stopped", f -> f.store() == null ? null
                : mib(f.store().runningDiskBytes()) + " / " + mib(f.store().stoppedDiskBytes()));
        row(heaps, "warm restart: usable from disk after", f -> f.restart() == null ? null : seconds(f.restart().usableSeconds()));
        row(heaps, "warm restart: Stash requests by then", f -> f.restart() == null ? null : Integer.toString(f.restart().requestsByUsable().total()));
        row(heaps, "warm restart: catch-up + sweep asked by", f -> f.restart() == null || f.restart().catchUpSeconds() == null ? null
                : seconds(f.restart().catchUpSeconds()) + ", " + f.restart().requestsByCatchUp().total() + " req");
        row(heaps, "RSS after warm restart, peak / now", f -> f.restart() == null ? null : memory(f.restart().memory()));
        for (IndexOnRun.Figures heap : heaps) {
            out.printf("%n  %s:%n", heap.heap());
            if (heap.build() != null) {
                out.println("    build requests: " + heap.build().requests().breakdown());
            }
            if (heap.scan() != null) {
                out.println("    scan requests: " + heap.scan().requests().breakdown());
                mismatches(heap.scan().result().mismatches());
            }
            if (heap.restart() != null) {
                out.println("    warm restart requests by usable: " + heap.restart().requestsByUsable().breakdown());
                if (heap.restart().requestsByCatchUp() != null) {
                    out.println("    warm restart requests by catch-up: " + heap.restart().requestsByCatchUp().breakdown());
                }
            }
            if (heap.failure() != null) {
                out.println("    FAILED: " + heap.failure());
            }
        }
    }

    void summary(List<SizeFigures> sizes) {
        out.printf("%nSummary (before: a sample, its full scan extrapolated; after: every file scanned)%n");
        out.printf(Locale.ROOT, "%9s %13s %15s %16s %8s %9s %12s %9s %8s %9s %11s %22s %9s%n", "scenes", "path query ms",
                "before files/s", "before full scan", "build s", "build req", "scan files/s", "req/file", "mismatch",
                "restart s", "restart req", "peak RSS MiB " + heapNames(sizes), "store MiB");
        for (SizeFigures size : sizes) {
            IndexOnRun.Figures first = size.after().getFirst();
            out.printf(Locale.ROOT, "%9s %13.1f %15.1f %16s %8s %9s %12s %9s %8s %9s %11s %22s %9s%n",
                    format("%,d", size.scenes()), size.before().directQueryMillis(), size.before().sample().filesPerSecond(),
                    duration(size.before().fullScanSeconds()),
                    first.build() == null ? "-" : format("%.1f", first.build().usableSeconds()),
                    first.build() == null ? "-" : Integer.toString(first.build().requests().total()),
                    first.scan() == null ? "-" : format("%,.0f", first.scan().result().filesPerSecond()),
                    first.scan() == null ? "-" : format("%.4f", (double) first.scan().requests().total() / first.scan().result().files()),
                    first.scan() == null ? "-" : Integer.toString(first.scan().result().mismatches().size()),
                    first.restart() == null ? "-" : format("%.1f", first.restart().usableSeconds()),
                    first.restart() == null ? "-" : Integer.toString(first.restart().requestsByUsable().total()),
                    String.join(" / ", size.after().stream().map(IndexReport::peakMib).toList()),
                    first.store() == null ? "-" : format("%.1f", first.store().healthBytes() / 1048576.0));
        }
    }

    private void row(List<IndexOnRun.Figures> heaps, String label, Function<IndexOnRun.Figures, String> cell) {
        out.printf(Locale.ROOT, ROW, label);
        for (IndexOnRun.Figures heap : heaps) {
            String value = cell.apply(heap);
            out.printf(Locale.ROOT, CELL, value == null ? "-" : value);
        }
        out.println();
    }

    private void mismatches(List<String> mismatches) {
        mismatches.stream().limit(20).forEach(line -> out.println("    wrong: " + line));
        if (mismatches.size() > 20) {
            out.printf("    … and %d more%n", mismatches.size() - 20);
        }
    }

    private static String heapNames(List<SizeFigures> sizes) {
        return sizes.isEmpty() ? "" : String.join(" / ", sizes.getFirst().after().stream().map(IndexOnRun.Figures::heap).toList());
    }

    /** The highest peak seen: after the scan, else after the build. */
    private static String peakMib(IndexOnRun.Figures figures) {
        ProviderProcess.Memory memory = figures.scan() != null ? figures.scan().memory()
                : figures.build() != null ? figures.build().memory() : null;
        return (memory == null ? "-" : Long.toString(memory.peakKib() / 1024)) + (figures.failure() == null ? "" : " (failed)");
    }

    private static String memory(ProviderProcess.Memory memory) {
        return format("%d / %d MiB", memory.peakKib() / 1024, memory.residentKib() / 1024);
    }

    private static String mib(long bytes) {
        return format("%.1f MiB", bytes / 1048576.0);
    }

    private static String seconds(double seconds) {
        return format("%.1f s", seconds);
    }

    private static String duration(double seconds) {
        return seconds < 120 ? format("%.0f s", seconds) : seconds < 7200 ? format("%.0f min", seconds / 60) : format("%.1f h", seconds / 3600);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
