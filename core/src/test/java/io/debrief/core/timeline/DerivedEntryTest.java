package io.debrief.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The two kinds of entry every tracker adapter derives, written by one rule. */
class DerivedEntryTest {

    private static final Instant AT = Instant.parse("2026-03-05T10:15:00Z");

    @Test
    void a_status_change_reads_from_arrow_to_and_is_identified_by_its_history_row() {
        TimelineEntry entry = TimelineEntry.statusChange(12, AT, "In Progress", "Done", 345, "alice");

        assertThat(entry.kind()).isEqualTo(EntryKind.STATUS_CHANGE);
        assertThat(entry.text()).isEqualTo("In Progress \u2192 Done");
        assertThat(entry.source()).isEqualTo(EntrySource.JIRA_HISTORY);
        assertThat(entry.sourceRef()).isEqualTo("history:345:status");
        assertThat(entry.authorKey()).isEqualTo("alice");
        assertThat(entry.isDerived()).isTrue();
        assertThat(TimelineEntry.statusChange(12, AT, null, "Open", 346, null).text())
                .isEqualTo(" \u2192 Open");
    }

    @Test
    void a_comment_is_cut_to_its_excerpt_and_identified_by_its_id() {
        TimelineEntry entry = TimelineEntry.comment(12, AT, "  Rolled back 4.12  ", 78, "bob");

        assertThat(entry.kind()).isEqualTo(EntryKind.COMMENT);
        assertThat(entry.text()).isEqualTo("Rolled back 4.12");
        assertThat(entry.source()).isEqualTo(EntrySource.COMMENT);
        assertThat(entry.sourceRef()).isEqualTo("comment:78");
        assertThat(TimelineEntry.comment(12, AT, "z".repeat(900), 79, "bob").text())
                .hasSize(CommentExcerpt.MAX_CHARS);
    }
}
