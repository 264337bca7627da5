package io.debrief.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/** The one printer of every scale run: a header with the machine's load, then aligned "name: value" lines. */
public final class Report {

    private final String title;

    private Report(String title) {
        this.title = title;
    }

    /** Prints the header (JVM, heap limit, cores, load) and returns the report to add lines to. */
    public static Report start(String title) {
        Report report = new Report(title);
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.println("== " + title + " ==");
        report.line("at", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        report.line(
                "jvm",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", -Xmx "
                        + mib(runtime.maxMemory()) + ", " + runtime.availableProcessors() + " cores");
        report.load();
        return report;
    }

    /** The 1-minute load average now (other helpers compile on the same 2 cores). */
    public Report load() {
        return line(
                "load average (1 min)",
                String.format(
                        Locale.ROOT,
                        "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    public Report line(String name, Object value) {
        System.out.printf(Locale.ROOT, "  %-38s %s%n", name + ":", value);
        return this;
    }

    public Report section(String name) {
        System.out.println("-- " + name);
        return this;
    }

    public Report millis(String name, long nanos) {
        return line(name, ms(nanos));
    }

    /** p50/p95/p99/max of per-call durations. */
    public Report latencies(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return line(
                name,
                String.format(
                        Locale.ROOT,
                        "n=%d p50=%s p95=%s p99=%s max=%s",
                        sorted.length,
                        ms(percentile(sorted, 50)),
                        ms(percentile(sorted, 95)),
                        ms(percentile(sorted, 99)),
                        ms(sorted[sorted.length - 1])));
    }

    public void end() {
        load();
        System.out.println("== end of " + title + " ==");
    }

    /** Nearest-rank percentile of an ascending array. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
