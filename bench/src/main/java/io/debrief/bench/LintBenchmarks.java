package io.debrief.bench;

import io.debrief.core.lint.BlamelessLint;
import io.debrief.core.lint.LintFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: the blameless lint as it runs while someone types: one check of a 2,000-character analysis that mixes
 * blameful and neutral sentences, with the names of 20 people on the incident (display name and username each).
 * Sample mode, so JMH reports the p99 of single calls (target: under 5 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LintBenchmarks {

    private static final String[] SENTENCES = {
        "At 14:02 the deploy pipeline promoted build 4312 to production while the canary was still warming up. ",
        "The on-call engineer missed the first page because the phone was on silent. ",
        "Error rates rose to 12% on checkout and the alert fired eight minutes later. ",
        "Obviously the change should have waited for the canary, and someone must have known that. ",
        "Why didn't they roll back straight away? ",
        "Priya Nair paged the database team, and pnair opened the bridge at 14:15. ",
        "The job missed its window, the cache did not expire stale entries and the retry logic broke. ",
        "Engineers need to be more careful with feature flags; it was a sloppy review. ",
        "The runbook named the old cluster, which made the wrong target look right. ",
        "Ask @dana.w and [~mrossi] for the graphs. ",
    };

    private String text2k;
    private BlamelessLint lint;

    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder(2_100);
        for (int i = 0; text.length() < 2_000; i++) {
            text.append(SENTENCES[i % SENTENCES.length]);
        }
        text2k = text.substring(0, 2_000);
        List<String> names = new ArrayList<>();
        String[] first = {"Priya", "Dana", "Marco", "Bob", "Alice", "Carol", "Sam", "Lena", "Tom", "Ines"};
        String[] last = {"Nair", "Whitfield", "Rossi", "Brown", "Example", "Jones", "Okafor", "Fischer", "Hale", "Berg"
        };
        for (int i = 0; i < 20; i++) {
            String display = first[i % 10] + " " + last[(i * 3) % 10];
            names.add(display);
            names.add((first[i % 10].charAt(0) + last[(i * 3) % 10]).toLowerCase());
        }
        lint = new BlamelessLint(names);
    }

    @Benchmark
    public List<LintFinding> lint2kWhileTyping() {
        return lint.check(text2k);
    }
}
