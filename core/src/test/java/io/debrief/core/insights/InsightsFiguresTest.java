package io.debrief.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.testkit.InMemoryIncidentIndex;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The insights' figures on a small site whose every number was worked out by hand (below, and beside each
 * assertion). Targets are the defaults: detect within 5 minutes, resolve within 60 minutes. Today is 2026-03-15
 * 12:00 UTC; three months are asked for: January, February and March 2026.
 *
 * <pre>
 * key    comp.    began (UTC)        detect  mitigate resolve  debrief                       items (created, due, end)
 * OPS-1  api      2025-12-10 10:00   3m      -        30m      -                             101 12-12, -, open
 * OPS-2  api      2026-01-05 09:00   2m      20m      50m      held 01-06 12:00 (on time)    102 01-06, 01-20, 01-19 in time
 *                                                                                            103 01-06, 02-01, 02-10 late
 *                                                                                            107 secured, hidden
 * OPS-3  db       2026-01-20 00:00   10m     -        2h       held 01-25 (late: closed 01-23 02:00)
 *                                                                                            104 01-21, 02-15, open (overdue)
 * OPS-4  api      2026-02-03 08:00   ?       15m      40m      none, window closed: missing  105 02-04, -, 02-05 dropped
 * OPS-5  db       2026-02-20 00:00   4m      30m      5h       published, held 02-21 (on time)
 * OPS-6  api, db  2026-03-14 00:00   5m      -        -        unresolved: not counted       106 03-14, 04-01, open
 * OPS-7  -        created 03-10      ? (no start)     ?        resolved 03-10 01:00, none: missing
 * OPS-8  api      2026-01-10 (secured, hidden from the viewer)  with an open item: counts nowhere
 * SEC-1  api      2026-01-12 in project SEC, which the viewer may not browse: counts nowhere
 * </pre>
 *
 * Repeats (an earlier incident on the component had an item open when the later one began): OPS-2 after OPS-1 (101
 * open); OPS-4 after OPS-1 (101) and OPS-2 (103 resolved only 02-10); OPS-5 after OPS-3 (104); OPS-6 after OPS-1 on
 * api (101) and OPS-3 on db (104), not after OPS-2 (103 resolved 02-10) nor OPS-4 (105 resolved 02-05).
 */
class InsightsFiguresTest {

    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    private final InMemoryIncidentIndex index = new InMemoryIncidentIndex();
    private final InMemorySettings settings = new InMemorySettings();
    private final Team team = new Team();
    private final Insights insights = new Insights(index, team, settings, TestClock.at(NOW));
    private final ScriptedViewer viewer = ScriptedViewer.as(new UserRef("ann", "Ann"))
            .cannotBrowse(new IssueRef(8, "OPS-8", "OPS"))
            .cannotBrowse(new IssueRef(107, "OPS-107", "OPS"))
            .cannotBrowseProject("SEC");

    InsightsFiguresTest() {
        incident(1, "OPS-1", Set.of("api"), "2025-12-10T10:00:00Z", 3, null, 30)
                .item(101, "2025-12-12", null, null, false)
                .save();
        incident(2, "OPS-2", Set.of("api"), "2026-01-05T09:00:00Z", 2, 20, 50)
                .held(DebriefStatus.HELD, "2026-01-06T12:00:00Z")
                .labels("team-payments")
                .item(102, "2026-01-06", "2026-01-20", "2026-01-19T10:00:00Z", false)
                .item(103, "2026-01-06", "2026-02-01", "2026-02-10T10:00:00Z", false)
                .securedItem(107, "2026-01-07")
                .save();
        incident(3, "OPS-3", Set.of("db"), "2026-01-20T00:00:00Z", 10, null, 120)
                .held(DebriefStatus.HELD, "2026-01-25T00:00:00Z")
                .labels("team-payments", "team-storage")
                .item(104, "2026-01-21", "2026-02-15", null, false)
                .save();
        incident(4, "OPS-4", Set.of("api"), "2026-02-03T08:00:00Z", null, 15, 40)
                .item(105, "2026-02-04", null, "2026-02-05T10:00:00Z", true)
                .save();
        incident(5, "OPS-5", Set.of("db"), "2026-02-20T00:00:00Z", 4, 30, 300)
                .held(DebriefStatus.PUBLISHED, "2026-02-21T00:00:00Z")
                .save();
        incident(6, "OPS-6", Set.of("api", "db"), "2026-03-14T00:00:00Z", 5, null, null)
                .item(106, "2026-03-14", "2026-04-01", null, false)
                .save();
        Incident unknownStart = new Incident(7, "OPS-7", Set.of(), null);
        unknownStart.created = Instant.parse("2026-03-10T00:00:00Z");
        unknownStart.detected = Instant.parse("2026-03-10T00:20:00Z");
        unknownStart.resolved = Instant.parse("2026-03-10T01:00:00Z");
        unknownStart.save();
        incident(8, "OPS-8", Set.of("api"), "2026-01-10T00:00:00Z", 1, 2, 3)
                .secured()
                .item(108, "2026-01-10", null, null, false)
                .save();
        incident(9, "SEC-1", Set.of("api"), "2026-01-12T00:00:00Z", 1, 2, 3)
                .item(109, "2026-01-12", null, null, false)
                .save();
    }

