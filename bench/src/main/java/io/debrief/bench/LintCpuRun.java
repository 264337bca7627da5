package io.debrief.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Issue 14: what one lint check of {@link LintBenchmarks}' 2,000-character text costs the thread that runs it. On a
 * shared machine JMH's wall-clock p99 is the scheduler's (a check preempted once waits a time slice); the CPU time the
 * thread spent inside each call leaves that out, so both are printed side by side.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.debrief.bench.LintCpuRun [calls]</pre>
 */
public final class LintCpuRun {

    private LintCpuRun() {}

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        LintBenchmarks bench = new LintBenchmarks();
        bench.setUp();
        Report report = Report.start("Lint, one 2,000-character check with 40 known names");
        int findings = 0;
        for (int i = 0; i < calls / 2; i++) {
            findings += bench.lint2kWhileTyping().size();
        }
        long[] cpu = new long[calls];
        long[] wall = new long[calls];
        for (int i = 0; i < calls; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            findings += bench.lint2kWhileTyping().size();
            wall[i] = System.nanoTime() - wall0;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        report.line("findings per check", findings / (calls + calls / 2))
                .latencies("CPU time of the calling thread", cpu)
                .latencies("wall clock (includes preemption)", wall)
                .end();
    }
}
