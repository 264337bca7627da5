package io.debrief.core.review;

import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the {@link ItemIndex} true: an issue the tracker reports changed is kept when it carries the debrief label and
 * forgotten when it does not; a deleted one is forgotten; a reconcile, fed every debrief item the tracker holds, puts
 * right whatever the events missed (a bulk edit, a re-index, a plugin disabled for a while).
 */
public final class ItemIndexing {

    private final ItemIndex index;
    private final Settings settings;
    private final Clock clock;

    public ItemIndexing(ItemIndex index, Settings settings, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The issue was created or changed (fields, status, links, project): kept if it is a debrief item, else forgotten. */
    public void changed(TrackedIssue issue, boolean secured) {
        if (issue.hasLabel(settings.global().label())) {
            index.put(IndexedItem.of(issue, secured, clock.getZone()));
        } else {
            index.remove(issue.ref().id());
        }
    }

    /** The issue was deleted. */
    public void deleted(long issueId) {
        index.remove(issueId);
    }

    /** One debrief item as the tracker holds it, for {@link #reconcile}. */
    public record Seen(TrackedIssue issue, boolean secured) {
        public Seen {
            Objects.requireNonNull(issue, "issue");
        }
    }

    /** Every debrief item the tracker holds, handed over one by one. */
    @FunctionalInterface
    public interface Feed {
        /** Hands every item to {@code each}; false when some could not be read (the tracker cut a search). */
        boolean readAll(Consumer<? super Seen> each);
    }

    /**
     * Makes the index hold exactly the items of the feed: each is written again, and every kept item not among them
     * is forgotten, unless the feed could not read them all (then nothing is forgotten). Returns how many were.
     */
    public int reconcile(Feed everyItem) {
        Set<Long> stale = new HashSet<>(index.itemIds());
        String label = settings.global().label();
        boolean whole = everyItem.readAll(seen -> {
            if (seen.issue().hasLabel(label)) {
                index.put(IndexedItem.of(seen.issue(), seen.secured(), clock.getZone()));
                stale.remove(seen.issue().ref().id());
            }
        });
        if (!whole) {
            return 0;
        }
        stale.forEach(index::remove);
        return stale.size();
    }
}