    @Test
    void each_month_counts_its_incidents_targets_phases_debriefs_items_and_repeats() {
        InsightsReport report = insights.report(InsightsQuery.parse("3", null, "component"), viewer);

        assertThat(report.months())
                .extracting(InsightsReport.Month::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        Figures january = report.months().get(0).figures();
        assertThat(january.incidents()).isEqualTo(2); // OPS-2, OPS-3
        assertThat(january.detectTarget()).isEqualTo(new Share(1, 2)); // 2m met, 10m not
        assertThat(january.resolveTarget()).isEqualTo(new Share(1, 2)); // 50m met, 2h not
        // detect [120, 600]: median 360, p90 rank ceil(1.8) = 2 -> 600
        assertPhase(january, "detect", 2, 0, 360, 600);
        assertPhase(january, "mitigate", 1, 1, 1200, 1200); // OPS-3 has no mitigation
        assertPhase(january, "resolve", 2, 0, 5100, 7200); // [3000, 7200]
        assertThat(january.debriefs()).isEqualTo(new Figures.Debriefs(1, 1, 0, 0));
        // 102 done by its due day, 103 done late, 104 open past its due day; the secured 107 is not counted
        assertThat(january.items()).isEqualTo(new Figures.Items(3, 1, 1, 0));
        assertThat(january.repeats()).isEqualTo(1); // OPS-2

        Figures february = report.months().get(1).figures();
        assertThat(february.incidents()).isEqualTo(2); // OPS-4, OPS-5
        assertThat(february.detectTarget()).isEqualTo(new Share(1, 1)); // OPS-4's detection unknown
        assertThat(february.resolveTarget()).isEqualTo(new Share(1, 2)); // 40m met, 5h not
        assertPhase(february, "detect", 1, 1, 240, 240);
        assertPhase(february, "mitigate", 2, 0, 1350, 1800); // [900, 1800]
        assertPhase(february, "resolve", 2, 0, 10200, 18000); // [2400, 18000]
        assertThat(february.debriefs()).isEqualTo(new Figures.Debriefs(1, 0, 1, 0));
        assertThat(february.items()).isEqualTo(new Figures.Items(1, 0, 0, 1)); // 105 dropped: not "done"
        assertThat(february.repeats()).isEqualTo(2); // OPS-4, OPS-5

        Figures march = report.months().get(2).figures();
        assertThat(march.incidents()).isEqualTo(2); // OPS-6, OPS-7 (created in March, start unknown)
        assertThat(march.detectTarget()).isEqualTo(new Share(1, 1)); // exactly 5m meets the target
        assertThat(march.resolveTarget()).isEqualTo(Share.NONE);
        assertPhase(march, "detect", 1, 1, 300, 300);
        assertThat(phase(march, "resolve").known()).isZero();
        assertThat(phase(march, "resolve").unknown()).isEqualTo(2);
        assertThat(phase(march, "resolve").median()).isEmpty();
        assertThat(march.debriefs()).isEqualTo(new Figures.Debriefs(0, 0, 1, 0)); // OPS-6 unresolved, OPS-7 missing
        assertThat(march.items()).isEqualTo(new Figures.Items(1, 0, 0, 0));
        assertThat(march.repeats()).isEqualTo(1); // OPS-6
    }

    @Test
    void the_total_takes_medians_and_p90s_over_every_incident_never_a_mean() {
        Figures total =
                insights.report(InsightsQuery.parse("3", null, null), viewer).total();

        assertThat(total.incidents()).isEqualTo(6);
        assertThat(total.detectTarget()).isEqualTo(new Share(3, 4));
        assertThat(total.resolveTarget()).isEqualTo(new Share(2, 4));
        // detect [120, 240, 300, 600]: median (240 + 300) / 2 = 270 (the mean would be 315); p90 rank 4 -> 600
        assertPhase(total, "detect", 4, 2, 270, 600);
        assertPhase(total, "mitigate", 3, 3, 1200, 1800); // [900, 1200, 1800]
        assertPhase(total, "resolve", 4, 2, 5100, 18000); // [2400, 3000, 7200, 18000]
        assertThat(total.debriefs()).isEqualTo(new Figures.Debriefs(2, 1, 2, 0));
        assertThat(total.items()).isEqualTo(new Figures.Items(5, 1, 1, 1));
        assertThat(total.repeats()).isEqualTo(4);
    }

    @Test
    void repeats_link_the_later_incident_to_each_earlier_one_whose_items_were_still_open() {
        InsightsReport report = insights.report(InsightsQuery.parse("3", null, null), viewer);

        assertThat(report.repeats())
                .containsExactly(
                        new InsightsReport.Repeat("OPS-1", "OPS-2", "OPS/api", YearMonth.of(2026, 1)),
                        new InsightsReport.Repeat("OPS-1", "OPS-4", "OPS/api", YearMonth.of(2026, 2)),
                        new InsightsReport.Repeat("OPS-2", "OPS-4", "OPS/api", YearMonth.of(2026, 2)),
                        new InsightsReport.Repeat("OPS-3", "OPS-5", "OPS/db", YearMonth.of(2026, 2)),
                        new InsightsReport.Repeat("OPS-1", "OPS-6", "OPS/api", YearMonth.of(2026, 3)),
                        new InsightsReport.Repeat("OPS-3", "OPS-6", "OPS/db", YearMonth.of(2026, 3)));
    }

    @Test
    void a_repeat_is_linked_to_its_three_nearest_earlier_incidents() {
        for (int n = 0; n < 5; n++) {
            incident(20 + n, "WEB-" + (20 + n), Set.of("cdn"), "2026-02-0" + (1 + n) + "T00:00:00Z", 1, 2, 3)
                    .item(200 + n, "2026-02-0" + (1 + n), null, null, false)
                    .save();
        }

        InsightsReport report = insights.report(InsightsQuery.parse("3", "WEB", null), viewer);

        // WEB-21 follows 1 earlier, WEB-22 2, WEB-23 3, WEB-24 4: WEB-24 is linked to 23, 22, 21 only, not to 20
        assertThat(report.total().repeats()).isEqualTo(4);
        assertThat(report.repeats())
                .filteredOn(repeat -> repeat.later().equals("WEB-24"))
                .extracting(InsightsReport.Repeat::earlier)
                .containsExactly("WEB-21", "WEB-22", "WEB-23");
    }

    @Test
    void open_items_are_bucketed_by_age_overall_and_per_group() {
        InsightsReport report = insights.report(InsightsQuery.parse("3", null, "component"), viewer);

        // 101: 93 days (91-180), 104: 53 days (31-90), 106: 1 day (0-7)
        assertThat(report.openItemAges()).containsExactly(1, 0, 1, 1, 0);
        assertThat(report.groups()).extracting(InsightsReport.Group::key).containsExactly("", "OPS/api", "OPS/db");
        InsightsReport.Group api = report.groups().get(1);
        assertThat(api.openItemAges()).containsExactly(1, 0, 0, 1, 0); // 106 and OPS-1's 101
        assertThat(api.figures().incidents()).isEqualTo(3); // OPS-2, OPS-4, OPS-6
        assertThat(api.figures().detectTarget()).isEqualTo(new Share(2, 2));
        assertThat(api.figures().resolveTarget()).isEqualTo(new Share(2, 2));
        assertThat(api.figures().items().created()).isEqualTo(4); // 102, 103, 105, 106
        assertThat(api.figures().repeats()).isEqualTo(3);
        InsightsReport.Group db = report.groups().get(2);
        assertThat(db.figures().incidents()).isEqualTo(3); // OPS-3, OPS-5, OPS-6
        assertThat(db.openItemAges()).containsExactly(1, 0, 1, 0, 0);
    }

    @Test
    void teams_come_from_labels_with_the_admins_prefix() {
        team.rule = TeamRule.labelPrefix("team-");

        InsightsReport report = insights.report(InsightsQuery.parse("3", null, "team"), viewer);

        assertThat(report.groups()).extracting(InsightsReport.Group::key).containsExactly("", "payments", "storage");
        assertThat(report.groups().get(1).figures().incidents()).isEqualTo(2); // OPS-2, OPS-3
        assertThat(report.groups().get(2).figures().incidents()).isEqualTo(1); // OPS-3
        assertThat(report.groups().get(0).figures().incidents()).isEqualTo(4);
    }

    @Test
    void a_project_the_viewer_may_not_browse_reads_as_empty() {
        InsightsReport report = insights.report(InsightsQuery.parse("3", "SEC", null), viewer);

        assertThat(report.total().incidents()).isZero();
        assertThat(report.groups()).isEmpty();
        assertThat(report.repeats()).isEmpty();
    }

    @Test
    void a_secured_incident_counts_once_the_viewer_may_see_it() {
        ScriptedViewer seesAll = ScriptedViewer.as(new UserRef("bob", "Bob"));

        InsightsReport report = insights.report(InsightsQuery.parse("3", "OPS", null), seesAll);

        assertThat(report.total().incidents()).isEqualTo(7); // OPS-8 too
        assertThat(report.repeats()).extracting(InsightsReport.Repeat::earlier).contains("OPS-8");
    }

    @Test
    void nobody_logged_in_is_refused() {
        assertThatThrownBy(() -> insights.report(InsightsQuery.parse(null, null, null), ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void bad_parameters_are_refused_naming_each() {
        assertThatThrownBy(() -> InsightsQuery.parse("0", "ops", "colour"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("months", "project", "groupBy"));
        assertThatThrownBy(() -> InsightsQuery.parse("x", null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(InsightsQuery.parse(null, null, null)).isEqualTo(new InsightsQuery(12, null, GroupBy.PROJECT));
    }

    private static PhaseFigures phase(Figures figures, String name) {
        return figures.phases().stream()
                .filter(phase -> phase.phase().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void assertPhase(Figures figures, String name, int known, int unknown, double median, double p90) {
        PhaseFigures phase = phase(figures, name);
        assertThat(phase.known()).as(name + " known").isEqualTo(known);
        assertThat(phase.unknown()).as(name + " unknown").isEqualTo(unknown);
        assertThat(phase.median()).as(name + " median").hasValue(median);
        assertThat(phase.p90()).as(name + " p90").hasValue(p90);
    }

    private Incident incident(
            long id,
            String key,
            Set<String> components,
            String began,
            Integer detect,
            Integer mitigate,
            Integer resolve) {
        Instant start = Instant.parse(began);
        Incident incident = new Incident(id, key, components, start);
        incident.created = start;
        incident.detected = detect == null ? null : start.plus(Duration.ofMinutes(detect));
        incident.mitigated = mitigate == null ? null : start.plus(Duration.ofMinutes(mitigate));
        incident.resolved = resolve == null ? null : start.plus(Duration.ofMinutes(resolve));
        return incident;
    }

    /** A builder of one index row. */
    private final class Incident {
        private final IssueRef ref;
        private final Set<String> components;
        private final Instant started;
        private final List<IncidentItem> items = new ArrayList<>();
        private Set<String> labels = Set.of();
        private Instant created;
        private Instant detected;
        private Instant mitigated;
        private Instant resolved;
        private DebriefStatus status = DebriefStatus.AWAITING;
        private Instant heldAt;
        private boolean secured;

        Incident(long id, String key, Set<String> components, Instant started) {
            this.ref = IssueRef.of(id, key);
            this.components = components;
            this.started = started;
        }

        Incident held(DebriefStatus status, String at) {
            this.status = status;
            this.heldAt = Instant.parse(at);
            return this;
        }

        Incident labels(String... labels) {
            this.labels = Set.of(labels);
            return this;
        }

        Incident secured() {
            this.secured = true;
            return this;
        }

        Incident item(long id, String created, String due, String resolved, boolean dropped) {
            LocalDate dueDay = due == null ? null : LocalDate.parse(due);
            Instant end = resolved == null ? null : Instant.parse(resolved);
            boolean inTime = end != null
                    && (dueDay == null
                            || !LocalDate.ofInstant(end, java.time.ZoneOffset.UTC)
                                    .isAfter(dueDay));
            items.add(new IncidentItem(
                    IssueRef.of(id, ref.projectKey() + "-" + id),
                    LocalDate.parse(created),
                    dueDay,
                    end,
                    inTime,
                    dropped,
                    false));
            return this;
        }

        Incident securedItem(long id, String created) {
            items.add(new IncidentItem(
                    IssueRef.of(id, ref.projectKey() + "-" + id),
                    LocalDate.parse(created),
                    null,
                    null,
                    false,
                    false,
                    true));
            return this;
        }

        void save() {
            index.put(new IndexedIncident(
                    ref,
                    components,
                    labels,
                    created,
                    new IncidentFacts(started, detected, mitigated, resolved),
                    status,
                    heldAt,
                    secured,
                    items));
        }
    }

    private static final class Team implements InsightsSettings {
        private TeamRule rule = TeamRule.BY_COMPONENT;

        @Override
        public TeamRule team() {
            return rule;
        }

        @Override
        public void saveTeam(TeamRule team) {
            rule = team;
        }
    }
}
