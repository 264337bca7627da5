package io.debrief.bench;

import io.debrief.core.actionitem.DebriefItemPolicy;
import io.debrief.core.actionitem.ItemCandidate;
import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.lint.BlamelessLint;
import io.debrief.core.lint.LintFinding;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hot paths of the core: deriving an incident's facts from its timeline, the blameless lint on the largest text a
 * field accepts, and the debrief-item policy on an ordinary (non-matching) issue, which the Jira listener runs for
 * every issue event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CoreBenchmarks {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final EntryKind[] KINDS = {EntryKind.NOTE, EntryKind.ALERT, EntryKind.DEPLOY, EntryKind.ACTION};

    @Param({"100", "10000"})
    public int entries;

    private List<TimelineEntry> stored;
    private String text32k;
    private BlamelessLint lint;
    private ItemCandidate ordinaryIssue;
    private final DebriefItemPolicy policy = new DebriefItemPolicy();

    @Setup
    public void setUp() {
        stored = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            EntryKind kind = i == entries / 10
                    ? EntryKind.STARTED
                    : i == entries / 5
                            ? EntryKind.DETECTED
                            : i == entries - 1 ? EntryKind.RESOLVED : KINDS[i % KINDS.length];
            // recorded in a shuffled order so the sort does real work
            Instant at = T0.plus(Duration.ofSeconds((i * 7919L) % entries));
            stored.add(new TimelineEntry(
                    i + 1, 42, kind, at, "entry " + i, null, EntrySource.MANUAL, null, 1, false, "alice", at));
        }
        StringBuilder text = new StringBuilder(32 * 1024);
        String sentence = "The deploy went out while the canary was still warming up, so the alert fired late. ";
        while (text.length() + sentence.length() < 32 * 1024) {
            text.append(sentence);
        }
        text.append("It was human error.");
        text32k = text.toString();
        lint = new BlamelessLint(List.of("Alice Example", "Bob Builder", "Carol Jones"));
        ordinaryIssue =
                new ItemCandidate(new IssueRef(7, "WEB-7", "WEB"), "Task", Set.of("frontend"), null, List.of(), false);
    }

    @Benchmark
    public IncidentFacts timelineFacts() {
        return Timeline.of(stored).facts();
    }

    @Benchmark
    public List<LintFinding> lint32kB() {
        return lint.check(text32k);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean policyOnOrdinaryIssue() {
        return policy.isDebriefItem(ordinaryIssue);
    }
}
