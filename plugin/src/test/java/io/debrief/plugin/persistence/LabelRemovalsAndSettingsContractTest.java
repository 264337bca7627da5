package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.common.IssueRef;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link LabelRemovals} and {@link Settings} do, on the fakes and on Active Objects (H2, PostgreSQL). */
class LabelRemovalsAndSettingsContractTest {

    private static final IssueRef ISSUE = new IssueRef(7001, "OPS-50", "OPS");
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    abstract static class Contract {

        abstract LabelRemovals labelRemovals();

        abstract Settings settings();

        @Test
        void aRemovalIsRememberedOnceAndOnlyForItsIssue() {
            // when
            labelRemovals().record(ISSUE, ALICE, AT);
            labelRemovals().record(ISSUE, BOB, AT.plusSeconds(60));

            // then
            assertThat(labelRemovals().removedByHand(ISSUE)).isTrue();
            assertThat(labelRemovals().removedByHand(new IssueRef(7002, "OPS-51", "OPS")))
                    .isFalse();
        }

        @Test
        void nothingSavedReadsAsTheDefaults() {
            assertThat(settings().global()).isEqualTo(GlobalSettings.DEFAULTS);
            assertThat(settings().forProject("OPS")).isEqualTo(ProjectSettings.defaults("OPS"));
            assertThat(settings().takesPart("OPS")).isTrue();
        }

        @Test
        void globalAndProjectSettingsRoundTripAndCanBeSavedAgain() {
            // given
            GlobalSettings global =
                    new GlobalSettings("post-incident", "0 30 5 * * ?", "Obsolete", "Highest", Set.of("OPS", "WEB"));
            ProjectSettings ops =
                    new ProjectSettings("OPS", false, new Targets(Duration.ofMinutes(10), Duration.ofHours(2)), 21);

            // when
            settings().saveGlobal(GlobalSettings.DEFAULTS);
            settings().saveGlobal(global);
            settings().saveProject(ProjectSettings.defaults("OPS"));
            settings().saveProject(ops);

            // then
            assertThat(settings().global()).isEqualTo(global);
            assertThat(settings().forProject("OPS")).isEqualTo(ops);
            assertThat(settings().forProject("WEB")).isEqualTo(ProjectSettings.defaults("WEB"));
            assertThat(settings().takesPart("OPS")).isFalse();
            assertThat(settings().takesPart("WEB")).isTrue();
            assertThat(settings().takesPart("DEV")).isFalse();
        }

        @Test
        void savedProjectsListsEveryProjectWithOwnSettingsInKeyOrder() {
            // given
            ProjectSettings web = new ProjectSettings("WEB", true, Targets.DEFAULT, 7);
            ProjectSettings ops =
                    new ProjectSettings("OPS", true, new Targets(Duration.ofMinutes(3), Duration.ofMinutes(30)), 28);

            // when
            settings().saveAll(GlobalSettings.DEFAULTS, List.of(web, ops));

            // then
            assertThat(settings().savedProjects()).containsExactly(ops, web);
            assertThat(settings().global()).isEqualTo(GlobalSettings.DEFAULTS);
        }

        @Test
        void aSaveOfExactlySomeProjectsRemovesTheOthersWhichReadAsDefaultsAgain() {
            // given
            ProjectSettings web = new ProjectSettings("WEB", true, Targets.DEFAULT, 7);
            ProjectSettings ops =
                    new ProjectSettings("OPS", false, new Targets(Duration.ofMinutes(3), Duration.ofMinutes(90)), 21);
            settings().saveAll(GlobalSettings.DEFAULTS, List.of(web, ops));

            // when
            settings().saveAll(GlobalSettings.DEFAULTS, List.of(web));

            // then
            assertThat(settings().savedProjects()).containsExactly(web);
            assertThat(settings().forProject("OPS")).isEqualTo(ProjectSettings.defaults("OPS"));

            // and a removed project can be saved again
            settings().saveProject(ops);
            assertThat(settings().savedProjects()).containsExactly(ops, web);
        }

        @Test
        void declinedSuggestedFiltersStayDeclinedAndLeaveTheOtherSettingsAlone() {
            // given
            GlobalSettings global =
                    new GlobalSettings("post-incident", "0 30 5 * * ?", "Obsolete", "Highest", Set.of("OPS"));
            settings().saveGlobal(global);
            assertThat(settings().suggestedFiltersDeclined()).isFalse();

            // when
            settings().declineSuggestedFilters();
            settings().declineSuggestedFilters();

            // then
            assertThat(settings().suggestedFiltersDeclined()).isTrue();
            assertThat(settings().global()).isEqualTo(global);
        }

        @Test
        void nothingSavedMeansNoSavedProjects() {
            assertThat(settings().savedProjects()).isEmpty();
        }
    }

    @Nested
    class InMemory extends Contract {
        final InMemoryLabelRemovals removals = new InMemoryLabelRemovals();
        final InMemorySettings settings = new InMemorySettings();

        @Override
        LabelRemovals labelRemovals() {
            return removals;
        }

        @Override
        Settings settings() {
            return settings;
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        com.atlassian.activeobjects.external.ActiveObjects ao;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @Override
        LabelRemovals labelRemovals() {
            return new AoLabelRemovals(ao);
        }

        @Override
        Settings settings() {
            return new AoSettings(ao);
        }
    }
}
