package io.debrief.core.timeline;

import static io.debrief.core.testkit.TimelineFixtures.T0;
import static io.debrief.core.testkit.TimelineFixtures.aTimeline;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.IncidentFacts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void entries_are_ordered_by_when_they_happened_not_when_they_were_recorded() {
        // given
        Timeline timeline = aTimeline()
                .with(anEntry().id(1).at(T0.plusSeconds(60)).text("later"))
                .with(anEntry().id(2).at(T0).text("earlier"))
                .build();

        // then
        assertThat(timeline.entries()).extracting(TimelineEntry::text).containsExactly("earlier", "later");
    }

    @Test
    void equal_timestamps_keep_the_order_they_were_recorded_in() {
        // given: three entries at the same instant, recorded as 3, 1, 2 but stored in id order 1..3
        Timeline timeline = aTimeline()
                .with(anEntry().id(3).text("third"))
                .with(anEntry().id(1).text("first"))
                .with(anEntry().id(2).text("second"))
                .build();

        // then
        assertThat(timeline.entries()).extracting(TimelineEntry::text).containsExactly("first", "second", "third");
    }

    @Test
    void equal_timestamps_prefer_the_earlier_recording_time_over_the_id() {
        Timeline timeline = aTimeline()
                .with(anEntry().id(1).recordedAt(T0.plusSeconds(10)).text("recorded later"))
                .with(anEntry().id(2).recordedAt(T0.plusSeconds(5)).text("recorded sooner"))
                .build();

        assertThat(timeline.entries())
                .extracting(TimelineEntry::text)
                .containsExactly("recorded sooner", "recorded later");
    }

    @Test
    void deleted_entries_are_left_out_unless_asked_for() {
        Timeline timeline = aTimeline()
                .with(anEntry().id(1).text("kept"))
                .with(anEntry().id(2).text("gone").deleted())
                .build();

        assertThat(timeline.entries()).extracting(TimelineEntry::text).containsExactly("kept");
        assertThat(timeline.entriesIncludingDeleted())
                .extracting(TimelineEntry::text)
                .containsExactly("kept", "gone");
    }

    @Test
    void derived_entries_are_merged_once_per_origin() {
        // given: the tracker supplies history:7 twice and the store already holds history:8
        Timeline timeline = aTimeline()
                .with(anEntry()
                        .id(1)
                        .at(T0.plusSeconds(30))
                        .source(EntrySource.JIRA_HISTORY)
                        .sourceRef("history:8")
                        .kind(EntryKind.STATUS_CHANGE)
                        .text("stored copy"))
                .derived(anEntry().fromHistory("history:7").at(T0).text("In Progress"))
                .derived(anEntry().fromHistory("history:7").at(T0).text("In Progress"))
                .derived(anEntry()
                        .fromHistory("history:8")
                        .at(T0.plusSeconds(30))
                        .text("tracker copy"))
                .build();

        // then
        assertThat(timeline.entries()).extracting(TimelineEntry::sourceRef).containsExactly("history:7", "history:8");
        assertThat(timeline.entries()).extracting(TimelineEntry::text).containsExactly("In Progress", "stored copy");
    }

    @Test
    void a_deleted_derived_entry_stays_deleted_when_the_tracker_supplies_it_again() {
        Timeline timeline = aTimeline()
                .with(anEntry()
                        .source(EntrySource.COMMENT)
                        .kind(EntryKind.COMMENT)
                        .sourceRef("comment:5")
                        .deleted())
                .derived(anEntry()
                        .kind(EntryKind.COMMENT)
                        .source(EntrySource.COMMENT)
                        .sourceRef("comment:5")
                        .id(0))
                .build();

        assertThat(timeline.entries()).isEmpty();
    }

    @Test
    void facts_take_the_earliest_start_detection_mitigation_and_the_latest_resolution() {
        // given
        Timeline timeline = aTimeline()
                .with(anEntry().started(T0.plusSeconds(120)))
                .with(anEntry().started(T0))
                .with(anEntry().detected(T0.plusSeconds(300)))
                .with(anEntry().detected(T0.plusSeconds(200)))
                .with(anEntry().mitigated(T0.plusSeconds(900)))
                .with(anEntry().resolved(T0.plusSeconds(1800)))
                .with(anEntry().resolved(T0.plusSeconds(3600)))
                .build();

        // when
        IncidentFacts facts = timeline.facts();

        // then
        assertThat(facts.started()).contains(T0);
        assertThat(facts.detected()).contains(T0.plusSeconds(200));
        assertThat(facts.mitigated()).contains(T0.plusSeconds(900));
        assertThat(facts.resolved()).contains(T0.plusSeconds(3600));
        assertThat(facts.timeToResolve()).contains(Duration.ofHours(1));
    }

    @Test
    void a_deleted_start_does_not_count_as_a_fact() {
        Timeline timeline = aTimeline()
                .with(anEntry().started(T0).deleted())
                .with(anEntry().started(T0.plusSeconds(60)))
                .build();

        assertThat(timeline.facts().started()).contains(T0.plusSeconds(60));
    }

    @Test
    void entry_kinds_have_hyphenated_wire_names_and_know_whether_people_may_add_them() {
        assertThat(EntryKind.CUSTOMER_REPORT.wireName()).isEqualTo("customer-report");
        assertThat(EntryKind.fromWire("customer-report")).contains(EntryKind.CUSTOMER_REPORT);
        assertThat(EntryKind.fromWire("Status-Change")).contains(EntryKind.STATUS_CHANGE);
        assertThat(EntryKind.fromWire("explosion")).isEmpty();
        assertThat(EntryKind.STARTED.isManual()).isTrue();
        assertThat(EntryKind.STATUS_CHANGE.isManual()).isFalse();
        assertThat(EntryKind.COMMENT.isManual()).isFalse();
    }
}
