package io.debrief.plugin.actionitem;

import static io.debrief.plugin.incident.JiraDerivedEntriesTest.item;
import static io.debrief.plugin.jira.JiraFixtures.LINK_TYPE_ID;
import static io.debrief.plugin.jira.JiraFixtures.anIncident;
import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.actionitem.ActionItemService;
import io.debrief.core.actionitem.LabellingDebriefItems;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.settings.Settings;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.plugin.jira.JiraFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebriefItemListenerTest {

    private final EventPublisher events = mock(EventPublisher.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final IssueTracker tracker = mock(IssueTracker.class);
    private final InMemoryLabelRemovals removals = new InMemoryLabelRemovals();
    private final Settings settings = spy(new InMemorySettings());
    /** Core's action item service, watched so a test can say the listener never asked it. */
    private final LabellingDebriefItems labelling =
            spy(new ActionItemService(tracker, settings, removals, TestClock.at("2026-03-02T09:00:00Z")));

    private final DebriefItemListener listener =
            new DebriefItemListener(events, links, histories, JiraFixtures.givenTypesSetUp(), settings, labelling);

    private final MutableIssue incident = anIncident(10, "OPS-1").build();
    private final ApplicationUser alice = user("alice");

    @Test
    void registersWithTheEventPublisherAndUnregistersOnDestroy() {
        listener.register();
        listener.unregister();

        verify(events).register(listener);
        verify(events).unregister(listener);
    }

    @Test
    void aNewIssueLinkedToAnIncidentAsActionItemIsLabelled() {
        MutableIssue item = anIssue(20, "OPS-20").build();
        givenOutwardLinks(item, ourLink(item, incident));

        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, item));

        verify(tracker).addLabel(new IssueRef(20, "OPS-20", "OPS"), "debrief");
    }

    @Test
    void aSubTaskOfAnIncidentIsLabelledButACheckpointSubTaskIsNot() {
        MutableIssue subTask = anIssue(21, "OPS-21").parent(incident).build();
        MutableIssue checkpoint = anIssue(22, "OPS-22")
                .type(JiraFixtures.CHECKPOINT_TYPE_ID, "Debrief checkpoint")
                .parent(incident)
                .build();

        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, subTask));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, checkpoint));

        verify(tracker).addLabel(new IssueRef(21, "OPS-21", "OPS"), "debrief");
        verify(tracker, never()).addLabel(new IssueRef(22, "OPS-22", "OPS"), "debrief");
    }

    @Test
    void otherEventTypesCostOneCheckOfTheEventType() {
        IssueEvent commented = mock(IssueEvent.class);
        when(commented.getEventTypeId()).thenReturn(EventType.ISSUE_COMMENTED_ID);

        listener.onIssueEvent(commented);

        verify(commented).getEventTypeId();
        verifyNoMoreInteractions(commented);
        verifyNoInteractions(links, histories, settings, labelling, tracker);
    }

    @Test
    void aCreatedIssueWithoutParentOrLinksStopsAfterOneLinkLookup() {
        MutableIssue plain = anIssue(23, "OPS-23").build();
        givenOutwardLinks(plain);

        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, plain));

        verify(links).getOutwardLinks(23L);
        verifyNoMoreInteractions(links);
        verifyNoInteractions(histories, settings, labelling, tracker);
    }

    @Test
    void aSubTaskOfAnotherIssueOrAnIssueLinkedOtherwiseCostsNoSettingsOrStoreLookups() {
        MutableIssue story = anIssue(30, "OPS-30").build();
        MutableIssue subTaskOfStory = anIssue(31, "OPS-31").parent(story).build();
        MutableIssue blocked = anIssue(32, "OPS-32").build();
        IssueLink blocks = mock(IssueLink.class);
        when(blocks.getLinkTypeId()).thenReturn(1L);
        givenOutwardLinks(blocked, blocks);

        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, subTaskOfStory));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, blocked));

        verifyNoInteractions(histories, settings, labelling, tracker);
    }

    @Test
    void ourOwnLabelChangeComesBackAsAlreadyLabelledAndDoesNothing() {
        MutableIssue item = anIssue(20, "OPS-20").labels("debrief").build();
        givenOutwardLinks(item, ourLink(item, incident));
        givenNewestChange(item, change(null, item("labels", "", "debrief")));

        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, item));

        verify(tracker, never()).addLabel(any(), anyString());
        verifyNoInteractions(histories);
        assertThat(removals.removedByHand(new IssueRef(20, "OPS-20", "OPS"))).isFalse();
    }

    @Test
    void aLabelRemovedByAPersonIsRecordedAndNotPutBack() {
        MutableIssue item = anIssue(20, "OPS-20").labels("urgent").build();
        givenOutwardLinks(item, ourLink(item, incident));
        givenNewestChange(item, change(alice, item("labels", "debrief urgent", "urgent")));

        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, item));

        IssueRef ref = new IssueRef(20, "OPS-20", "OPS");
        assertThat(removals.removalOf(ref).by()).isEqualTo(new UserRef("alice", "User alice"));
        verify(tracker, never()).addLabel(any(), anyString());
    }

    @Test
    void aLinkOfOurTypeLabelsItsSource() {
        MutableIssue item = anIssue(20, "OPS-20").build();
        IssueLink link = ourLink(item, incident);
        givenOutwardLinks(item, link);

        listener.onLinkCreated(new IssueLinkCreatedEvent(link, Instant.parse("2026-03-02T09:00:00Z")));

        verify(tracker).addLabel(new IssueRef(20, "OPS-20", "OPS"), "debrief");
    }

    @Test
    void aLinkOfAnotherTypeStopsAtItsTypeId() {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(1L);

        listener.onLinkCreated(new IssueLinkCreatedEvent(link, Instant.parse("2026-03-02T09:00:00Z")));

        verify(link).getLinkTypeId();
        verifyNoMoreInteractions(link);
        verifyNoInteractions(links, settings, labelling, tracker);
    }

    private IssueEvent event(Long type, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(alice);
        return event;
    }

    private void givenOutwardLinks(Issue issue, IssueLink... outward) {
        when(links.getOutwardLinks(issue.getId())).thenReturn(List.of(outward));
    }

    private void givenNewestChange(Issue issue, ChangeHistory newest) {
        ChangeHistory older = change(alice, item("summary", "a", "b"));
        when(histories.getChangeHistories(issue)).thenReturn(List.of(older, newest));
    }

    private static ChangeHistory change(ApplicationUser author, com.atlassian.jira.issue.history.ChangeItemBean item) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getAuthorObject()).thenReturn(author);
        when(history.getChangeItemBeans()).thenReturn(List.of(item));
        return history;
    }

    private static IssueLink ourLink(Issue source, Issue destination) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn("Debrief action item");
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(LINK_TYPE_ID);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }
}
