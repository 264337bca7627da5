package io.debrief.plugin.incident;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.IncidentWorld.OTHER_ISSUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.tabpanels.GenericMessageAction;
import com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest;
import io.debrief.core.access.Viewer;
import io.debrief.core.testkit.TestViewer;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.testkit.IncidentWorld;
import io.debrief.plugin.web.testkit.Viewers;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The Timeline and Debrief issue tabs: shown only on Incidents to readers core's IncidentAccess lets read (so never
 * to anonymous users), rendered through Views with their web-resources required.
 *
 * <p>The HTML is asserted at {@code IncidentTabPanel.html}, our own rendering: Jira's {@code GenericMessageAction},
 * which carries it to the page, renders through a Velocity template (jira-api GenericMessageAction.getHtml uses
 * ComponentAccessor), so its stand-in's {@code getHtml()} (the message alone, for the sandbox host) is never asserted
 * on.
 */
class IncidentTabPanelsTest {

    private final IncidentWorld world = new IncidentWorld();
    private final Views views = mock(Views.class);
    private final List<String> required = new ArrayList<>();
    private final PageResources pageResources = required::add;
    private final AtomicReference<Viewer> viewer = new AtomicReference<>(Viewers.editor("alice"));
    private final TimelineTabPanel timeline = new TimelineTabPanel(
            world.tabs(views, BundleMessages.discover(Locale.ENGLISH)), viewer::get, pageResources);
    private final DebriefTabPanel debrief =
            new DebriefTabPanel(world.tabs(views, BundleMessages.discover(Locale.ENGLISH)), viewer::get, pageResources);

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private static ShowPanelRequest showRequest(String key, boolean anonymous) {
        ShowPanelRequest request = mock(ShowPanelRequest.class);
        Issue issue = issue(key);
        when(request.issue()).thenReturn(issue);
        when(request.isAnonymous()).thenReturn(anonymous);
        return request;
    }

    private static GetActionsRequest actionsRequest(String key) {
        GetActionsRequest request = mock(GetActionsRequest.class);
        Issue issue = issue(key);
        when(request.issue()).thenReturn(issue);
        return request;
    }

    @Test
    void bothTabsShowOnIncidentsForReaders() {
        viewer.set(Viewers.browseOnly("bob"));

        assertThat(timeline.showPanel(showRequest(INCIDENT, false))).isTrue();
        assertThat(debrief.showPanel(showRequest(INCIDENT, false))).isTrue();
    }

    @Test
    void noTabOnOtherIssuesForAnonymousOrForThoseWhoCannotBrowse() {
        assertThat(timeline.showPanel(showRequest(OTHER_ISSUE, false))).isFalse();
        assertThat(debrief.showPanel(showRequest(OTHER_ISSUE, false))).isFalse();

        viewer.set(Viewers.anonymous());
        assertThat(timeline.showPanel(showRequest(INCIDENT, true))).isFalse();
        assertThat(debrief.showPanel(showRequest(INCIDENT, true))).isFalse();

        viewer.set(TestViewer.aViewer("carol").withoutBrowse());
        assertThat(debrief.showPanel(showRequest(INCIDENT, false))).isFalse();
    }

    @Test
    void timelineTabRendersItsTemplateThroughViewsWithItsWebResource() {
        // given
        when(views.render(eq("debrief-timeline"), eq("Debrief.Timeline.tab"), anyMap()))
                .thenReturn("<div>tl</div>");

        // when
        String html = timeline.html(issue(INCIDENT));

        // then
        assertThat(html).isEqualTo("<div>tl</div>");
        assertThat(required).containsExactly("debrief-timeline");
    }

    @Test
    void debriefTabRendersTheReadersViewThenItsActionItemsAndCheckpoints() {
        // given
        viewer.set(Viewers.browseOnly("bob"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        when(views.render(eq("debrief-debrief"), eq("Debrief.Debrief.tab"), data.capture()))
                .thenReturn("<div/>");
        when(views.render(eq("debrief-followup"), eq("Debrief.Followup.actionItems"), anyMap()))
                .thenReturn("<section>items</section>");
        when(views.render(eq("debrief-followup"), eq("Debrief.Followup.checkpoints"), anyMap()))
                .thenReturn("<section>checkpoints</section>");

        // when
        String html = debrief.html(issue(INCIDENT));

        // then
        assertThat(html).isEqualTo("<div/><section>items</section><section>checkpoints</section>");
        assertThat(data.getValue()).containsEntry("issueKey", INCIDENT).containsEntry("canEdit", false);
        assertThat(required).containsExactly("debrief-debrief", "debrief-checkpoints", "debrief-sharing");
    }

    @Test
    void aPublishedDebriefOffersItsExportsRightAfterTheDebrief() {
        // given
        world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(50)).published();
        viewer.set(Viewers.browseOnly("bob"));
        when(views.render(eq("debrief-debrief"), eq("Debrief.Debrief.tab"), anyMap()))
                .thenReturn("<div/>");
        when(views.render(eq("debrief-sharing"), eq("Debrief.Sharing.exportLinks"), anyMap()))
                .thenReturn("<section>exports</section>");
        when(views.render(eq("debrief-followup"), anyString(), anyMap())).thenReturn("<section>followup</section>");

        // when
        String html = debrief.html(issue(INCIDENT));

        // then
        assertThat(html).startsWith("<div/><section>exports</section>");
        verify(views)
                .render(
                        eq("debrief-sharing"),
                        eq("Debrief.Sharing.exportLinks"),
                        argThat(data -> INCIDENT.equals(data.get("incidentKey"))));
    }

    @Test
    void aRefusalBecomesACalmMessageInsteadOfAnError() {
        // given: the issue stopped being readable between showPanel and getActions
        viewer.set(TestViewer.aViewer("carol").withoutBrowse());
        when(views.render(eq("debrief-common"), eq("Debrief.Common.message"), anyMap()))
                .thenReturn("<p>gone</p>");

        // when
        String html = timeline.html(issue(INCIDENT));

        // then
        assertThat(html).isEqualTo("<p>gone</p>");
    }

    @Test
    void eachTabHandsJiraOneGenericMessageActionAndRequiresItsResources() {
        // given
        when(views.render(eq("debrief-timeline"), eq("Debrief.Timeline.tab"), anyMap()))
                .thenReturn("<div>tl</div>");

        // when
        List<IssueAction> actions = timeline.getActions(actionsRequest(INCIDENT));

        // then: the body of the action is Jira's (a Velocity template), ours is the html above
        assertThat(actions).singleElement().isExactlyInstanceOf(GenericMessageAction.class);
        assertThat(required).containsExactly("debrief-timeline");
    }
}
