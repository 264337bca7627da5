package io.debrief.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.ItemSearch;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * Every trends rule again, counting each debrief's items in the item index (kept as the tracker holds them) instead
 * of searching the tracker: the same reports, and no tracker search.
 */
class IndexedTrendsTest extends TrendsTest {

    @Override
    Trends trends(Clock zoned) {
        InMemoryItemIndex index = new InMemoryItemIndex();
        new ItemIndexing(index, settings, clock).reconcile(each -> {
            tracker.allDebriefItems(
                            new ItemSearch(settings.global().label(), Set.of(), null, null, false, null),
                            Audience.system())
                    .forEach(issue -> each.accept(new ItemIndexing.Seen(issue, false)));
            return true;
        });
        tracker.resetCounts();
        return new Trends(world.debriefs, world.incidents, world.timelines, tracker, settings, zoned, index);
    }

    @AfterEach
    void searchedNothingInTheTracker() {
        assertThat(tracker.searches()).as("tracker searches").isZero();
        assertThat(tracker.materialised()).as("issues materialised").isZero();
    }
}
