package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.followthrough.CompletionTargets;
import io.debrief.core.followthrough.FollowUpLog;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import io.debrief.core.followthrough.ReminderOptOuts;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.testkit.InMemoryFollowUps;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * What the follow-through's stores do (issue 16), on the fakes and on Active Objects (H2, PostgreSQL): the sent log
 * claims each key once, opt-outs and settings round-trip, and the item index finds open items by due day.
 */
class FollowUpStoresContractTest {

    private static final Instant AT = Instant.parse("2026-05-04T07:40:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-05-04");

    abstract static class Contract {

        abstract FollowUpLog log();

        abstract ReminderOptOuts optOuts();

        abstract FollowUpSettingsStore settings();

        abstract ItemIndex index();

        @Test
        void a_key_is_claimed_once_and_other_keys_stay_free() {
            assertThat(log().claim("reminder:OVERDUE:7001:2026-05-01", AT)).isTrue();
            assertThat(log().claim("reminder:OVERDUE:7001:2026-05-01", AT.plusSeconds(60)))
                    .isFalse();
            assertThat(log().claim("reminder:DUE_SOON:7001:2026-05-01", AT)).isTrue();
        }

        @Test
        void of_two_nodes_claiming_the_same_mail_at_once_exactly_one_wins() throws Exception {
            // given
            FollowUpLog log = log();
            Callable<Boolean> claim = () -> log.claim("digest:OPS:olivia:2026-05-04", AT);
            ExecutorService nodes = Executors.newFixedThreadPool(4);
            try {
                // when
                List<Future<Boolean>> claims = nodes.invokeAll(List.of(claim, claim, claim, claim));

                // then
                long won = 0;
                for (Future<Boolean> each : claims) {
                    won += each.get() ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            } finally {
                nodes.shutdownNow();
            }
        }

        @Test
        void reminders_are_on_until_a_person_turns_them_off_and_back_on() {
            assertThat(optOuts().remindersOff("alice")).isFalse();

            optOuts().set("alice", true);
            optOuts().set("alice", true);
            assertThat(optOuts().remindersOff("alice")).isTrue();
            assertThat(optOuts().remindersOff("bob")).isFalse();

            optOuts().set("alice", false);
            assertThat(optOuts().remindersOff("alice")).isFalse();
        }

        @Test
        void nothing_saved_reads_as_the_defaults_and_a_save_replaces_every_value() {
            assertThat(settings().read()).isEqualTo(FollowUpSettings.DEFAULTS);
            FollowUpSettings first = new FollowUpSettings(
                    new CompletionTargets(Map.of("Highest", 7, "High", 14, "Blocker = now", 2), 42),
                    5,
                    DayOfWeek.FRIDAY);
            FollowUpSettings second = new FollowUpSettings(new CompletionTargets(Map.of(), 30), 0, DayOfWeek.SUNDAY);

            settings().save(first);
            assertThat(settings().read()).isEqualTo(first);

            settings().save(second);
            assertThat(settings().read()).isEqualTo(second);
        }

        @Test
        void the_index_finds_open_unsecured_items_due_in_a_range_of_days() {
            // given
            put(1, "OPS", TODAY.minusDays(40), true, false);
            put(2, "OPS", TODAY.minusDays(3), true, false);
            put(3, "OPS", TODAY, true, false);
            put(4, "OPS", TODAY.plusDays(3), true, false);
            put(5, "OPS", TODAY.plusDays(4), true, false);
            put(6, "OPS", null, true, false);
            put(7, "OPS", TODAY, false, false);
            put(8, "OPS", TODAY, true, true);
            put(9, "PAY", TODAY, true, false);

            // when / then
            assertThat(ids(index().openDueBetween(null, TODAY.minusDays(30), TODAY.plusDays(3))))
                    .containsExactlyInAnyOrder(2L, 3L, 4L, 9L);
            assertThat(ids(index().openDueBetween(Set.of("OPS"), null, TODAY.minusDays(1))))
                    .containsExactlyInAnyOrder(1L, 2L);
            assertThat(index().openDueBetween(Set.of(), null, TODAY)).isEmpty();
        }

        private void put(long id, String project, LocalDate due, boolean open, boolean secured) {
            index().put(new IndexedItem(
                    new IssueRef(id, project + "-" + id, project),
                    null,
                    open,
                    TODAY.minusDays(60),
                    due,
                    open ? null : AT,
                    false,
                    secured));
        }

        private static List<Long> ids(List<IndexedItem> items) {
            return items.stream().map(item -> item.item().id()).toList();
        }
    }

    @Nested
    class InMemory extends Contract {
        final InMemoryFollowUps.Log log = new InMemoryFollowUps.Log();
        final InMemoryFollowUps.OptOuts optOuts = new InMemoryFollowUps.OptOuts();
        final InMemoryFollowUps.SettingsStore settings = new InMemoryFollowUps.SettingsStore();
        final InMemoryItemIndex index = new InMemoryItemIndex();

        @Override
        FollowUpLog log() {
            return log;
        }

        @Override
        ReminderOptOuts optOuts() {
            return optOuts;
        }

        @Override
        FollowUpSettingsStore settings() {
            return settings;
        }

        @Override
        ItemIndex index() {
            return index;
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        com.atlassian.activeobjects.external.ActiveObjects ao;
        AoItemIndex index;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
            index = new AoItemIndex(ao);
        }

        @Override
        FollowUpLog log() {
            return new AoFollowUpLog(ao);
        }

        @Override
        ReminderOptOuts optOuts() {
            return new AoReminderOptOuts(ao);
        }

        @Override
        FollowUpSettingsStore settings() {
            return new AoFollowUpSettings(ao);
        }

        @Override
        ItemIndex index() {
            return index;
        }
    }
}
