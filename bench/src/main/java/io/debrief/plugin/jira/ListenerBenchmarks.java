package io.debrief.plugin.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.actionitem.ActionItemService;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.DebriefApplication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 5: the label listener on the hot path. Every issue update in Jira passes through it, so a non-matching event
 * must cost one cheap check (target under 1 us). Jira's event and issues are Mockito mocks built once per trial
 * (IssueEvent is final), the link manager a plain map; mock dispatch adds tens of ns per call, so the figures are an
 * upper bound of the listener's own cost.
 *
 * <p>In this package because the listener is package-private, as Spring Scanner allows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+EnableDynamicAgentLoading")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListenerBenchmarks {

    private DebriefItemListener listener;
    private IssueEvent commented;
    private IssueEvent plainTaskUpdated;
    private IssueEvent subTaskOfStoryUpdated;
    private IssueEvent labelledItemUpdated;

    @Setup
    public void setUp() {
        Issue incident = JiraFixtures.anIncident(10, "OPS-1").build();
        Issue plainTask = JiraFixtures.anIssue(20, "WEB-20").build();
        Issue story = JiraFixtures.anIssue(30, "WEB-30").build();
        Issue subTaskOfStory = JiraFixtures.anIssue(31, "WEB-31").parent(story).build();
        Issue item = JiraFixtures.anIssue(40, "OPS-40").labels("debrief").build();
        Map<Long, List<IssueLink>> outward = Map.of(20L, List.of(), 40L, List.of(ourLink(item, incident)));

        DebriefApplication application = mock(DebriefApplication.class);
        InMemorySettings settings = new InMemorySettings();
        TestClock clock = TestClock.at("2026-11-24T03:00:00Z");
        when(application.settings()).thenReturn(settings);
        when(application.actionItems()).thenReturn(new ActionItemService(new InMemoryIssueTracker(clock), settings,
                new InMemoryLabelRemovals(), clock));
        listener = new DebriefItemListener(mock(EventPublisher.class), new MapLinks(outward),
                mock(ChangeHistoryManager.class), JiraFixtures.givenTypesSetUp(), application);

        commented = event(EventType.ISSUE_COMMENTED_ID, plainTask);
        plainTaskUpdated = event(EventType.ISSUE_UPDATED_ID, plainTask);
        subTaskOfStoryUpdated = event(EventType.ISSUE_UPDATED_ID, subTaskOfStory);
        labelledItemUpdated = event(EventType.ISSUE_UPDATED_ID, item);
    }

    /** Baseline: what a bare mocked getter costs here (the event type id). */
    @Benchmark
    public Long mockDispatchOnly() {
        return commented.getEventTypeId();
    }

    /** Another event type (comment): stops at the type id. */
    @Benchmark
    public void otherEventType() {
        listener.onIssueEvent(commented);
    }

    /** An ordinary Task updated, no parent, no links: one link lookup, then stop. */
    @Benchmark
    public void nonMatchingTaskUpdate() {
        listener.onIssueEvent(plainTaskUpdated);
    }

    /** A sub-task of an ordinary story updated: the parent's type decides, no link lookup. */
    @Benchmark
    public void nonMatchingSubTaskUpdate() {
        listener.onIssueEvent(subTaskOfStoryUpdated);
    }

    /** For contrast: an action item (our link to an incident) updated, already labelled: the full policy runs. */
    @Benchmark
    public void matchingItemUpdate(Blackhole blackhole) {
        listener.onIssueEvent(labelledItemUpdated);
        blackhole.consume(labelledItemUpdated);
    }

    private static IssueEvent event(Long type, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }

    private static IssueLink ourLink(Issue source, Issue destination) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn("Debrief action item");
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(JiraFixtures.LINK_TYPE_ID);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    /** Outward links from a map, so the lookup itself costs a hash lookup and no mock dispatch. */
    private record MapLinks(Map<Long, List<IssueLink>> outward) implements IssueLinkManager {

        @Override
        public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
            return outward.getOrDefault(sourceIssueId, List.of());
        }

        @Override
        public List<IssueLink> getInwardLinks(Long destinationIssueId) {
            return List.of();
        }

        @Override
        public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
            return null;
        }

        @Override
        public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
