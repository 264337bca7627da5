package io.debrief.plugin.incident;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.plugin.web.testkit.FollowupWorld.ALICE;
import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.soy.SoyRendering;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.Viewers;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core's views become template data the Follow-up templates render, end to end with real Soy. */
class FollowupViewDataTest {

    private final FollowupWorld world = new FollowupWorld();
    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    @Test
    void the_action_items_section_renders_from_the_incidents_listing() {
        // given
        TrackedIssue item = anActionItem()
                .of(INCIDENT)
                .summary("Alert on queue depth")
                .createdAt(Instant.parse("2026-03-10T09:00:00Z"))
                .build();
        world.tracker.given(item);

        // when
        Map<String, Object> data = FollowupViewData.actionItems(
                world.app.incidentActionItems().list(INCIDENT.key(), Viewers.editor("alice")),
                Viewers.editor("alice"),
                world.clock,
                "/jira");
        String html = soy.render("Debrief.Followup.actionItems", data);

        // then
        assertThat(data).containsEntry("canCreate", true).containsEntry("projectKey", "INC");
        assertThat(html)
                .contains("<a href=\"/jira/browse/" + item.key() + "\">")
                .contains("10 days")
                .contains("debrief-item-form");
    }

    @Test
    void the_checkpoints_section_renders_history_outcomes_and_the_form_for_the_opened_one() {
        // given
        TrackedIssue open = anActionItem().of(INCIDENT).build();
        world.tracker.given(open);
        Instant held = Instant.parse("2026-02-15T09:00:00Z");
        world.held.held(INCIDENT, held, ALICE);
        world.checkpoints.claim(INCIDENT, 1, held.plusSeconds(14 * 86_400), held);
        world.checkpoints.markOpened(INCIDENT, 1, new IssueRef(7001, "INC-99", "INC"));
        world.checkpoints.recordOutcomes(INCIDENT, 1, Map.of(open.ref(), new ItemOutcome.Dropped("Retired")));
        world.checkpoints.claim(INCIDENT, 2, held.plusSeconds(28 * 86_400), held);
        world.checkpoints.markOpened(INCIDENT, 2, new IssueRef(7002, "INC-100", "INC"));

        // when
        Map<String, Object> data = FollowupViewData.checkpoints(
                world.app.checkpointHistory().view(INCIDENT.key(), Viewers.editor("alice")),
                Viewers.editor("alice"),
                world.clock,
                "");
        String html = soy.render("Debrief.Followup.checkpoints", data);

        // then
        assertThat(html)
                .contains("<td>2026-03-01</td>")
                .contains("Dropped: Retired")
                .contains("data-number=\"2\"")
                .contains("data-item=\"" + open.key() + "\"")
                .contains("Next checkpoint: number 3 on 2026-03-29.");
    }

    @Test
    void browse_only_viewers_get_neither_form() {
        Map<String, Object> items = FollowupViewData.actionItems(
                world.app.incidentActionItems().list(INCIDENT.key(), Viewers.browseOnly("bob")),
                Viewers.browseOnly("bob"),
                world.clock,
                "");
        Map<String, Object> checkpoints = FollowupViewData.checkpoints(
                world.app.checkpointHistory().view(INCIDENT.key(), Viewers.browseOnly("bob")),
                Viewers.browseOnly("bob"),
                world.clock,
                "");

        assertThat(items).containsEntry("canCreate", false);
        assertThat(checkpoints).containsEntry("canEdit", false).doesNotContainKey("next");
    }
}
