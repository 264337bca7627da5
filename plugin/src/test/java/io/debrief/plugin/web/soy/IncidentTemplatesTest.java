package io.debrief.plugin.web.soy;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.IncidentWorld.STARTED;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.timeline.EntryKind;
import io.debrief.plugin.incident.IncidentPages;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.testkit.IncidentWorld;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Timeline and Debrief tabs render with real Google Soy from the view models (strict: every getText key has a
 * text), show what each reader may do, and escape whatever people typed.
 */
class IncidentTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final Messages messages = BundleMessages.discover(Locale.ENGLISH);
    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();
    private final IncidentWorld world = new IncidentWorld();
    private final IncidentPages pages = world.pages(messages, ZoneId.of("UTC"));

    private String timelineFor(io.debrief.core.access.Viewer viewer) {
        return soy.render(IncidentPages.TIMELINE_TEMPLATE, pages.timelineTab(INCIDENT, viewer));
    }

    private String debriefFor(io.debrief.core.access.Viewer viewer) {
        return soy.render(IncidentPages.DEBRIEF_TEMPLATE, pages.debriefTab(INCIDENT, viewer));
    }

    @Nested
    class TimelineTab {

        @Test
        void showsEntriesInOrderWithKindTimeAndFactsAgainstTargets() {
            // given
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            // when
            String html = timelineFor(browseOnly("bob"));

            // then
            assertThat(html).contains("data-debrief-timeline=\"true\"", "data-issue-key=\"OPS-1\"");
            assertThat(html.indexOf(">Started</span>")).isLessThan(html.indexOf(">Detected</span>"));
            assertThat(html)
                    .contains("<time class=\"debrief-entry-at\" datetime=\"2026-03-01T10:00:00Z\">"
                            + "2026-03-01 10:00 UTC</time>");
            assertThat(html)
                    .contains(
                            "Identified in 12 min, target 5 min.",
                            "<span class=\"aui-lozenge aui-lozenge-moved debrief-result\" data-result=\"missed\">Over target</span>",
                            "Fully fixed in 45 min, target 1 h.",
                            "<span class=\"aui-lozenge aui-lozenge-success debrief-result\" data-result=\"met\">Within target</span>");
        }

        @Test
        void every_key_moment_is_listed_and_an_approximate_one_is_marked_on_the_entry_and_the_fact() {
            // given: customer impact recorded, detection only approximately known
            world.entry(EntryKind.STARTED, STARTED, "Config change merged");
            world.entry(EntryKind.IMPACT_STARTED, STARTED.plus(Duration.ofMinutes(2)), "Checkout errors");
            world.approximateEntry(EntryKind.DETECTED, STARTED.plus(Duration.ofMinutes(12)), "About then");

            // when
            String html = timelineFor(editor("alice"));

            // then
            assertThat(html)
                    .contains(
                            "<dt data-fact=\"impact-started\">Impact started</dt>",
                            "<dt data-fact=\"acknowledged\">Acknowledged</dt>",
                            "<dt data-fact=\"declared\">Declared</dt>",
                            "<dt data-fact=\"impact-ended\">Impact ended</dt>",
                            "data-kind=\"impact-started\">Impact started</span>",
                            "data-approximate=\"true\"",
                            "Identified in about 12 min, target 5 min.",
                            "name=\"approximate\"",
                            "The time is approximate");
            assertThat(html.split("debrief-approximate\"", -1)).hasSize(3);
        }

        @Test
        void readersGetNoFormsAndNoControls() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30));

            String html = timelineFor(browseOnly("bob"));

            assertThat(html).doesNotContain("<form", "debrief-entry-edit", "debrief-entry-delete");
        }

        @Test
        void editorsGetTheAddFormWithManualKindsAndInlineControls() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30));

            String html = timelineFor(editor("alice"));

            assertThat(html)
                    .contains(
                            "<form class=\"aui debrief-entry-form\" data-mode=\"add\"",
                            "type=\"datetime-local\"",
                            "Date and time in UTC.",
                            "<option value=\"customer-report\">",
                            "debrief-entry-edit",
                            "debrief-entry-delete");
            assertThat(html).doesNotContain("<option value=\"status-change\"");
        }

        @Test
        void derivedEntriesCarryTheirSourceBadgeAndNoControls() {
            world.derivedStatusChange(STARTED, "Open -> In Progress", "history:1");

            String html = timelineFor(editor("alice"));

            assertThat(html)
                    .contains("data-source=\"jira-history\">from Jira history</span>", "Open -&gt; In Progress");
            assertThat(html).doesNotContain("debrief-entry-edit");
        }

        @Test
        void deletedEntriesAreStruckThroughForEditorsWithRestoreAndHiddenFromReaders() {
            world.deletedEntry(STARTED, "A wrong first guess");

            String forEditor = timelineFor(editor("alice"));
            String forReader = timelineFor(browseOnly("bob"));

            assertThat(forEditor)
                    .contains("debrief-entry-deleted", "<del>A wrong first guess</del>", "debrief-entry-restore");
            assertThat(forReader).doesNotContain("A wrong first guess").contains("Nothing recorded yet");
        }

        @Test
        void escapesTypedTextAndNeverMakesAJavascriptLinkLive() {
            // given: text people typed, and a link core would refuse, forced into the data to test the template
            world.entry(EntryKind.NOTE, STARTED, SCRIPT + ATTRIBUTE_BREAKOUT);
            Map<String, Object> data = pages.timelineTab(INCIDENT, editor("alice"));
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = ((List<Map<String, Object>>) data.get("entries")).get(0);
            entry.put("link", "javascript:alert(1)");

            // when
            String html = soy.render(IncidentPages.TIMELINE_TEMPLATE, data);

            // then
            assertThat(html).doesNotContain("<script", "<img", "href=\"javascript:");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "rel=\"noopener nofollow\"");
        }

        @Test
        void showsTimesInTheReadersZone() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30));
            IncidentPages berlin = world.pages(messages, ZoneId.of("Europe/Berlin"));

            String html = soy.render(IncidentPages.TIMELINE_TEMPLATE, berlin.timelineTab(INCIDENT, editor("alice")));

            assertThat(html)
                    .contains(
                            "datetime=\"2026-03-01T10:00:00Z\">2026-03-01 11:00 Europe/Berlin</time>",
                            "Times are shown in Europe/Berlin.");
        }
    }

    @Nested
    class DebriefTab {

        @Test
        void awaitingAndDueShowsTheWindowTheFormAndHold() {
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            String html = debriefFor(editor("alice"));

            assertThat(html)
                    .contains(
                            "data-phase=\"due\"",
                            ">Debrief due</span>",
                            "Best held between",
                            "datetime=\"2026-03-02T10:45:00Z\"",
                            "<form class=\"aui debrief-debrief-form\"",
                            "name=\"impact.affected\"",
                            "debrief-hold");
            assertThat(html).doesNotContain("debrief-publish", "debrief-published-banner");
        }

        @Test
        void aTimelineOutOfOrderAsksForAReasonBesideHoldAndAHeldOneShowsTheReasonKept() {
            // given: detected (by the timeline) four minutes before it started
            world.timeline(Duration.ofMinutes(-4), Duration.ofMinutes(45));

            // when
            String asking = debriefFor(editor("alice"));
            world.written("The pager clock was fast.", AutoResolved.NO);
            world.app().debriefs().hold(INCIDENT, 1, "pager <clock> was 4 min fast", editor("alice"));
            String held = debriefFor(browseOnly("bob"));

            // then
            assertThat(asking)
                    .contains(
                            "debrief-hold-override-input",
                            "Reason to hold with the timeline out of order",
                            "data-error-for=\"override\"");
            assertThat(asking.indexOf("debrief-hold-override-input")).isLessThan(asking.indexOf("debrief-hold\""));
            assertThat(held)
                    .contains("Held with the timeline out of order. Reason given: pager &lt;clock&gt; was 4 min fast")
                    .doesNotContain("debrief-hold-override-input");
        }

        @Test
        void aConsistentTimelineAsksForNoReason() {
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            assertThat(debriefFor(editor("alice"))).doesNotContain("debrief-hold-override-input");
        }

        @Test
        void beforeResolutionSaysWhenItWillBeDueAndOffersNoHold() {
            String html = soy.render(
                    IncidentPages.DEBRIEF_TEMPLATE, pages.debriefTab(IncidentWorld.OPEN_INCIDENT, editor("alice")));

            assertThat(html)
                    .contains(
                            "data-phase=\"not-resolved\"",
                            "Awaiting resolution",
                            "24 to 72 hours after the incident is resolved")
                    .doesNotContain("debrief-hold");
        }

        @Test
        void the_phases_table_shows_each_phase_its_value_or_unknown_its_definition_and_its_target() {
            // given: detected after 12 min (target 5), resolved after 45 (target 60), a mitigate target of 30 min
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45))
                    .targets(io.debrief.core.settings.Targets.DEFAULT.withOptional(null, Duration.ofMinutes(30)));

            // when
            String html = debriefFor(browseOnly("bob"));

            // then
            assertThat(html)
                    .contains(
                            "<section class=\"debrief-phases\"",
                            "data-incident-phase=\"detect\" data-status=\"known\"",
                            "<th scope=\"row\">Time to detect</th>",
                            "From the real start to detection.",
                            "data-incident-phase=\"acknowledge\" data-status=\"no-end\"",
                            "data-incident-phase=\"customer-impact\" data-status=\"no-start\"",
                            "<span class=\"debrief-unknown\">unknown</span>",
                            "no target",
                            "30 min");
            String detectRow = html.substring(
                    html.indexOf("data-incident-phase=\"detect\""),
                    html.indexOf("data-incident-phase=\"acknowledge\""));
            assertThat(detectRow).contains("12 min", "5 min", "data-result=\"missed\"");
            String mitigateRow = html.substring(
                    html.indexOf("data-incident-phase=\"mitigate\""), html.indexOf("data-incident-phase=\"resolve\""));
            assertThat(mitigateRow).contains("unknown", "30 min", "data-result=\"unknown\"");
        }

        @Test
        void overdueAfterTheWindowCloses() {
            world.clock().advance(Duration.ofDays(3));

            assertThat(debriefFor(editor("alice"))).contains("data-phase=\"overdue\"", "Debrief overdue");
        }

        @Test
        void answersYesNoUnknownWithNumbersAndDraftButtons() {
            // given: identified late (no), fixed in time (yes), auto-resolved unanswered (unknown)
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            // when
            String html = debriefFor(editor("alice"));

            // then
            assertThat(html)
                    .contains(
                            "data-question=\"identified-within-target\" data-answer=\"no\"",
                            "data-question=\"fixed-within-target\" data-answer=\"yes\"",
                            "data-question=\"auto-resolved\" data-answer=\"unknown\"",
                            "Identified in 12 min, target 5 min.",
                            "data-suggestion=\"identified-within-target\"",
                            "<span class=\"aui-lozenge aui-lozenge-moved debrief-result\" data-result=\"missed\">Over target</span>",
                            "<span class=\"aui-lozenge aui-lozenge-success debrief-result\" data-result=\"met\">Within target</span>",
                            // the suggestion writes durations as the answer above it does, not in seconds
                            "data-category=\"detect\" data-summary=\"Detect this kind of problem sooner (took 12 min, target 5 min)\"");
            assertThat(html).doesNotContain("720", " s,", " s)");
        }

        @Test
        void aSuggestionMadeIntoAnItemShowsItInsteadOfTheButton() {
            // given: identified late (no); its suggestion became OPS-12, which bob may not browse
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));
            world.suggestionMadeInto(
                    io.debrief.core.debrief.Question.IDENTIFIED_WITHIN_TARGET,
                    new io.debrief.core.common.IssueRef(12, "OPS-12", "OPS"));

            // when
            String forAlice = debriefFor(editor("alice"));
            String forCarol = debriefFor(
                    io.debrief.core.testkit.ScriptedViewer.as(new io.debrief.core.common.UserRef("carol", "Carol"))
                            .cannotBrowse(new io.debrief.core.common.IssueRef(12, "OPS-12", "OPS")));

            // then
            assertThat(forAlice)
                    .contains("Created as", "href=\"/browse/OPS-12\"")
                    .doesNotContain("data-suggestion=\"identified-within-target\"");
            assertThat(forCarol)
                    .contains("Already created as an action item you cannot see.")
                    .doesNotContain("OPS-12", "data-suggestion=\"identified-within-target\"");
        }

        @Test
        void heldShowsPublishWithItsExplanation() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).held();

            String html = debriefFor(editor("alice"));

            assertThat(html)
                    .contains("data-phase=\"held\"", "debrief-publish", "can no longer change")
                    .doesNotContain("class=\"aui-button debrief-hold\"");
        }

        @Test
        void publishedIsReadOnlyForEveryoneWithABanner() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).published();

            for (String html : List.of(debriefFor(editor("alice")), debriefFor(browseOnly("bob")))) {
                assertThat(html)
                        .contains("debrief-published-banner", "A config change reached production")
                        .doesNotContain("<form", "<textarea", "debrief-create-action", "debrief-publish\"");
            }
        }

        @Test
        void showsLintHintsUnderTheField() {
            world.written("Bob should have checked the canary.", AutoResolved.NO);

            String html = debriefFor(editor("alice"));

            assertThat(html)
                    .contains(
                            "data-lint-for=\"analysis\"",
                            "<q>should have checked</q>",
                            "data-family=\"hindsight\"",
                            ">Hindsight</span>",
                            "Describe what the people involved knew and saw at the time");
        }

        @Test
        void aHoldWhoseHolderSawLintHintsSaysSo() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30))
                    .written("A careless deploy.", AutoResolved.NO);
            world.app().debriefs().hold(IncidentWorld.INCIDENT, 1, null, true, editor("alice"));

            assertThat(debriefFor(browseOnly("bob")))
                    .contains(
                            "debrief-hold-lint-seen",
                            "Held with one blameless-writing hint that the holder saw and kept.");
        }

        @Test
        void escapesTypedTextInFieldsAttributesAndReadView() {
            world.written(SCRIPT + ATTRIBUTE_BREAKOUT, AutoResolved.UNANSWERED);

            for (String html : List.of(debriefFor(editor("alice")), debriefFor(browseOnly("bob")))) {
                assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            }
        }
    }
}
