package io.debrief.plugin.web.testkit;

import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemorySuggestedItems;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.DebriefApplication;

/**
 * A real {@link DebriefApplication} over core's in-memory fakes, with the fakes at hand to seed and inspect:
 * {@code world.tracker.given(item); RestTestHarness.with(...).bindInPorts(world.app())} (or, for the review
 * and intake slices still on the root, {@code bind(DebriefApplication.class, world.app())}).
 */
public final class InMemoryDebriefWorld {

    public final TestClock clock;
    public final DebriefFixtures.World debriefs = new DebriefFixtures.World();
    public final InMemoryIssueTracker tracker;
    public final InMemoryCheckpointLog checkpoints = new InMemoryCheckpointLog();
    public final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    public final InMemoryReviewDecisionLog decisions = new InMemoryReviewDecisionLog();
    public final InMemoryLabelRemovals labelRemovals = new InMemoryLabelRemovals();
    public final InMemorySettings settings = new InMemorySettings();
    private final DebriefApplication app;

    public InMemoryDebriefWorld(String now) {
        clock = TestClock.at(now);
        tracker = new InMemoryIssueTracker(clock);
        app = new DebriefApplication(
                debriefs.incidents,
                DerivedEntries.NONE,
                debriefs.timelines,
                debriefs.debriefs,
                tracker,
                checkpoints,
                held,
                decisions,
                labelRemovals,
                settings,
                new InMemorySuggestedItems(),
                clock);
    }

    public DebriefApplication app() {
        return app;
    }
}
